"""The file is open elsewhere: say who has it, and offer read-only or breaking a stale lock."""

from PySide6.QtWidgets import QMessageBox

from core.i18n import tr
from core.locking import LockInfo
from ui.widgets.modal import run_modal

READ_ONLY = "read_only"
BREAK = "break"


def lock_message(holder: LockInfo, file_name: str) -> str:
    if holder.unreadable:
        return tr("Raadswerk cannot tell who has it open: the lock file beside it cannot be "
                  "read, probably because a program stopped while writing it. Take the file "
                  "over if nobody else is working in it, or open it read-only.")
    if holder.is_stale():
        advice = tr("That program no longer runs: it was probably closed by a crash or a "
                    "power cut. You can take the file over safely.")
    elif holder.on_this_computer:
        advice = tr("That program still runs on this computer. Switch to it, or open the "
                    "file read-only here.")
    else:
        advice = tr("Only one computer at a time can change the file. Ask whoever works "
                    "there to close Raadswerk, or open the file read-only. Take the file "
                    "over only if you are sure Raadswerk is no longer open there.")
    return f"{holder.holder_text()}\n\n{advice}"


class LockBox(QMessageBox):
    """'… is already open': who has it, and what can be done."""

    def __init__(self, parent, holder: LockInfo, file_name: str):
        super().__init__(parent)
        self.setIcon(QMessageBox.Warning)
        self.setWindowTitle(tr("File in use"))
        self.setText(tr("{name} is already open.", name=file_name))
        self.setInformativeText(lock_message(holder, file_name))
        self.read_only_button = self.addButton(tr("Open read-only"), QMessageBox.AcceptRole)
        self.take_over_button = self.addButton(tr("Take over…"), QMessageBox.DestructiveRole)
        self.addButton(tr("Cancel"), QMessageBox.RejectRole)
        self.setDefaultButton(self.take_over_button if holder.is_stale()
                              else self.read_only_button)


def ask_lock_choice(parent, holder: LockInfo, file_name: str) -> str | None:
    """READ_ONLY, BREAK (already confirmed) or None."""
    box = LockBox(parent, holder, file_name)
    run_modal(box)
    clicked = box.clickedButton()
    if clicked is box.read_only_button:
        return READ_ONLY
    if clicked is box.take_over_button and confirm_break(parent, holder, file_name):
        return BREAK
    return None


def confirm_break(parent, holder: LockInfo, file_name: str) -> bool:
    if holder.is_stale():
        text = tr("Take over {name}? The program that had it open no longer runs.",
                  name=file_name)
    else:
        text = tr("Take over {name} only if Raadswerk is really closed on {host}. If it is "
                  "still open there, changes made there can be lost. Take over the file?",
                  name=file_name, host=holder.host)
    answer = QMessageBox.question(parent, tr("Take over the file"), text,
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes
