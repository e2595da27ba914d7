"""Set up the project's own virtual environment, then start Raadswerk or run the tests.

    python3 installer/bootstrap.py start [ARGS...]   # the program, on its default file
    python3 installer/bootstrap.py test [PYTEST ARGS...]

``test`` without pytest arguments (the full run, as CI does it) ends with the speed
benchmark's quick run (tests/benchmarks/speed.py --quick): it prints the ratios beside
the goals and never fails the run (speed is reported, not asserted).

Needs only Python 3.11+. Creates .venv beside pyproject.toml when it is missing and
installs exactly what installer/requirements.lock lists (versions and hashes; refresh it
with ``python3 installer/lock.py``) whenever that file changed, then the project itself
(editable, without dependencies).
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".raadswerk-installed"
LOCK = ROOT / "installer" / "requirements.lock"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    name = "python.exe" if os.name == "nt" else "python"
    return VENV / scripts / name


def requirements_fingerprint() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()


def ensure_environment() -> Path:
    """Create the venv and install the locked dependencies when the lock changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may meet an older python3
        sys.exit("Raadswerk needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    fingerprint = requirements_fingerprint()
    if not STAMP.exists() or STAMP.read_text() != fingerprint:
        print("Installing Raadswerk and its dependencies …", flush=True)
        # --require-hashes: nothing is installed that the lock does not name exactly.
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet",
                               "--require-hashes", "--no-deps", "-r", str(LOCK)])
        # The project itself, editable, so that scripts under tests/ import it; the lock
        # brought setuptools, so nothing is fetched for the build.
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                               "--no-build-isolation", "-e", str(ROOT)])
        STAMP.write_text(fingerprint)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test"}:
        print(__doc__)
        return 2
    python = ensure_environment()
    if argv[0] == "start":
        return subprocess.call([str(python), str(ROOT / "main.py"), *argv[1:]], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    lint = subprocess.call([str(python), "-m", "ruff", "check", str(ROOT)], cwd=ROOT)
    types = subprocess.call([str(python), "-m", "mypy", "core"], cwd=ROOT)
    tests = subprocess.call([str(python), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    if not argv[1:]:
        report_speed(python, env)
    return tests or lint or types


def report_speed(python: Path, env: dict[str, str]) -> None:
    """The quick speed report; whatever it finds (or if it breaks), the run's result stays."""
    print("\nSpeed (reported, never failing the run):", flush=True)
    code = subprocess.call([str(python), "-m", "tests.benchmarks.speed", "--quick"],
                           cwd=ROOT, env=env)
    if code:
        print(f"(the speed report stopped with exit code {code}; the tests decide the run)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
