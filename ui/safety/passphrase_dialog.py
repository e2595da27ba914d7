"""Asking for the passphrase of an encrypted file: wrong means say so and try again."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from core.encryption import FileKey, unlock
from core.errors import RaadswerkError
from core.i18n import tr
from ui.widgets.form_message import form_message_label, show_form_message
from ui.widgets.modal import run_modal


class PassphraseDialog(QDialog):
    """One field for the passphrase or the recovery code; the key is kept, never the text."""

    def __init__(self, path: Path, parent=None, intro: str | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.key: FileKey | None = None
        self.setWindowTitle(tr("Passphrase"))
        layout = QVBoxLayout(self)
        text = QLabel(intro or tr("{name} is encrypted. Type its passphrase, or the recovery "
                                  "code from the recovery sheet.", name=self.path.name))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.Password)
        self.field.setAccessibleName(tr("Passphrase"))
        layout.addWidget(self.field)
        self.message = form_message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Open"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def try_passphrase(self) -> None:
        try:
            self.key = unlock(self.path, self.field.text())
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            self.field.selectAll()
            self.field.setFocus()
            return
        self.field.clear()
        self.accept()


def ask_key(parent, path: Path, intro: str | None = None) -> FileKey | None:
    """The key of ``path`` from the user, or None when they cancel."""
    dialog = PassphraseDialog(path, parent, intro)
    return dialog.key if run_modal(dialog) else None
