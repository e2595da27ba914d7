"""Keeps the draft of a long text in the council file while it is typed, and offers it
back when the text is opened after a crash or power cut (see core/drafts.py)."""

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from core.drafts import drop_draft, find_draft, keep_draft
from core.errors import RaadswerkError
from core.i18n import format_datetime, tr
from ui.widgets.modal import run_modal

# The draft lags the typing by at most this long (the issue asks for the last 30 seconds).
DRAFT_INTERVAL_MS = 5_000


def ask_restore_draft(parent: QWidget, when: str) -> bool:
    """True to put the unsaved text back. Tests replace this function."""
    box = QMessageBox(QMessageBox.Question, tr("Unsaved text found"), tr(
        "Raadswerk stopped before this text was saved. The text as it was on {when} is "
        "still there. Put it back?", when=when), QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText(tr("Put it back"))
    box.button(QMessageBox.No).setText(tr("Throw it away"))
    box.setDefaultButton(QMessageBox.Yes)
    return run_modal(box) == QMessageBox.Yes


class DraftKeeper(QObject):
    """One text's draft: ``start`` when a record is shown, ``notice`` on every change,
    ``settled`` once it is saved or let go."""

    def __init__(self, owner: QWidget, text_of: Callable[[], str]):
        super().__init__(owner)
        self.owner = owner
        self.text_of = text_of
        self.db = None
        self.key: str | None = None
        self.stored = ""
        self.timer = QTimer(self, singleShot=True, interval=DRAFT_INTERVAL_MS,
                            timeout=self.keep)

    def start(self, db, key: str | None, stored: str) -> str | None:
        """Follow a newly shown text; returns an earlier unsaved draft the user wants back."""
        self.timer.stop()
        self.db, self.key, self.stored = db, key, stored
        if db is None or key is None:
            return None
        draft = find_draft(db, key)
        if draft is None or draft.text == stored:
            return None
        if ask_restore_draft(self.owner, format_datetime(draft.kept_at)):
            return draft.text
        self.settled()
        return None

    def stop(self) -> None:
        """No text followed any more (another record, a read-only file)."""
        self.timer.stop()
        self.key = None

    def notice(self) -> None:
        """The text changed: keep it within DRAFT_INTERVAL_MS (not on every key)."""
        if self.key is not None and not self.timer.isActive():
            self.timer.start()

    def keep(self) -> None:
        if self.db is None or self.key is None:
            return
        text = self.text_of()
        try:
            if text == self.stored:
                drop_draft(self.db, self.key)
            else:
                keep_draft(self.db, self.key, text)
        except RaadswerkError:
            pass  # a full disk is reported when the text itself is saved; typing goes on

    def settled(self, stored: str | None = None) -> None:
        """Saved (now ``stored``) or let go: the draft is no longer needed."""
        self.timer.stop()
        if stored is not None:
            self.stored = stored
        if self.db is not None and self.key is not None:
            # Left behind on a failure, it is offered once more and then dropped.
            with suppress(RaadswerkError):
                drop_draft(self.db, self.key)
