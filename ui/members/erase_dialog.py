"""Erasing a person entirely (GDPR): a separate, confirmed action that says what went."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from core.i18n import tr
from core.members.erasure import erase_member, erasure_preview


class EraseDialog(QDialog):
    """Lists what will be removed; the Erase button works once the last name is typed."""

    def __init__(self, db, member, parent=None):
        super().__init__(parent)
        self.db, self.member = db, member
        self.report = None
        self.setWindowTitle(tr("Erase entirely"))
        layout = QVBoxLayout(self)
        preview = erasure_preview(db, member.id)
        text = QLabel(tr("Everything about {name} will be removed from this file, for good. "
                         "This cannot be undone. Someone who only leaves the council becomes "
                         "a former member instead.\n\nWhat will be removed:\n{lines}",
                         name=member.display_name, lines=preview.summary()))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(tr("Type the last name ({name}) to confirm:",
                                   name=member.last_name)))
        self.confirmation = QLineEdit()
        layout.addWidget(self.confirmation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.erase_button = self.buttons.addButton(tr("Erase entirely"),
                                                   QDialogButtonBox.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirmation.textChanged.connect(self._check_confirmation)

    def _check_confirmation(self, text: str) -> None:
        typed = " ".join(text.split()).casefold()
        self.erase_button.setEnabled(typed == " ".join(self.member.last_name.split()).casefold())

    def erase(self) -> None:
        self.report = erase_member(self.db, self.member.id)
        self.accept()


def show_erasure_report(parent, report) -> None:
    QMessageBox.information(
        parent, tr("Erased"),
        tr("{name} has been erased. Removed:\n{lines}",
           name=report.name, lines=report.summary()),
    )
