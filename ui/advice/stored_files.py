"""Choosing a file to store in the council file, and opening a stored one."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from core.file_names import disk_name
from core.files import file_bytes, file_info, read_document
from core.leftovers import opened_copy_folder
from core.output import write_atomically

DOCUMENT_FILTER = "Documenten (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg);;" \
                  "Alle bestanden (*)"


def choose_file(parent, title: str) -> tuple[str, bytes] | None:
    """Ask for a document; returns (name, bytes), or None when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", DOCUMENT_FILTER)
    if not path:
        return None
    return Path(path).name, read_document(Path(path))


def open_stored_file(db, file_id: int) -> Path:
    """Write the stored file to a temporary folder and open it with the usual program."""
    info = file_info(db, file_id)
    # Removed on the next start once this program has ended (core.leftovers).
    target = write_atomically(opened_copy_folder() / disk_name(info.name),
                              file_bytes(db, file_id))
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
