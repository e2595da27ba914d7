"""One advice on screen: what it is, its text, the response, links and history,
with the next steps as buttons (status, letter, response, reminder)."""

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.advice import (
    Advice,
    agenda_items_for_advice,
    allowed_statuses,
    delete_advice,
    get_advice,
    link_agenda_item,
    outcome_label,
    record_response,
    response_due,
    response_overdue,
    response_weeks,
    save_text,
    set_request_letter,
    set_status,
    status_label,
    unlink_agenda_item,
    update_advice,
)
from core.advice.adoption import adopt
from core.advice.extension import agree_extension
from core.advice.letters import (
    advice_letter_pdf,
    advice_letter_title,
    check_reminder,
    keep_advice_letter,
    keep_reminder_letter,
    prepare_advice_letter,
    reminder_content,
    reminder_draft_pdf,
    reminder_title,
)
from core.advice.model import PointResponse
from core.advice.opening import letter_parts_in_text, opening_sentence
from core.advice.points import advice_points
from core.documents.letter import render_letter
from core.documents.letterhead import load_letterhead
from core.documents.text import escape_plain
from core.drafts import draft_key
from core.errors import NotFoundError, RaadswerkError, ValidationError
from core.files import file_info
from core.i18n import format_date, tr
from core.letters import letter_pdf
from core.meetings import list_agenda_items_for_linking
from core.meetings.followup import decisions_between
from core.signals import (
    link_signal_to_advice,
    list_signals,
    signals_for_advice,
    unlink_signal_from_advice,
)
from core.signals.links import signal_label
from ui.advice.adoption_dialog import AdoptionDialog
from ui.advice.dialogs import (
    ChoiceDialog,
    ExtensionDialog,
    LetterDateDialog,
    ReminderDialog,
    ResponseDialog,
    StatusDialog,
)
from ui.advice.form import AdviceForm
from ui.advice.stored_files import choose_file, open_stored_file
from ui.advice.text_editor import AdviceTextEditor
from ui.documents.preview import preview_document
from ui.errors import show_error
from ui.tasks import run_in_background
from ui.widgets.draft_keeper import DraftKeeper
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_message import show_form_message
from ui.widgets.labels import muted_label
from ui.widgets.modal import run_modal
from ui.widgets.screen_fit import fit_dialog


def _point_line(point: PointResponse) -> str:
    """'2. Geef inwoners het verslag … — Niet overgenomen (bij de evaluatie)'."""
    note = f" ({escape_plain(point.note)})" if point.note else ""
    return f"{point.number}. {escape_plain(point.point)} — <b>{point.outcome_label}</b>{note}"


