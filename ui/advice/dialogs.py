"""Small dialogs of the advice page: new advice, status, letter date, response, reminder,
and picking a signal or agenda item to link."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.advice import OUTCOMES, AdviceInput, Response, create_advice, status_label
from core.advice.points import overall_outcome
from core.errors import RaadswerkError, ValidationError
from core.i18n import format_date, tr
from ui.advice.form import AdviceForm, date_field, read_date
from ui.advice.point_answers import PointAnswers
from ui.advice.stored_files import choose_file
from ui.advice.text_editor import AdviceTextEditor
from ui.errors import show_error
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.unsaved import GuardedDialog, fields_snapshot


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    return accept_cancel_buttons(dialog, dialog.accept, ok_text, QDialogButtonBox.Ok)


class NewAdviceDialog(GuardedDialog, QDialog):
    """Register a new advice (request or own initiative), with its request letter."""

    def __init__(self, db, today: dt.date, parent=None):
        super().__init__(parent)
        self.db = db
        self.created_id: int | None = None
        self.request_file: tuple[str, bytes] | None = None
        self.setWindowTitle(tr("New advice"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.form = AdviceForm()
        self.form.set_db(db)
        self.form.load(AdviceInput(request_date=today))
        self.form.fill_default_deadline()
        layout.addWidget(self.form)
        file_row = QHBoxLayout()
        self.file_label = QLabel(tr("No request letter attached."))
        attach = QPushButton(tr("Attach request letter…"))
        attach.clicked.connect(self._attach)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        layout.addLayout(file_row)
        layout.addWidget(_buttons(self, tr("Register")))
        self.snapshot = fields_snapshot(self.form)

    def _attach(self) -> None:
        try:
            chosen = choose_file(self, tr("Request letter"))
        except RaadswerkError as error:
            show_error(self, error)
            return
        if chosen is not None:
            self.request_file = chosen
            self.file_label.setText(chosen[0])

    def save_changes(self) -> bool:
        self.accept()
        return self.result() == QDialog.Accepted

    def accept(self) -> None:
        try:
            self.created_id = create_advice(self.db, self.form.value(), self.request_file)
        except ValidationError as error:
            show_error(self, error)
            self.form.focus_field(error)
            return
        super().accept()


class StatusDialog(QDialog):
    """A new status with the date it happened and an optional note."""

    def __init__(self, status: str, today: dt.date, parent=None, warning: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Change status"))
        layout = QFormLayout(self)
        layout.addRow(tr("New status"), QLabel(f"<b>{status_label(status)}</b>"))
        if warning:
            note = QLabel(warning)
            note.setWordWrap(True)
            layout.addRow(note)
        self.date = date_field(today)
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        layout.addRow(tr("Date"), self.date)
        layout.addRow(tr("Note"), self.note)
        layout.addRow(_buttons(self, tr("Change")))

    def values(self) -> tuple[dt.date, str]:
        return read_date(self.date, "changed_on"), self.note.text()


class ExtensionDialog(QDialog):
    """An agreed extension (uitstel): the new deadline, the day it was agreed, a note."""

    def __init__(self, deadline: dt.date | None, today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Agree an extension"))
        self.setMinimumWidth(480)
        layout = QFormLayout(self)
        current = format_date(deadline) if deadline else tr("none")
        layout.addRow(tr("Current deadline"), QLabel(current))
        self.deadline = date_field(None)
        self.agreed_on = date_field(today)
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(tr("e.g. agreed by phone with the civil servant"))
        layout.addRow(tr("New deadline"), self.deadline)
        layout.addRow(tr("Agreed on"), self.agreed_on)
        layout.addRow(tr("Note"), self.note)
        layout.addRow(_buttons(self, tr("Record")))

    def values(self) -> tuple[dt.date, dt.date, str]:
        return (read_date(self.deadline, "deadline"), read_date(self.agreed_on, "agreed_on"),
                self.note.text())


class LetterDateDialog(QDialog):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Make the advice letter"))
        layout = QFormLayout(self)
        explanation = QLabel(tr("The adopted text is put on the letterhead, addressed and "
                                "signed as set in the council profile, and kept in the "
                                "letters archive."))
        explanation.setWordWrap(True)
        layout.addRow(explanation)
        self.date = date_field(today)
        layout.addRow(tr("Letter date"), self.date)
        layout.addRow(_buttons(self, tr("Make letter")))

    def letter_date(self) -> dt.date:
        return read_date(self.date, "letter_date")


class ResponseDialog(QDialog):
    """The college's response: date, outcome, reasons and the letter itself."""

    def __init__(self, response: Response | None, today: dt.date,
                 points: list[tuple[int, str]] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Record the response"))
        self.setMinimumWidth(520)
        self.file: tuple[str, bytes] | None = None
        layout = QFormLayout(self)
        self.date = date_field(response.date if response else today)
        self.outcome = QComboBox()
        for code, label in OUTCOMES.items():
            self.outcome.addItem(tr(label), code)
        if response is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(response.outcome)))
        self.reasons = QPlainTextEdit(response.reasons if response else "")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setPlaceholderText(tr("What the college says, above all where it does "
                                           "not follow the advice"))
        file_row = QHBoxLayout()
        self.file_label = QLabel(tr("No response letter attached."))
        attach = QPushButton(tr("Attach response letter…"))
        attach.clicked.connect(self._attach)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        layout.addRow(tr("Date received"), self.date)
        self.points = None
        if points:
            self.points = PointAnswers(points, response.points if response else [])
            self.points.changed.connect(self._outcome_from_points)
            layout.addRow(tr("Per point"), self.points)
            self.setMinimumWidth(760)
            self.reasons.setMaximumHeight(120)  # the points take the room
        layout.addRow(tr("Outcome"), self.outcome)
        layout.addRow(tr("Reasons"), self.reasons)
        layout.addRow(tr("Response letter"), file_row)
        layout.addRow(_buttons(self, tr("Save")))

    def _attach(self) -> None:
        try:
            chosen = choose_file(self, tr("Response letter"))
        except RaadswerkError as error:
            show_error(self, error)
            return
        if chosen is not None:
            self.file = chosen
            self.file_label.setText(chosen[0])

    def _outcome_from_points(self) -> None:
        """The overall outcome follows the answers per point (it can still be changed)."""
        overall = overall_outcome(self.points.answers()) if self.points else None
        if overall is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(overall)))

    def response(self) -> Response:
        return Response(read_date(self.date, "response_date"), self.outcome.currentData(),
                        self.reasons.toPlainText(),
                        self.points.answers() if self.points else [])


class ReminderDialog(QDialog):
    """The drafted reminder: its date and text can be changed before it is kept."""

    def __init__(self, letter_date: dt.date, body: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Reminder"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = date_field(letter_date)
        form.addRow(tr("Letter date"), self.date)
        layout.addLayout(form)
        self.editor = AdviceTextEditor()
        self.editor.set_text(body)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.preview_button = QPushButton(tr("Preview…"))
        row.addWidget(self.preview_button)
        row.addStretch(1)
        box = _buttons(self, tr("Keep in the archive as sent"))
        row.addWidget(box)
        layout.addLayout(row)

    def values(self) -> tuple[dt.date, str]:
        return read_date(self.date, "letter_date"), self.editor.text()


class ChoiceDialog(QDialog):
    """Pick one item from a long list, with a filter line (type to narrow)."""

    def __init__(self, title: str, choices: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        for item_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, item_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.empty = QLabel(tr("There is nothing to choose from yet."))
        self.empty.setVisible(not choices)
        self.filter.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(_buttons(self, tr("Link")))

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.text().lower() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.UserRole)
