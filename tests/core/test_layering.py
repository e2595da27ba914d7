"""The layering rules of architecture.md, enforced."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_qt_or_ui():
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "core").rglob("*.py")
                 if imported_modules(path) & {"PySide6", "ui", "shiboken6"}]
    assert not offenders


def test_ui_never_touches_sqlite_directly():
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py")
                 if imported_modules(path) & {"sqlite3", "sqlite_utils"}]
    assert not offenders


# SQL in any case, as a statement would start: "select id from", "Insert Into x", "pragma …".
SQL = re.compile(
    r"\bselect\s+(\*|[\w.]+(\s*,\s*[\w.]+)*)\s+from\s+\w+|\binsert\s+(or\s+\w+\s+)?into\s+\w+"
    r"|\bupdate\s+\w+\s+set\s+\w+\s*=|\bdelete\s+from\s+\w+"
    r"|\b(create|drop|alter)\s+(virtual\s+)?(table|index|trigger|view)\b|\bpragma\s+\w+",
    re.IGNORECASE)
DATABASE_METHODS = {"execute", "executemany", "executescript", "table"}


def _text_of(node: ast.AST) -> str | None:
    """The text of a string literal; an f-string's placeholders read as a name."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "x"
                       for part in node.values)
    return None


def database_use(source: str) -> list[str]:
    """Where code talks to the database itself: SQL text, execute/table calls, db[...]."""
    found = []
    for node in ast.walk(ast.parse(source)):
        text = _text_of(node)
        if text is not None and SQL.search(text):
            found.append(f"line {node.lineno}: SQL {text[:40]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in DATABASE_METHODS:
            found.append(f"line {node.lineno}: .{node.func.attr}(")
        elif isinstance(node, ast.Subscript) and _names_db(node.value):
            found.append(f"line {node.lineno}: db[...]")
    return found


def _names_db(node: ast.AST) -> bool:
    return (isinstance(node, ast.Name) and node.id == "db") or (
        isinstance(node, ast.Attribute) and node.attr == "db")


def test_ui_writes_no_sql():
    offenders = {str(path.relative_to(ROOT)): database_use(path.read_text(encoding="utf-8"))
                 for path in (ROOT / "ui").rglob("*.py")}
    assert {path: found for path, found in offenders.items() if found} == {}


def test_the_sql_finder_sees_any_case_and_every_way_in():
    sample = (
        "rows = conn.execute('select id from members')\n"
        "name = f'Update members Set last_name = {value}'\n"
        "self.db['members'].insert({})\n"
        "count = db.table('signals').count\n"
        "label = 'Select a member from the list'\n"
    )
    found = database_use(sample)
    assert {entry.split(":")[0] for entry in found} == {"line 1", "line 2", "line 3", "line 4"}
    assert "line 1: .execute(" in found and "line 4: .table(" in found


def test_core_imports_with_pyside6_blocked():
    script = (
        "import sys, pkgutil, importlib\n"
        "sys.modules['PySide6'] = None\n"
        "import core\n"
        "for info in pkgutil.walk_packages(core.__path__, 'core.'):\n"
        "    importlib.import_module(info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_translation_function_in_builtins():
    import builtins

    import core.i18n  # noqa: F401

    assert not hasattr(builtins, "_")