class AdviceDetails(QWidget):
    """Shows and edits one advice; ``changed`` tells the page to reload its list."""

    changed = Signal(int)
    deleted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.read_only = False
        self.today = dt.date.today()
        self.advice: Advice | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addLayout(self._action_row())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._register_tab(), tr("Details"))
        self.tabs.addTab(self._text_tab(), tr("Advice text"))
        self.tabs.addTab(self._response_tab(), tr("Response"))
        self.tabs.addTab(self._links_tab(), tr("Signals and meetings"))
        self.history = QListWidget()
        self.tabs.addTab(self.history, tr("History"))
        layout.addWidget(self.tabs, 1)

    # --- building -------------------------------------------------------------------
    def _button(self, text: str, slot, row: QLayout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _action_row(self) -> FlowLayout:
        row = FlowLayout()  # a second line when the details are narrow (1280-pixel laptops)
        self.status_button = QPushButton(tr("Status"))
        self.status_menu = QMenu(self.status_button)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        row.addWidget(self.status_button)
        self.letter_button = self._button(tr("Make advice letter…"), self.make_letter, row)
        self.view_letter_button = self._button(tr("Letter…"), self.preview_letter, row)
        self.response_button = self._button(tr("Record response…"), self.record_response, row)
        self.reminder_button = self._button(tr("Reminder…"), self.write_reminder, row)
        return row

    def _register_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.form = AdviceForm()
        self._form_dirty = False
        self.form.changed.connect(self._form_changed)
        layout.addWidget(self.form)
        file_row = QHBoxLayout()
        self.request_file_label = QLabel()
        file_row.addWidget(QLabel(tr("Request letter:")))
        file_row.addWidget(self.request_file_label, 1)
        self.open_request_button = self._button(tr("Open"), self.open_request_letter, file_row)
        self.attach_request_button = self._button(tr("Attach…"), self.attach_request_letter,
                                                  file_row)
        layout.addLayout(file_row)
        save_row = QHBoxLayout()
        self.form_message = QLabel()
        self.form_message.setObjectName("formMessage")
        save_row.addWidget(self.form_message, 1)
        self.delete_button = self._button(tr("Delete advice…"), self.delete, save_row)
        self.save_button = self._button(tr("Save"), self.save_register, save_row)
        layout.addLayout(save_row)
        layout.addStretch(1)
        return tab

    def _form_changed(self) -> None:
        self._form_dirty = True

    def _text_tab(self) -> QWidget:
        tab = QWidget()
        self.text_tab = tab
        layout = QVBoxLayout(tab)
        self.frozen_note = muted_label()
        layout.addWidget(self.frozen_note)
        self.editor = AdviceTextEditor()
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.text_message = QLabel()
        self.text_message.setObjectName("formMessage")
        row.addWidget(self.text_message, 1)
        self._button(tr("Preview letter…"), self.preview_letter, row)
        self.save_text_button = self._button(tr("Save text"), self.save_text, row)
        self.save_text_button.setShortcut("Ctrl+S")
        layout.addLayout(row)
        self.editor.changed.connect(lambda: show_form_message(self.text_message, ""))
        self.text_draft = DraftKeeper(self, self.editor.text)
        self.editor.changed.connect(self.text_draft.notice)
        return tab

    def _response_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.response_text = QLabel()
        self.response_text.setWordWrap(True)
        self.response_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.response_text.setAlignment(Qt.AlignTop)
        layout.addWidget(self.response_text)
        row = QHBoxLayout()
        self.open_response_button = self._button(tr("Open response letter"),
                                                 self.open_response_letter, row)
        self.open_reminder_button = self._button(tr("Open reminder"), self.open_reminder, row)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _link_list(self, layout: QVBoxLayout, title: str, add, remove) -> QListWidget:
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        widget = QListWidget()
        widget.setMaximumHeight(150)
        # Long agenda items and signals are cut in the middle, whole in their tooltip.
        widget.setTextElideMode(Qt.ElideMiddle)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout.addWidget(widget)
        row = QHBoxLayout()
        add_button = self._button(tr("Link…"), add, row)
        remove_button = self._button(tr("Unlink"), remove, row)
        row.addStretch(1)
        layout.addLayout(row)
        widget.link_buttons = (add_button, remove_button)
        return widget

    def _links_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.signal_list = self._link_list(layout, tr("Signals this advice takes up"),
                                           self.link_signal, self.unlink_signal)
        self.signal_list.itemActivated.connect(self._open_signal)
        self.meeting_list = self._link_list(layout, tr("Discussed in meetings"),
                                            self.link_meeting, self.unlink_meeting)
        layout.addStretch(1)
        return tab

    # --- showing --------------------------------------------------------------------
    def set_db(self, db, read_only: bool) -> None:
        self.db, self.read_only = db, read_only
        self.form.set_db(db)  # fresh lists of members and working groups
        if self.advice is not None:
            self.form.load(self.advice.to_input())
        self._form_dirty = False

    def has_unsaved_changes(self) -> bool:
        return self.advice is not None and (self._form_dirty or self.editor.is_modified())

    def show_advice(self, advice_id: int | None) -> None:
        try:
            self.advice = get_advice(self.db, advice_id) if advice_id is not None else None
        except NotFoundError:
            self.advice = None
        self.setEnabled(self.advice is not None)
        if self.advice is None:
            self.heading.setText(tr("Choose an advice in the list, or register a new one."))
            self.state.setText("")
            return
        advice = self.advice
        self.heading.setText(f"{advice.reference} — {advice.subject}")
        self.state.setText(self._state_text(advice))
        self.form.load(advice.to_input())
        self._form_dirty = False
        show_form_message(self.form_message, "")
        show_form_message(self.text_message, "")
        self.editor.set_text(advice.body)
        self._show_files(advice)
        self._show_response(advice)
        self._show_links()
        self._show_history(advice)
        self._enable(advice)
        self._offer_draft(advice)

    def _offer_draft(self, advice: Advice) -> None:
        """Follow the text's draft; after a crash, offer the unsaved text back."""
        if self.read_only or advice.text_frozen:
            self.text_draft.stop()
            return
        restored = self.text_draft.start(self.db, draft_key("advice-text", advice.id),
                                         advice.body)
        if restored is not None:
            self.editor.set_text(restored)
            self.editor.set_modified(True)
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.text_tab))

    def let_go_of_changes(self) -> None:
        """Don't save: the record as stored comes back, its draft is dropped."""
        self.text_draft.settled()
        self.show_advice(self.advice.id)

    def _state_text(self, advice: Advice) -> str:
        parts = [f"<b>{status_label(advice.status)}</b>", advice.kind_label]
        if advice.deadline and advice.status in ("received", "preparing", "draft", "adopted"):
            days = (advice.deadline - self.today).days
            text = tr("deadline {date}", date=format_date(advice.deadline))
            if days < 0:
                passed = tr("{deadline} — passed", deadline=text)
                text = f"<span style='color:#B00020'>{passed}</span>"
            parts.append(text)
        if advice.sent_on:
            parts.append(tr("sent on {date}", date=format_date(advice.sent_on)))
        if response_overdue(advice.sent_on, advice.response.date if advice.response else None,
                            self.today, response_weeks(self.db)):
            due = response_due(advice.sent_on, response_weeks(self.db))
            parts.append("<span style='color:#B00020'>" + tr(
                "response overdue since {date}", date=format_date(due)) + "</span>")
        return " · ".join(parts)

    def _show_files(self, advice: Advice) -> None:
        name = tr("none")
        if advice.request_file_id is not None:
            name = file_info(self.db, advice.request_file_id).name
        self.request_file_label.setText(name)
        self.open_request_button.setEnabled(advice.request_file_id is not None)

    def _show_response(self, advice: Advice) -> None:
        lines = []
        if advice.response:
            lines.append(tr("Received on {date}: <b>{outcome}</b>",
                            date=format_date(advice.response.date),
                            outcome=outcome_label(advice.response.outcome)))
            reasons = advice.response.reasons or tr("(no reasons given)")
            lines.append(escape_plain(reasons))
            if advice.response.points:
                lines.append("<br/>".join(_point_line(point)
                                          for point in advice.response.points))
        elif advice.sent_on:
            due = response_due(advice.sent_on, response_weeks(self.db))
            lines.append(tr("No response yet. Expected by {date}.", date=format_date(due)))
        else:
            lines.append(tr("The advice has not been sent yet."))
        if advice.reminded_on:
            lines.append(tr("Reminder sent on {date}.", date=format_date(advice.reminded_on)))
        self.response_text.setText("<br/><br/>".join(lines))
        self.open_response_button.setEnabled(advice.response_file_id is not None)
        self.open_reminder_button.setEnabled(advice.reminder_letter_id is not None)

    def _show_links(self) -> None:
        self.signal_list.clear()
        for signal_id, label in signals_for_advice(self.db, self.advice.id):
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.UserRole, signal_id)
            self.signal_list.addItem(item)
        self.meeting_list.clear()
        for item_id, label in agenda_items_for_advice(self.db, self.advice.id):
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.UserRole, item_id)
            self.meeting_list.addItem(item)

    def _show_history(self, advice: Advice) -> None:
        self.history.clear()
        for change in advice.history:
            note = f" — {change.note}" if change.note else ""
            self.history.addItem(f"{format_date(change.changed_on)}: {change.label}{note}")

    def _enable(self, advice: Advice) -> None:
        editable = not self.read_only
        self.form.set_editable(editable)
        for widget in (self.save_button, self.attach_request_button, self.delete_button,
                       self.status_button, *self.signal_list.link_buttons,
                       *self.meeting_list.link_buttons):
            widget.setEnabled(editable)
        frozen = advice.text_frozen
        self.editor.setReadOnly(frozen or not editable)
        self.save_text_button.setEnabled(editable and not frozen)
        self.frozen_note.setText(
            tr("Adopted on {date}: this text is the council's decision and no longer changes.",
               date=format_date(advice.adopted_on)) if frozen else
            tr("Headings, lists, bold and italic print as you see them here. The letter "
               "adds the salutation, closing and signers, and opens with: {opening}",
               opening=opening_sentence(advice)))
        self.letter_button.setEnabled(editable and advice.status == "adopted")
        self.letter_button.setVisible(advice.sent_on is None)
        self.letter_button.setText(tr("Remake advice letter…") if advice.letter_id
                                   else tr("Make advice letter…"))
        self.view_letter_button.setEnabled(bool(advice.body.strip()))
        self.response_button.setEnabled(editable and advice.sent_on is not None)
        self.reminder_button.setEnabled(editable and advice.sent_on is not None
                                        and advice.response is None)

    # --- actions --------------------------------------------------------------------
    def _done(self, message: str = "") -> None:
        advice_id = self.advice.id
        self.show_advice(advice_id)
        if message:
            show_form_message(self.form_message, message)
        self.changed.emit(advice_id)

    def save_register(self) -> bool:
        try:
            update_advice(self.db, self.advice.id, self.form.value())
        except ValidationError as error:
            show_form_message(self.form_message, str(error), error=True)
            self.tabs.setCurrentIndex(0)
            self.form.focus_field(error)
            return False
        self._form_dirty = False
        self._done(tr("Saved."))
        return True

    def save_changes(self) -> bool:
        """Save the register fields and the text, whichever holds unsaved changes."""
        if self.editor.is_modified() and not self.advice.text_frozen \
                and not self.save_text():
            return False
        return not self._form_dirty or self.save_register()

    def save_text(self) -> bool:
        try:
            save_text(self.db, self.advice.id, self.editor.text())
        except RaadswerkError as error:
            show_form_message(self.text_message, str(error), error=True)
            return False
        self.editor.set_modified(False)
        self.text_draft.settled(self.editor.text())
        warning = letter_parts_in_text(self.editor.text())
        show_form_message(self.text_message, f"{tr('Text saved.')} {warning}".strip(),
                          error=bool(warning))
        self.changed.emit(self.advice.id)
        return True

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        if self.advice is None:
            return
        allowed = allowed_statuses(self.db, self.advice.id)
        for code in allowed:
            action = self.status_menu.addAction(status_label(code))
            action.triggered.connect(lambda _=False, c=code: self.change_status(c))
        if not allowed:
            self.status_menu.addAction(tr("(no other status possible now)")).setEnabled(False)
        if self.advice.sent_on is None:
            self.status_menu.addSeparator()
            extension = self.status_menu.addAction(tr("Agree an extension…"))
            extension.triggered.connect(self.agree_extension)

    def adopt(self) -> None:
        """Adopted in a meeting (one of the decisions since the request) or a written round."""
        decisions = decisions_between(self.db, self.advice.request_date, self.today)
        dialog = AdoptionDialog(decisions, self.today, self)
        if not run_modal(dialog):
            return
        try:
            adopt(self.db, self.advice.id, dialog.adoption())
        except RaadswerkError as error:
            show_error(self, error)
            return
        self._done()

    def agree_extension(self) -> None:
        """The college and the council agreed on a later deadline (uitstel)."""
        dialog = ExtensionDialog(self.advice.deadline, self.today, self)
        if not run_modal(dialog):
            return
        try:
            agree_extension(self.db, self.advice.id, *dialog.values())
        except RaadswerkError as error:
            show_error(self, error)
            return
        self._done()

    def change_status(self, status: str) -> None:
        if self.editor.is_modified() and not self.save_text():
            return
        if status == "adopted":
            self.adopt()
            return
        reopening = status == "draft" and self.advice.status == "adopted"
        dialog = StatusDialog(status, self.today, self, warning=tr(
            "Back to concept: the text can be changed again, and the advice letter that was "
            "not sent is removed (make it again after the council adopts the advice anew).")
            if reopening else "")
        if not run_modal(dialog):
            return
        try:
            on, note = dialog.values()
            set_status(self.db, self.advice.id, status, on, note)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self._done()

    def make_letter(self) -> None:
        dialog = LetterDateDialog(self.today, self)
        if not run_modal(dialog):
            return
        try:
            content = prepare_advice_letter(self.db, self.advice.id, dialog.letter_date())
        except RaadswerkError as error:
            show_error(self, error)
            return
        title = advice_letter_title(self.advice)
        self.letter_button.setEnabled(False)

        def show_kept(pdf: bytes) -> None:
            if self.advice and self.advice.letter_id:
                preview_document(self, lambda: pdf, title, f"{title}.pdf")

        self._render_and_keep(content, title, keep_advice_letter, show_kept)

    def _render_and_keep(self, content, title: str, keep, after=None) -> None:
        """Render a letter off the UI thread, then keep it with ``keep(db, id, content, pdf)``."""
        head, advice_id = load_letterhead(self.db), self.advice.id

        def kept(pdf: bytes) -> None:
            try:
                keep(self.db, advice_id, content, pdf)
            except RaadswerkError as error:
                show_error(self, error)
            self._done()
            if after is not None:
                after(pdf)

        run_in_background(lambda: render_letter(head, content, title=title), kept,
                          lambda error, details: (show_error(self, error, details),
                                                  self._done()))

    def preview_letter(self) -> None:
        if self.editor.is_modified() and not self.advice.text_frozen and not self.save_text():
            return
        db, advice_id = self.db, self.advice.id
        head = load_letterhead(db)
        title = advice_letter_title(self.advice)
        preview_document(self, lambda: advice_letter_pdf(db, advice_id, head), title,
                         f"{title}.pdf")

    def record_response(self) -> None:
        dialog = ResponseDialog(self.advice.response, self.today,
                                advice_points(self.advice.body), self)
        if not run_modal(dialog):
            return
        try:
            record_response(self.db, self.advice.id, dialog.response(), dialog.file)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self._done()
        self.tabs.setCurrentIndex(2)

    def write_reminder(self) -> None:
        content = reminder_content(self.db, self.advice.id, self.today)
        dialog = ReminderDialog(content.letter_date, content.body, self)
        head = load_letterhead(self.db)
        title = reminder_title(self.advice)

        def current():
            content.letter_date, content.body = dialog.values()
            check_reminder(self.db, self.advice.id, content)
            return content

        def preview() -> None:
            try:
                checked = current()
            except RaadswerkError as error:
                show_error(dialog, error)
                return
            preview_document(dialog, lambda: reminder_draft_pdf(head, checked, self.advice),
                             title, f"{title}.pdf")

        dialog.preview_button.clicked.connect(preview)
        fit_dialog(dialog)  # as run_modal does; this one opens again after a refusal
        try:
            while dialog.exec():
                try:
                    checked = current()
                except RaadswerkError as error:
                    show_error(self, error)
                    continue  # the dialog opens again with what was typed
                self.reminder_button.setEnabled(False)
                self._render_and_keep(checked, title, keep_reminder_letter,
                                      lambda _pdf: self.tabs.setCurrentIndex(2))
                return
        finally:
            dialog.deleteLater()  # as run_modal does: a closed dialog leaves no memory behind

    def attach_request_letter(self) -> None:
        try:
            chosen = choose_file(self, tr("Request letter"))
            if chosen is None:
                return
            set_request_letter(self.db, self.advice.id, chosen)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self._done()

    def _open_file(self, file_id: int | None) -> None:
        if file_id is None:
            return
        try:
            open_stored_file(self.db, file_id)
        except (RaadswerkError, OSError) as error:
            show_error(self, RaadswerkError(str(error)))

    def open_request_letter(self) -> None:
        self._open_file(self.advice.request_file_id)

    def open_response_letter(self) -> None:
        self._open_file(self.advice.response_file_id)

    def open_reminder(self) -> None:
        db, letter_id = self.db, self.advice.reminder_letter_id
        title = reminder_title(self.advice)
        preview_document(self, lambda: letter_pdf(db, letter_id), title, f"{title}.pdf")

    def delete(self) -> None:
        answer = QMessageBox.question(
            self, tr("Delete advice"),
            tr("Delete advice {reference} ({subject}) with its stored request and response "
               "letters? Letters in the archive stay.", reference=self.advice.reference,
               subject=self.advice.subject))
        if answer != QMessageBox.Yes:
            return
        try:
            delete_advice(self.db, self.advice.id)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.show_advice(None)
        self.deleted.emit()

    # --- links ----------------------------------------------------------------------
    def link_signal(self) -> None:
        linked = {self.signal_list.item(i).data(Qt.UserRole)
                  for i in range(self.signal_list.count())}
        choices = [(s.id, signal_label(s)) for s in list_signals(self.db) if s.id not in linked]
        dialog = ChoiceDialog(tr("Link a signal"), choices, self)
        if run_modal(dialog) and dialog.chosen() is not None:
            try:
                link_signal_to_advice(self.db, dialog.chosen(), self.advice.id)
            except RaadswerkError as error:
                show_error(self, error)
            self._done()

    def unlink_signal(self) -> None:
        item = self.signal_list.currentItem()
        if item is not None:
            unlink_signal_from_advice(self.db, item.data(Qt.UserRole), self.advice.id)
            self._done()

    def _open_signal(self, item: QListWidgetItem) -> None:
        page = self.parent()
        while page is not None and not hasattr(page, "navigate"):
            page = page.parent()
        if page is not None:
            page.navigate.emit("signals", item.data(Qt.UserRole))

    def link_meeting(self) -> None:
        linked = {self.meeting_list.item(i).data(Qt.UserRole)
                  for i in range(self.meeting_list.count())}
        choices = [(i, label) for i, label in list_agenda_items_for_linking(self.db)
                   if i not in linked]
        dialog = ChoiceDialog(tr("Link an agenda item"), choices, self)
        if run_modal(dialog) and dialog.chosen() is not None:
            try:
                link_agenda_item(self.db, self.advice.id, dialog.chosen())
            except RaadswerkError as error:
                show_error(self, error)
            self._done()

    def unlink_meeting(self) -> None:
        item = self.meeting_list.currentItem()
        if item is not None:
            unlink_agenda_item(self.db, self.advice.id, item.data(Qt.UserRole))
            self._done()
