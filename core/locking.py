"""One writer at a time: a lock file beside the council file.

The lock file (``raad.raadswerk.lock``) names the computer, the user, the process and
when the file was opened. Because it sits beside the database, it travels with it
through a synced folder, so a second computer sees it too. A second program
instance is told who holds the file; it may open the file read-only, or — after
the person confirms — break a lock that was left behind by a program that did not
close properly.

The lock file is created with O_EXCL (atomic on one computer). Through a synced
folder two computers cannot be kept apart to the millisecond; the lock is re-read
after writing so that a lock lost to a sync conflict is noticed at once.
"""

import datetime as dt
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import FileLockedError, RaadswerkError
from core.i18n import format_date, format_time, tr

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a council file for writing."""

    host: str
    user: str
    pid: int
    opened_at: str  # ISO date and time, local time of the holder
    token: str

    @property
    def opened(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.opened_at)
        except (TypeError, ValueError):
            return None

    @property
    def unreadable(self) -> bool:
        """The lock file could not be understood (half-written by a crash, or garbled)."""
        return self.token.startswith("unreadable:")

    @property
    def on_this_computer(self) -> bool:
        return self.host.casefold() == this_host().casefold()

    def is_stale(self) -> bool:
        """Certainly left behind: a process on this computer that no longer runs."""
        return self.on_this_computer and not process_alive(self.pid)

    def opened_text(self) -> str:
        """'22 november 2026 om 08:47', or that the moment is unknown."""
        opened = self.opened
        if opened is None:
            return tr("an unknown moment")
        return tr("{date} at {time}", date=format_date(opened.date()),
                  time=format_time(opened.time()))

    def describe(self, file_name: str) -> str:
        """'… is open in Raadswerk on computer X (user Y, process Z) since …'."""
        if self.unreadable:
            return tr("{name} may be open elsewhere: the lock file {lock} beside it cannot be "
                      "read. If nobody is working in the file, remove the lock file.",
                      name=file_name, lock=file_name + LOCK_SUFFIX)
        return tr(
            "{name} is open in Raadswerk on computer {host} (user {user}, process {pid}) "
            "since {when}.",
            name=file_name, host=self.host or "?", user=self.user or "?",
            pid=self.pid, when=self.opened_text(),
        )

    def holder_text(self) -> str:
        """The same without the file name, for a message that names the file already."""
        return tr("It is open in Raadswerk on computer {host} (user {user}, process {pid}) "
                  "since {when}.", host=self.host or "?", user=self.user or "?",
                  pid=self.pid, when=self.opened_text())


class LockHeldError(FileLockedError):
    """The file is held by another program instance; ``holder`` says which."""

    def __init__(self, message: str, holder: LockInfo, database_path: Path):
        super().__init__(message)
        self.holder = holder
        self.database_path = database_path


class LockUnavailableError(RaadswerkError):
    """No lock can be written beside the file (a read-only folder or medium)."""


def this_host() -> str:
    return socket.gethostname() or "?"


def this_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, under another account
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def lock_path(database_path: Path) -> Path:
    database_path = Path(database_path)
    return database_path.with_name(database_path.name + LOCK_SUFFIX)


def _parse(text: str) -> LockInfo | None:
    try:
        data = json.loads(text)
        return LockInfo(host=str(data["host"]), user=str(data.get("user", "")),
                        pid=int(data["pid"]), opened_at=str(data.get("opened_at", "")),
                        token=str(data["token"]))
    except (ValueError, KeyError, TypeError):
        return None


def read_lock(database_path: Path) -> LockInfo | None:
    """The lock on a file, or None when it is free.

    A lock file that cannot be understood (half-written, or garbled by a sync
    conflict) still counts as a lock, held by an unknown program.
    """
    path = lock_path(database_path)
    for _attempt in range(3):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            text = ""
        info = _parse(text)
        if info is not None:
            return info
        time.sleep(0.05)  # it may be being written this very moment
    return LockInfo(host="?", user="?", pid=0, opened_at="", token=f"unreadable:{text[:40]}")


class WriterLock:
    """The lock this program holds on one council file; ``release()`` gives it up."""

    def __init__(self, database_path: Path, info: LockInfo):
        self.database_path = Path(database_path)
        self.info = info
        self.released = False

    @property
    def path(self) -> Path:
        return lock_path(self.database_path)

    def still_ours(self) -> bool:
        current = read_lock(self.database_path)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        """Remove the lock file, but only when it is still ours."""
        if self.released:
            return
        self.released = True
        if self.still_ours():
            self.path.unlink(missing_ok=True)


def _held_error(database_path: Path, holder: LockInfo) -> LockHeldError:
    return LockHeldError(holder.describe(Path(database_path).name), holder, Path(database_path))


def acquire_lock(database_path: Path) -> WriterLock:
    """Take the file for writing; raises ``LockHeldError`` naming the holder if taken."""
    database_path = Path(database_path)
    info = LockInfo(host=this_host(), user=this_user(), pid=os.getpid(),
                    opened_at=dt.datetime.now().isoformat(timespec="seconds"),
                    token=uuid.uuid4().hex)
    path = lock_path(database_path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        holder = read_lock(database_path)
        if holder is None:  # released between our attempt and the read: try once more
            return acquire_lock(database_path)
        raise _held_error(database_path, holder) from None
    except OSError as error:
        raise LockUnavailableError(
            tr("The lock file {path} cannot be written: {reason}",
               path=path, reason=error.strerror or error)
        ) from error
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(info), handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    lock = WriterLock(database_path, info)
    if not lock.still_ours():
        raise _held_error(database_path, read_lock(database_path))
    return lock


def break_lock(database_path: Path, holder: LockInfo) -> None:
    """Remove the lock ``holder`` left behind (after the person confirmed).

    Only that very lock is removed: if meanwhile another instance took the file,
    its lock stays and ``LockHeldError`` names it.
    """
    current = read_lock(database_path)
    if current is None:
        return
    if current.token != holder.token:
        raise _held_error(database_path, current)
    lock_path(database_path).unlink(missing_ok=True)
