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

import ctypes
import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from core.errors import FileLockedError, RaadswerkError
from core.faults import explain
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
    opened_epoch: float = 0.0  # the same moment in seconds since 1970 (0: not written)

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
        return same_host(self.host, this_host())

    def is_stale(self) -> bool:
        """Certainly left behind: its process on this computer no longer runs.

        A lock written before this computer last started is left behind too, even
        when its process id now belongs to another program; so is a lock whose id
        belongs to a process that started after the lock was written.
        """
        if not self.on_this_computer or self.unreadable:
            return False
        if not process_alive(self.pid):
            return True
        written = self.written_at()
        if written is None:
            return False
        started = process_start_time(self.pid)
        return written < boot_time() or (started is not None and started > written + 2)

    def written_at(self) -> float | None:
        """When the lock was written, as seconds since the epoch."""
        if self.opened_epoch:
            return self.opened_epoch
        opened = self.opened
        try:
            return opened.timestamp() if opened is not None else None
        except (OverflowError, OSError, ValueError):
            return None

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


def short_host(name: str) -> str:
    """'LAPTOP-7' for 'laptop-7.gemeente.local': the first label, without case."""
    return name.strip().split(".")[0].casefold()


def same_host(first: str, second: str) -> bool:
    """Whether two ways of writing a computer's name (short or with domain) name one computer."""
    return bool(short_host(first)) and short_host(first) == short_host(second)


# Process ids are at most 2^22 on Linux and below 2^32 elsewhere; anything else is garbage.
MAX_PID = 2**32 - 1


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if not 0 < pid <= MAX_PID:
        return False
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, under another account
    except (OverflowError, OSError):
        return False
    return True


def boot_time() -> float:
    """When this computer last started, in seconds since the epoch (0 when unknown)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            for line in stat:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except (OSError, ValueError):
        pass
    clock = getattr(time, "CLOCK_BOOTTIME", None) if os.name != "nt" else None
    if sys.platform == "darwin":
        clock = time.CLOCK_MONOTONIC  # on macOS this one keeps counting during sleep
    try:
        uptime = time.clock_gettime(clock) if clock is not None else _windows_uptime()
    except (OSError, AttributeError):
        return 0.0
    # A minute's margin: a lock is only judged from before the start when clearly so.
    return time.time() - uptime - 60 if uptime else 0.0


def _windows_uptime() -> float:
    if sys.platform != "win32":
        return 0.0
    return ctypes.windll.kernel32.GetTickCount64() / 1000  # counts during sleep too


def process_start_time(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), where the system says so."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of the line: start time in clock ticks after boot
        return boot_time() + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _windows_process_alive(pid: int) -> bool:
    if sys.platform != "win32":
        return False
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


# A real lock file is about 200 bytes; more is not a lock of ours and is not read whole.
MAX_LOCK_BYTES = 4096


def _parse(text: str) -> LockInfo | None:
    """The lock in ``text``, or None for anything that is not a lock written by Raadswerk."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        pid = int(data["pid"])
        epoch = float(data.get("opened_epoch") or 0.0)
        host, token = data["host"], data["token"]
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    if not isinstance(host, str) or not isinstance(token, str) or not 0 < pid <= MAX_PID:
        return None
    return LockInfo(host=host, user=str(data.get("user", "")), pid=pid,
                    opened_at=str(data.get("opened_at", "")), token=token,
                    opened_epoch=epoch if 0 < epoch < 1e11 else 0.0)


def _read_text(path: Path) -> str:
    """The start of the lock file as text; bytes that are no UTF-8 become '�'."""
    with path.open("rb") as handle:
        return handle.read(MAX_LOCK_BYTES).decode("utf-8", errors="replace")


def read_lock(database_path: Path) -> LockInfo | None:
    """The lock on a file, or None when it is free.

    A lock file that cannot be understood (half-written, or garbled by a sync
    conflict) still counts as a lock, held by an unknown program.
    """
    path = lock_path(database_path)
    for _attempt in range(3):
        try:
            text = _read_text(path)
        except FileNotFoundError:
            return None
        except OSError:  # a folder of that name, no rights: still something in the way
            text = ""
        info = _parse(text)
        if info is not None:
            return info
        time.sleep(0.05)  # it may be being written this very moment
    printable = "".join(char for char in text[:40] if char.isprintable())
    return LockInfo(host="?", user="?", pid=0, opened_at="", token=f"unreadable:{printable}")


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
    now = dt.datetime.now()
    info = LockInfo(host=this_host(), user=this_user(), pid=os.getpid(),
                    opened_at=now.isoformat(timespec="seconds"), token=uuid.uuid4().hex,
                    opened_epoch=now.timestamp())
    path = lock_path(database_path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        holder = read_lock(database_path)
        if holder is None:  # released between our attempt and the read: try once more
            return acquire_lock(database_path)
        raise _held_error(database_path, holder) from None
    except OSError as error:
        raise LockUnavailableError(str(explain(error, path))) from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(info), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:  # a full disk: no empty lock file may stay behind
        path.unlink(missing_ok=True)
        raise LockUnavailableError(str(explain(error, path))) from error
    lock = WriterLock(database_path, info)
    if not lock.still_ours():
        holder = read_lock(database_path)
        if holder is None:  # our lock file vanished (a sync conflict): try once more
            return acquire_lock(database_path)
        raise _held_error(database_path, holder)
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
    _remove_lock_file(lock_path(database_path))


def _remove_lock_file(path: Path) -> None:
    """Remove a lock file, or an empty folder that stands in its place."""
    try:
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        else:
            path.unlink(missing_ok=True)
    except OSError as error:
        raise RaadswerkError(
            tr("The lock file {path} cannot be removed. Remove it yourself (with the file "
               "manager) when nobody works in the file, and try again.", path=path)
        ) from error
