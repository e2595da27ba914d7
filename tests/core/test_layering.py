"""The layering rules of architecture.md, enforced."""

import ast
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


def test_ui_writes_no_sql():
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py")
                 if any(word in path.read_text(encoding="utf-8") for word in keywords)]
    assert not offenders


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
