"""Choosing a file to store in the council file, and opening a stored one."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from core.errors import RaadswerkError
from core.files import MAX_FILE_SIZE, file_bytes, file_info
from core.i18n import tr

DOCUMENT_FILTER = "Documenten (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg);;" \
                  "Alle bestanden (*)"


def choose_file(parent, title: str) -> tuple[str, bytes] | None:
    """Ask for a document; returns (name, bytes), or None when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", DOCUMENT_FILTER)
    if not path:
        return None
    try:
        if Path(path).stat().st_size > MAX_FILE_SIZE:
            raise RaadswerkError(tr("{name} is larger than 50 MB and cannot be stored.",
                                    name=Path(path).name))
        return Path(path).name, Path(path).read_bytes()
    except OSError as error:
        raise RaadswerkError(tr("{name} cannot be read: {reason}", name=Path(path).name,
                                reason=error.strerror)) from error


def open_stored_file(db, file_id: int) -> Path:
    """Write the stored file to a temporary folder and open it with the usual program."""
    info = file_info(db, file_id)
    folder = Path(tempfile.mkdtemp(prefix="raadswerk-"))
    safe = "".join(ch if ch.isalnum() or ch in " .-_" else "-" for ch in info.name) or "bestand"
    target = folder / safe
    target.write_bytes(file_bytes(db, file_id))
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
