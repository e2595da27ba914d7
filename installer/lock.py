"""Refresh the lock file from the ranges in pyproject.toml (run after changing a dependency).

    python3 installer/lock.py

Writes installer/requirements.lock: every package the program, its tests and its bundle
need, at one exact version each, with the hashes of every published file, resolved for
Windows, macOS and Linux and for every Python the project supports (uv's universal
resolution; pip-compile can only resolve for the machine it runs on). `bootstrap.py`, CI
and the PyInstaller bundle install from this file with `pip --require-hashes`, so every
secretary gets the versions the tests ran on. uv is only needed here, never to install.
"""

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "installer" / "requirements.lock"
UV_VERSION = "0.13.9"
EXTRAS = ("test", "build")


def uv_executable(folder: Path) -> Path:
    """A throw-away uv in a temporary venv, so the project's own .venv stays as locked."""
    venv.EnvBuilder(with_pip=True).create(folder)
    bin_dir = folder / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.check_call([str(bin_dir / "python"), "-m", "pip", "install", "--quiet",
                           f"uv=={UV_VERSION}"])
    return bin_dir / "uv"


def compile_lock(uv: Path) -> None:
    extras = [arg for extra in EXTRAS for arg in ("--extra", extra)]
    subprocess.check_call(
        [str(uv), "pip", "compile", "pyproject.toml", *extras, "--universal",
         "--python-version", "3.11", "--fork-strategy", "fewest", "--generate-hashes",
         "--no-header", "--quiet", "--output-file", str(LOCK)],
        cwd=ROOT)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        compile_lock(uv_executable(Path(folder)))
    print(f"{LOCK.relative_to(ROOT)} refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
