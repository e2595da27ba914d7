"""A disk that is full or read-only, for fault tests.

As root on Linux this is a real, small tmpfs (the kernel itself answers ENOSPC or
EROFS, and SQLite sees "database or disk is full"). Elsewhere the same faults are
injected: every write of a file under the folder raises ``OSError(ENOSPC)`` (or
``EROFS``/``EACCES``), which is what the program would get from the disk.
"""

import builtins
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

REAL = sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0


class SmallDisk:
    """A folder on a disk of ``size_kb``; ``fill()`` leaves no room, ``make_read_only()``."""

    def __init__(self, base: Path, monkeypatch, size_kb: int = 1024):
        self.monkeypatch = monkeypatch
        self.folder = base / f"disk-{uuid.uuid4().hex[:8]}"
        self.folder.mkdir()
        self.mounted = False
        if REAL:
            result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                                     str(self.folder)], capture_output=True)
            self.mounted = result.returncode == 0
        self.injected = None

    @property
    def real(self) -> bool:
        return self.mounted

    def fill(self) -> None:
        """No byte left: the next write of any size fails."""
        if self.mounted:
            with open(self.folder / "ballast", "ab", buffering=0) as handle:
                for chunk in (65536, 4096, 1):
                    try:
                        while True:
                            handle.write(b"\0" * chunk)
                    except OSError:
                        continue
            return
        self._inject(errno.ENOSPC)

    def make_room(self) -> None:
        if self.mounted:
            (self.folder / "ballast").unlink(missing_ok=True)
        else:
            self.monkeypatch.undo()

    def make_read_only(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)
            return
        self._inject(errno.EROFS)

    def _inject(self, code: int) -> None:
        folder = str(self.folder)
        real_open, real_connect = builtins.open, sqlite3.connect

        def inside(path) -> bool:
            return str(os.fspath(path)).startswith(folder) if isinstance(
                path, (str, os.PathLike)) else False

        def faulty_open(file, mode="r", *args, **kwargs):
            if inside(file) and any(flag in mode for flag in "wax+"):
                raise OSError(code, os.strerror(code), str(file))
            return real_open(file, mode, *args, **kwargs)

        def faulty_connect(database, *args, **kwargs):
            if inside(database) and "mode=ro" not in str(database):
                raise sqlite3.OperationalError(
                    "database or disk is full" if code == errno.ENOSPC
                    else "attempt to write a readonly database")
            return real_connect(database, *args, **kwargs)

        real_mkdir = Path.mkdir

        def faulty_mkdir(path, *args, **kwargs):
            if inside(path) and not Path(path).exists():
                raise OSError(code, os.strerror(code), str(path))
            return real_mkdir(path, *args, **kwargs)

        real_access = os.access

        def faulty_access(path, mode, *args, **kwargs):
            if inside(path) and mode & os.W_OK and code != errno.ENOSPC:
                return False
            return real_access(path, mode, *args, **kwargs)

        self.monkeypatch.setattr(os, "access", faulty_access)
        self.monkeypatch.setattr(builtins, "open", faulty_open)
        self.monkeypatch.setattr(sqlite3, "connect", faulty_connect)
        self.monkeypatch.setattr(Path, "mkdir", faulty_mkdir)

    def leftovers(self) -> list[str]:
        """Every file on the disk except the ballast the test put there."""
        return sorted(str(p.relative_to(self.folder)) for p in self.folder.rglob("*")
                      if p.is_file() and p.name != "ballast")

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)
