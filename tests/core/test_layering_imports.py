"""Imports read from the code itself: no import cycle among the program's modules, and
no import hidden inside a function (the usual way to dodge one)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("core", "ui")

# Function-level imports allowed for a reason written beside them (none today). Each
# entry must still exist (a stale one fails).
KNOWN_NESTED: set[tuple[str, str]] = set()
# The self-test's window half imports each part of Qt inside the check that proves it
# is installed, so that a bundle without it fails that one check, not the whole test.
# The command line imports a command's module by name from its list of commands, so that
# a command loads only what it needs (docs/style.md, "Imports"); the window builds a
# page from its list of sections when the section is first visited, likewise.
IMPORTS_BY_NAME_ALLOWED = {"ui/selfcheck.py", "core/cli/__init__.py", "ui/pages/__init__.py"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def program_modules() -> dict[str, Path]:
    return {module_name(path): path for layer in LAYERS for path in (ROOT / layer).rglob("*.py")}


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = importer.split(".") if is_package else importer.split(".")[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The program's modules that ``name`` imports (``from pkg import sub`` counts as sub)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, name, path.name == "__init__.py")
            for alias in node.names:
                full = f"{base}.{alias.name}"
                if full in modules:
                    found.add(full)
                elif base in modules:
                    found.add(base)
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = program_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as [a, b, …, a], or [] when there is none."""
    state: dict[str, str] = {}
    trail: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        trail.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return trail[trail.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        state[node] = "done"
        trail.pop()
        return []

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return []


def nested_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import statement inside a function or method."""
    found: set[tuple[int, str]] = set()
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import):
                found.update((node.lineno, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                found.add((node.lineno, "." * node.level + (node.module or "")))
    return sorted(found)


def test_the_program_has_no_import_cycle():
    assert find_cycle(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle_of_three():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_what_each_module_imports():
    graph = import_graph()
    assert "core.meetings.templates" in graph["core.meetings.repository"]
    assert "core.file_format" in graph["core.backup"]
    assert "core.database" not in graph["core.backup"]


def test_no_import_inside_a_function():
    found = {
        (path.relative_to(ROOT).as_posix(), line, module)
        for layer in LAYERS for path in (ROOT / layer).rglob("*.py")
        for line, module in nested_imports(path)
    }
    unexpected = sorted(entry for entry in found if entry[::2] not in KNOWN_NESTED)
    assert unexpected == []
    assert {entry[::2] for entry in found} == KNOWN_NESTED


def test_the_nested_import_finder_sees_methods_and_relative_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\n\nclass A:\n    def f(self):\n        from . import b\n\n"
                      "def g():\n    if True:\n        import json\n", encoding="utf-8")
    assert nested_imports(sample) == [(5, "."), (9, "json")]


def test_modules_are_imported_by_statement_not_by_name():
    by_name = {
        path.relative_to(ROOT).as_posix()
        for layer in LAYERS for path in (ROOT / layer).rglob("*.py")
        if "import_module" in path.read_text(encoding="utf-8")
    }
    assert by_name == IMPORTS_BY_NAME_ALLOWED
