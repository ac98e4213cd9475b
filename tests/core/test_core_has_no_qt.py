"""core/ and the command line must import without Qt."""

from __future__ import annotations

import pkgutil

import briefing_app.core
from tests.helpers import run_python


def test_every_core_module_imports_with_pyside6_unimportable() -> None:
    modules = [
        f"briefing_app.core.{info.name}"
        for info in pkgutil.iter_modules(briefing_app.core.__path__)
    ]
    assert "briefing_app.core.library" in modules
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
