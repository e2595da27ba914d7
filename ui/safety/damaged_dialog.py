"""A damaged file: say so plainly, and offer the newest backup that passed the check."""

from PySide6.QtWidgets import QMessageBox

from core.backup import BackupInfo
from core.i18n import format_datetime, tr
from ui.widgets.modal import run_modal

RESTORE_NEWEST = "restore_newest"
CHOOSE_BACKUP = "choose_backup"


class DamagedFileBox(QMessageBox):
    def __init__(self, parent, message: str, offered: BackupInfo | None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Critical)
        self.setWindowTitle(tr("File damaged"))
        self.setText(message)
        self.restore_button = None
        if offered is not None:
            self.setInformativeText(tr(
                "The newest backup that is in order was made on {when} ({why}). Restore it? "
                "The damaged file is kept aside, unchanged; what was entered after the backup "
                "is not in it.",
                when=format_datetime(offered.made_at), why=offered.reason_label))
            self.restore_button = self.addButton(tr("Restore this backup"),
                                                 QMessageBox.AcceptRole)
        else:
            self.setInformativeText(tr(
                "No backup of this file that is in order was found in the backup folder. "
                "Choose a backup elsewhere (a USB stick, for instance), or close this message; "
                "the file stays as it is."))
        self.choose_button = self.addButton(tr("Choose another backup…"), QMessageBox.ActionRole)
        self.addButton(tr("Close"), QMessageBox.RejectRole)
        if self.restore_button is not None:
            self.setDefaultButton(self.restore_button)


def ask_damaged_choice(parent, message: str, offered: BackupInfo | None) -> str | None:
    """RESTORE_NEWEST, CHOOSE_BACKUP or None (leave the file as it is)."""
    box = DamagedFileBox(parent, message, offered)
    run_modal(box)
    clicked = box.clickedButton()
    if box.restore_button is not None and clicked is box.restore_button:
        return RESTORE_NEWEST
    if clicked is box.choose_button:
        return CHOOSE_BACKUP
    return None
