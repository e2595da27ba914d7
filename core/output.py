"""Writing a finished file (PDF, CSV, .ics) so that a target is whole or untouched."""

import contextlib
import os
from pathlib import Path

from core.errors import RaadswerkError
from core.faults import explain
from core.i18n import tr


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write to a temporary name beside ``target``, flush, then rename into place.

    A target that another program holds open (a PDF viewer on Windows) gives a
    clear message instead of a half-written file.
    """
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        _remove_quietly(temporary)
        if isinstance(error, PermissionError) and target.exists():
            raise RaadswerkError(
                tr("{name} cannot be written: it may be open in another program. "
                   "Close it and try again, or choose another name.", name=target.name)
            ) from error
        raise explain(error, target) from error
    return target


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):  # the disk is gone: nothing to remove either
        path.unlink(missing_ok=True)
