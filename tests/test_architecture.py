"""The layout holds: layers import one way, no two modules import each other (directly
or round a longer circle), and no module grows past 400 lines.

Read from the modules' own import statements (``ast``), every one of them: at the top,
inside functions (the lazy imports that keep start-up light) and under
``TYPE_CHECKING``. ``from package import name`` counts as an import of
``package.name`` when that is a module, else of ``package``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.helpers import REPO

PACKAGE = REPO / "briefing_app"
MAX_LINES = 400
UPWARD = {  # a layer, and the layers above it that it must never import
    "briefing_app.core": ("briefing_app.cli", "briefing_app.printing", "briefing_app.gui"),
    "briefing_app.printing": ("briefing_app.cli", "briefing_app.gui"),
    "briefing_app.gui": ("briefing_app.cli",),
}
PANELS = ("reader", "library", "search", "bookmarks", "widgets", "packs", "preferences", "printing")


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, known: dict[str, Path]) -> Iterator[tuple[int, str]]:
    """(line, module) for each module of the package that ``path`` imports."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                inner = f"{node.module}.{alias.name}"
                yield node.lineno, inner if inner in known else node.module


def graph() -> dict[str, set[str]]:
    known = modules()
    return {
        name: {target for _, target in imports(path, known) if target in known} - {name}
        for name, path in known.items()
    }


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_checker_sees_circles_and_lazy_imports(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import briefing_app.gui.app\n"
        "def later():\n    from briefing_app.core import session\n",
        encoding="utf-8",
    )
    known = {"briefing_app.gui.app": source, "briefing_app.core.session": source}
    assert [target for _, target in imports(source, known)] == [
        "typing",
        "briefing_app.gui.app",
        "briefing_app.core.session",
    ]
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_a_layer_above_its_own() -> None:
    known = modules()
    wrong = [
        f"{path.relative_to(REPO)}:{line} imports {target}"
        for name, path in known.items()
        for layer, above in UPWARD.items()
        if name.startswith(layer)
        for line, target in imports(path, known)
        if target.startswith(above)
    ]
    assert wrong == []


def test_panels_never_reach_into_the_window() -> None:
    known = modules()
    wrong = [
        f"{path.relative_to(REPO)}:{line} imports {target}"
        for name, path in known.items()
        if name.startswith(tuple(f"briefing_app.gui.{panel}" for panel in PANELS))
        for line, target in imports(path, known)
        if target.startswith("briefing_app.gui.window")
    ]
    assert wrong == []


def test_there_is_no_import_circle() -> None:
    assert circles(graph()) == []


def test_no_module_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(REPO)): count
        for folder in ("briefing_app", "bench", "tests", "tools")
        for path in sorted((REPO / folder).rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_printing_uses_no_widgets() -> None:
    """printing/ lays out pages with QtGui alone: it runs offscreen, with no display,
    in the command line as in the window (which hands it a printer)."""
    wrong = [
        f"{path.relative_to(REPO)}:{line} imports {target}"
        for name, path in modules().items()
        if name.startswith("briefing_app.printing")
        for line, target in imports(path, {})
        if target.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport"))
    ]
    assert wrong == []
