"""Faults of the machine (a full disk, no rights, a busy file) as sentences a person can act on.

Every ``OSError`` or ``driver.Error`` that could reach a person passes through
``explain`` (or the ``explained`` context manager): the result is a
``RaadswerkError`` that names the file or folder, says what went wrong in plain
Dutch and what to do about it. The original error stays attached as ``__cause__``
for the log.
"""

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core import driver
from core.errors import BusyFileError, DamagedFileError, DiskFaultError, RaadswerkError
from core.i18n import tr

# errno → kind of fault; Windows reports some of these under other numbers (below).
_KIND_NAMES = {
    "ENOSPC": "full", "EDQUOT": "full", "EFBIG": "too_big", "EACCES": "denied",
    "EPERM": "denied", "EROFS": "read_only", "ENOENT": "missing", "ENOTDIR": "missing",
    "ENAMETOOLONG": "name_too_long", "EBUSY": "busy", "ETXTBSY": "busy", "EIO": "io",
    "EISDIR": "is_folder", "EEXIST": "exists",
}
# Not every platform knows every name (Windows lacks some): only those it has.
_KINDS = {getattr(errno, name): kind for name, kind in _KIND_NAMES.items()
          if hasattr(errno, name)}
# winerror: 32 = sharing violation, 33 = lock violation, 112 = disk full, 206 = name too long.
_WINDOWS_KINDS = {32: "busy", 33: "busy", 112: "full", 39: "full", 206: "name_too_long"}

_SQLITE_KINDS = (
    ("disk is full", "full"),
    ("database or disk is full", "full"),
    ("readonly", "read_only"),
    ("read-only", "read_only"),
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
    ("busy", "busy"),
    ("disk i/o error", "io"),
    ("unable to open", "cannot_open"),
    ("malformed", "damaged"),
    ("not a database", "damaged"),
    ("file is encrypted", "damaged"),
    # A damaged page under a full-text index shows first as its table failing to load.
    ("vtable constructor failed", "damaged"),
)


def _messages(kind: str, path: str) -> str:
    """The sentence for one kind of fault, naming ``path``."""
    texts = {
        "full": tr("{path} cannot be written: the disk is full. Make room on it (or choose "
                   "another folder) and try again. Nothing was changed.", path=path),
        "too_big": tr("{path} cannot be written: the file is too large for this disk (a USB "
                      "stick formatted as FAT32 takes at most 4 GB). Choose another place.",
                      path=path),
        "denied": tr("{path} cannot be written: you have no permission to write there. Choose "
                     "another folder, or ask whoever manages this computer for the rights.",
                     path=path),
        "read_only": tr("{path} cannot be written: it is on a read-only disk or is marked "
                        "read-only. Choose another place, or remove the read-only mark.",
                        path=path),
        "missing": tr("{path} cannot be reached: the folder does not exist (any more). Is the "
                      "USB stick or network drive connected? Choose another folder.", path=path),
        "name_too_long": tr("{path} cannot be written: the name is too long for this disk. "
                            "Choose a shorter name or a folder higher up.", path=path),
        "busy": tr("{path} is busy: another program is using it. Close that program (or wait "
                   "a moment) and try again.", path=path),
        "io": tr("{path} cannot be read or written: the disk reports a fault. Is the USB stick "
                 "or network drive still connected? Check it and try again.", path=path),
        "is_folder": tr("{path} is a folder, not a file. Choose a file name.", path=path),
        "exists": tr("{path} already exists. Choose another name.", path=path),
        "cannot_open": tr("{path} cannot be opened: the folder is missing or may not be "
                          "written. Check the folder and try again.", path=path),
        "damaged": tr("{path} is damaged and cannot be read. Nothing was changed; restore a "
                      "backup to go on.", path=path),
    }
    return texts.get(kind) or tr(
        "{path} cannot be read or written. Check that the disk is connected and has room, "
        "and try again.", path=path)


def fault_kind(error: BaseException) -> str:
    """'full', 'denied', 'busy', … for an ``OSError`` or ``driver.Error``; '' otherwise."""
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _WINDOWS_KINDS:
            return _WINDOWS_KINDS[winerror]
        return _KINDS.get(error.errno, "")
    if isinstance(error, driver.Error):
        text = str(error).lower()
        for fragment, kind in _SQLITE_KINDS:
            if fragment in text:
                return kind
    return ""


def is_fault(error: BaseException) -> bool:
    """Whether ``error`` comes from the disk or SQLite (and ``explain`` has a sentence for it)."""
    return isinstance(error, (OSError, driver.Error))


def _error_class(kind: str) -> type[RaadswerkError]:
    if kind == "busy":
        return BusyFileError
    if kind == "damaged":
        return DamagedFileError
    return DiskFaultError


def explain(error: BaseException, path: Path | str | None) -> RaadswerkError:
    """A ``RaadswerkError`` for ``error`` naming ``path`` (or the file the error names)."""
    if isinstance(error, RaadswerkError):
        return error
    named = getattr(error, "filename", None) if isinstance(error, OSError) else None
    where = str(path if path is not None else named or tr("The file"))
    kind = fault_kind(error)
    explained = _error_class(kind)(_messages(kind, where))
    explained.__cause__ = error
    explained.kind = kind
    return explained


@contextmanager
def explained(path: Path | str | None, *, only_faults: bool = False) -> Iterator[None]:
    """Turn an ``OSError`` or ``driver.Error`` inside the block into a sentence naming ``path``.

    With ``only_faults``, only faults of the machine (full, busy, no rights…) are turned;
    other errors (a broken constraint: a mistake in the program) pass on unchanged.
    """
    try:
        yield
    except (OSError, driver.Error) as error:
        if only_faults and not fault_kind(error):
            raise
        raise explain(error, path) from error
