"""Choosing a passphrase (typed twice), and showing the recovery sheet that goes with it."""

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.documents.letterhead import load_letterhead
from core.documents.recovery_sheet import recovery_sheet_pdf
from core.encryption import FileKey, check_new_passphrase, new_key
from core.i18n import tr
from ui.documents.preview import preview_document
from ui.widgets.modal import run_modal


class NewPassphraseFields(QWidget):
    """Two hidden fields and what the passphrase is for; ``key()`` checks and derives."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = QLabel(tr(
            "The file is encrypted with this passphrase: whoever finds the laptop or a backup "
            "cannot read it. You also get a recovery sheet to print; without passphrase and "
            "sheet nobody can open the file, not even the council."))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field, label in ((self.first, tr("Passphrase")),
                             (self.second, tr("Passphrase again"))):
            field.setEchoMode(QLineEdit.Password)
            field.setAccessibleName(label)
            form.addRow(label, field)
        layout.addLayout(form)

    def key(self) -> FileKey:
        """The key for the passphrase typed; a RaadswerkError says what is wrong with it."""
        check_new_passphrase(self.first.text(), self.second.text())
        return new_key(self.first.text())

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def show_recovery_sheet(parent, db, key: FileKey, path: Path) -> None:
    """The recovery sheet in the preview, to print (waits until it is closed)."""
    head = load_letterhead(db)
    dialog = preview_document(parent, lambda: recovery_sheet_pdf(head, key, path),
                              tr("Recovery sheet"), f"herstelblad-{Path(path).stem}.pdf")
    run_modal(dialog)
