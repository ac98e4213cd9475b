"""core/ and the command line must import without Qt; only core/search imports Whoosh."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import briefing_app.core
from tests.helpers import REPO, run_python


def test_every_core_module_imports_with_pyside6_unimportable() -> None:
    modules = [
        info.name
        for info in pkgutil.walk_packages(briefing_app.core.__path__, "briefing_app.core.")
    ]
    # The walk reaches into the wings, not only core/ itself.
    assert {"briefing_app.core.content.loader", "briefing_app.core.search.index"} <= set(modules)
    script = (
        "import sys, importlib\n"
        "sys.modules['PySide6'] = None\n"
        f"for name in {[*modules, 'briefing_app.cli']!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
        "print('ok')\n"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_search_package_imports_whoosh() -> None:
    search = REPO / "briefing_app" / "core" / "search"
    importers = {
        path.relative_to(REPO).as_posix()
        for path in (REPO / "briefing_app").rglob("*.py")
        if any(name.split(".")[0] == "whoosh" for name in imported_modules(path))
    }
    assert importers  # the scan sees imports
    assert all(name.startswith("briefing_app/core/search/") for name in importers), importers
    assert (search / "index.py").relative_to(REPO).as_posix() in importers


def test_the_search_package_and_its_records_load_without_whoosh() -> None:
    light = ["records", "language", "documents", "spelling"]
    script = (
        "import sys, importlib\n"
        "import briefing_app.core.search\n"
        f"for name in {light!r}:\n"
        "    importlib.import_module('briefing_app.core.search.' + name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'whoosh'))\n"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
