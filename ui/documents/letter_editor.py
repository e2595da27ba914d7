"""Writing a free letter: the form, a preview, and keeping it in the letters archive."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.drafts import draft_key
from core.errors import RaadswerkError, ValidationError
from core.i18n import tr
from core.letters import archive_letter, get_letter, recent_addressees, replace_letter
from core.letters.model import validate_letter
from core.profile import load_profile
from core.relations import list_relations
from ui.documents.letter_form import LetterForm, new_letter_content
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.tasks import run_in_background
from ui.widgets import unsaved
from ui.widgets.draft_keeper import DraftKeeper
from ui.widgets.form_message import form_message_label, show_form_message
from ui.widgets.screen_fit import fit_to_screen
from ui.widgets.unsaved import DISCARD, SAVE


def letter_filename(letter_date: dt.date, subject: str) -> str:
    """'2026-03-03 Advies huishoudelijke hulp.pdf' (made safe by the preview)."""
    return f"{letter_date.isoformat()} {' '.join(subject.split())[:80] or tr('Letter')}.pdf"


class LetterEditorDialog(QDialog):
    """A new free letter, a copy of an earlier one, or an unsent letter to change."""

    archived = Signal(int)

    def __init__(self, db, parent=None, letter_id: int | None = None,
                 start_from: LetterContent | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.db = db
        self.letter_id = letter_id
        self.kind = "free"
        self.busy = False
        self.setWindowTitle(tr("Change letter") if letter_id else tr("New letter"))
        fit_to_screen(self, 840, 940)
        self.form = LetterForm()
        self.form.set_known_addresses(recent_addressees(db))
        self.form.set_relations(list_relations(db))
        self._build()
        if letter_id is not None:
            letter = get_letter(db, letter_id)
            self.kind = letter.kind
            self.form.load(letter.content)
        else:
            today = today or dt.date.today()
            self.form.load(start_from or new_letter_content(load_profile(db), today))
        self.loaded = self.form.snapshot()
        self.body_draft = DraftKeeper(self, self.form.body.toPlainText)
        restored = self.body_draft.start(db, draft_key("letter", letter_id),
                                         self.form.body.toPlainText())
        if restored is not None:
            self.form.body.setPlainText(restored)
        self.form.body.textChanged.connect(self.body_draft.notice)
        self.form.addressee.setFocus()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.message = form_message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(tr("Preview…"))
        self.preview_button.setToolTip(tr("See the letter as it will print"))
        self.archive_button = QPushButton(tr("Keep in archive"))
        self.archive_button.setToolTip(
            tr("Keep the letter and its PDF in the letters archive of this file"))
        self.archive_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.archive_button)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.archive_button.clicked.connect(self.keep)
        self.cancel_button.clicked.connect(self.reject)

    # --- reading the form -------------------------------------------------------
    def checked_content(self) -> LetterContent | None:
        """The letter as typed, or None after showing what is wrong beside the form."""
        try:
            content = self.form.content()
            validate_letter(content, self.kind)
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            widget = self.form.fields.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return None
        show_form_message(self.message, "")
        return content

    # --- actions -----------------------------------------------------------------
    def preview(self):
        content = self.checked_content()
        if content is None:
            return None
        head = load_letterhead(self.db)  # read here: the database stays on the UI thread
        filename = letter_filename(content.letter_date, content.subject)
        return preview_document(self, lambda: render_letter(head, content), content.subject,
                                filename)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.preview_button, self.archive_button, self.cancel_button):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.BusyCursor)
            show_form_message(self.message, tr("The letter is being prepared…"))
        else:
            self.unsetCursor()

    def keep(self) -> None:
        """Render the PDF off the UI thread, then keep letter and PDF in one transaction."""
        content = self.checked_content()
        if content is None or self.busy:
            return
        head = load_letterhead(self.db)
        self._set_busy(True)
        run_in_background(lambda: render_letter(head, content),
                          lambda pdf: self._store(content, pdf), self._failed)

    def _store(self, content: LetterContent, pdf: bytes) -> None:
        self._set_busy(False)
        try:
            if self.letter_id is None:
                self.letter_id = archive_letter(self.db, content, self.kind, pdf)
            else:
                replace_letter(self.db, self.letter_id, content, pdf)
        except RaadswerkError as error:
            show_form_message(self.message, str(error), error=True)
            return
        self.body_draft.settled()
        self.archived.emit(self.letter_id)
        self.accept()

    def has_changes(self) -> bool:
        return self.form.snapshot() != self.loaded

    def confirm_discard(self) -> bool:
        """Ask before typed text is thrown away: keep it, let it go, or go on typing."""
        answer = unsaved.ask_save_changes(self, tr(
            "This letter has not been kept in the archive. Close it and lose what you "
            "typed?"))
        if answer == SAVE:
            self.keep()  # closes the editor once the letter is kept
        return answer == DISCARD

    def reject(self) -> None:
        """Cancel, Escape and the window's close button: never lose typing unasked."""
        if self.busy:
            return
        if self.has_changes() and not self.confirm_discard():
            return
        self.body_draft.settled()
        super().reject()

    def _failed(self, error: Exception, details: str) -> None:
        self._set_busy(False)
        show_form_message(self.message, tr("The letter could not be made."), error=True)
        show_error(self, error, details)
