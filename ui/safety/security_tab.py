"""Instellingen → Beveiliging: encrypt the file, change its passphrase, or remove the
encryption (each after a backup, all or nothing); reprint the recovery sheet; idle lock."""

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.encrypting import EncryptionChangeFailed, change_encryption
from core.errors import RaadswerkError
from core.i18n import tr
from ui.errors import show_error
from ui.safety.new_passphrase import NewPassphraseFields, show_recovery_sheet
from ui.safety.preferences import backup_folder, idle_minutes, set_idle_minutes
from ui.widgets.form_message import form_message_label, show_form_message


class SecurityTab(QWidget):
    """Registered in ui/pages/settings.py; works on ``page.council`` and its window."""

    def __init__(self, page=None, parent=None):
        super().__init__(parent)
        self.page = page
        layout = QVBoxLayout(self)
        self.status = QLabel("")
        self.status.setObjectName("securityStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        buttons = QHBoxLayout()
        self.encrypt_button = QPushButton(tr("&Encrypt…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button = QPushButton(tr("&Change passphrase…"))
        self.change_button.clicked.connect(self.encrypt)
        self.sheet_button = QPushButton(tr("Print recovery &sheet…"))
        self.sheet_button.clicked.connect(self.print_sheet)
        self.decrypt_button = QPushButton(tr("&Remove encryption…"))
        self.decrypt_button.clicked.connect(self.decrypt)
        for button in (self.encrypt_button, self.change_button, self.sheet_button,
                       self.decrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = form_message_label()
        layout.addWidget(self.message)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(tr(" minutes"))
        self.idle.valueChanged.connect(self._idle_changed)
        form.addRow(tr("Lock the window after"), self.idle)
        layout.addLayout(form)
        idle_hint = QLabel(tr("Without use for this long, the window hides its content and "
                              "asks for the passphrase of an encrypted file; nothing typed "
                              "is lost. Applies to you on this computer."))
        idle_hint.setWordWrap(True)
        layout.addWidget(idle_hint)
        layout.addStretch(1)

    @property
    def council(self):
        return self.page.council if self.page is not None else None

    def load(self, _db=None) -> None:
        council = self.council
        encrypted = council is not None and council.encrypted
        self.status.setText(
            tr("This file is encrypted: whoever finds the computer or a backup cannot read "
               "it.") if encrypted else
            tr("This file is not encrypted: whoever finds the computer or a backup can read "
               "every name, phone number and signal in it."))
        self.encrypt_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.sheet_button.setVisible(encrypted)
        self.decrypt_button.setVisible(encrypted)
        preferences = self.page.preferences if self.page is not None else None
        self.idle.blockSignals(True)
        self.idle.setValue(idle_minutes(preferences))
        self.idle.blockSignals(False)

    def _idle_changed(self, minutes: int) -> None:
        if self.page is not None and self.page.preferences is not None:
            set_idle_minutes(self.page.preferences, minutes)
            window = self.window()
            if hasattr(window, "idle_lock"):
                window.idle_lock.set_minutes(minutes)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Security"), question,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def encrypt(self) -> None:
        """Encrypt the file, or give it a new passphrase (and so a new recovery sheet)."""
        council = self.council
        try:
            key = self.fields.key()
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return
        question = (tr("Give {name} the new passphrase? A backup is made first; the old "
                       "passphrase and the old recovery sheet stop working, for the backups "
                       "too.", name=council.path.name) if council.encrypted else
                    tr("Encrypt {name} and its backups? A backup is made first. Then print "
                       "the recovery sheet: without passphrase and sheet nobody can open "
                       "the file.", name=council.path.name))
        if not self._confirm(question):
            return
        if self._change(key):
            show_recovery_sheet(self, self.council.db, key, self.council.path)

    def decrypt(self) -> None:
        council = self.council
        if not self._confirm(tr("Remove the encryption of {name} and its backups? Whoever "
                                "finds the computer can then read everything in them.",
                                name=council.path.name)):
            return
        self._change(None)

    def _change(self, key) -> bool:
        window = self.window()
        folder = backup_folder(self.page.preferences if self.page is not None else None)
        try:
            change = change_encryption(self.council, key, folder)
        except EncryptionChangeFailed as failed:
            window.set_council(failed.council)
            show_error(self, failed)
            return False
        except RaadswerkError as error:
            show_error(self, error)
            return False
        self.fields.clear()
        window.set_council(change.council)
        lines = [tr("Done. A backup was made first: {path}", path=change.backup)]
        if change.backups_left:
            lines.append(tr("Backups that could not be changed (they still open only with "
                            "their own passphrase): {names}",
                            names=", ".join(path.name for path in change.backups_left)))
        show_form_message(self.message, "\n".join(lines))
        self.load()
        return True

    def print_sheet(self) -> None:
        council = self.council
        if council is not None and council.key is not None:
            show_recovery_sheet(self, council.db, council.key, council.path)
