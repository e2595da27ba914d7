"""Writing a finished file (PDF, CSV, .ics) so that a target is whole or untouched."""

import os
from pathlib import Path

from core.errors import RaadswerkError
from core.i18n import tr


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write to a temporary name beside ``target``, flush, then rename into place.

    A target that another program holds open (a PDF viewer on Windows) gives a
    clear message instead of a half-written file.
    """
    target = Path(target)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except PermissionError as error:
        temporary.unlink(missing_ok=True)
        raise RaadswerkError(
            tr("{name} cannot be written: it may be open in another program. "
               "Close it and try again, or choose another name.", name=target.name)
        ) from error
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise RaadswerkError(
            tr("{name} cannot be written: {reason}", name=target.name,
               reason=error.strerror or error)
        ) from error
    return target
