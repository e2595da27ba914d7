"""Build the installable bundle with PyInstaller on this machine and run it.

Slow (about a minute to build): it proves that what a secretary installs works
without Python — the self-test passes inside the bundle, the window starts, and
nothing that does not belong (tests, caches, a virtual environment, WebEngine)
went in. Run alone with: .venv/bin/python -m pytest tests/test_bundle.py -s
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "raadswerk.spec"
MAX_BUNDLE_MB = 260  # measured 190-200 MB on Linux; WebEngine alone would add 200+

pytestmark = pytest.mark.slow


def program_in(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "Raadswerk.app" / "Contents" / "MacOS" / "Raadswerk"
    if os.name == "nt":
        return dist / "Raadswerk" / "raadswerk-cli.exe"
    return dist / "Raadswerk" / "Raadswerk"


def folder_size(folder: Path) -> int:
    """Bytes on disk; PyInstaller links some libraries, so links are not counted twice."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-4000:]
    program = program_in(work / "dist")
    assert program.exists(), f"no program at {program}"
    folder = work / "dist" / "Raadswerk"
    size_mb = folder_size(folder) / 1e6
    print(f"\nbundle built in {seconds:.0f} s, {size_mb:.0f} MB, "
          f"{sum(1 for _ in folder.rglob('*'))} files")
    return program, folder, size_mb


def isolated_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A home of its own: the bundle must not touch the real user's files or settings."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_bundle_prints_its_version(bundle, tmp_path):
    program, _folder, _size = bundle
    result = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                            env=isolated_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Raadswerk {__version__}"


def test_bundle_passes_its_self_test(bundle, tmp_path):
    program, _folder, _size = bundle
    result = subprocess.run([str(program), "--self-test"], capture_output=True, text=True,
                            env=isolated_env(tmp_path), timeout=600)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout
    for kind in ("agenda", "members", "signals", "advice", "letter"):
        assert f"print {kind}:" in result.stdout


def test_bundle_prints_a_document_from_the_command_line(bundle, tmp_path):
    program, _folder, _size = bundle
    env = isolated_env(tmp_path)
    demo = tmp_path / "demo.raadswerk"
    subprocess.run([str(program), "demo", str(demo)], check=True, env=env, timeout=300,
                   capture_output=True)
    out = tmp_path / "leden.pdf"
    result = subprocess.run([str(program), "print", "members", "--db", str(demo), "-o",
                             str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ledenlijst" in text and "Lindewaarde" in text


def test_bundle_window_starts_and_keeps_running(bundle, tmp_path):
    """The window's code, Qt and its platform plugin load (offscreen, no display)."""
    program, _folder, _size = bundle
    env = isolated_env(tmp_path)
    demo = tmp_path / "demo.raadswerk"
    subprocess.run([str(program), "demo", str(demo)], check=True, env=env, timeout=300,
                   capture_output=True)
    process = subprocess.Popen([str(program), "--db", str(demo)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        try:
            _out, errors = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            errors = None  # still running: the window is up
        assert errors is None, f"the window stopped (exit {process.returncode}): {errors}"
    finally:
        process.kill()
        process.communicate()


def test_bundle_holds_what_the_program_needs(bundle):
    _program, folder, _size = bundle
    files = {path.relative_to(folder).as_posix() for path in folder.rglob("*")}
    internal = "_internal/"
    for needed in ("LICENSE", "resources/style.qss", "resources/fonts/NotoSans-Regular.ttf",
                   "resources/fonts/OFL.txt", "resources/locale/nl/installer.po",
                   "resources/locale/en/installer.po", "resources/icons/raadswerk-256.png",
                   "resources/licenses/LGPL-3.0.txt"):
        assert internal + needed in files, needed
    # The About dialog reads versions and licence texts from the packages' metadata.
    for distribution in ("reportlab", "pypdf", "sqlite_utils", "pillow", "typing_extensions"):
        assert any(name.startswith(f"{internal}{distribution}-") and name.endswith(".dist-info")
                   for name in files), distribution
    plugins = {Path(name).parent.name for name in files if "/Qt/plugins/" in name}
    assert {"platforms", "printsupport", "imageformats"} <= plugins
    names = " ".join(files)
    for module in ("QtPdf", "QtCharts", "QtPrintSupport", "QtWidgets"):
        assert module in names, module


def test_bundle_leaves_out_tests_caches_and_unused_qt(bundle):
    _program, folder, size_mb = bundle
    parts = {part for path in folder.rglob("*") for part in path.relative_to(folder).parts}
    assert not parts & {"tests", "__pycache__", ".venv", ".pytest_cache", ".git", "pytest"}
    names = " ".join(parts).lower()
    assert "webengine" not in names and "qtquick" not in names and "qt6qml" not in names
    assert "nl.dat" in parts and "de.dat" not in parts  # Babel: only our languages
    assert size_mb < MAX_BUNDLE_MB
