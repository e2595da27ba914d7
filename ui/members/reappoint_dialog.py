"""Reappointing a member: a new term of office that follows on the current one."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from core.dates import parse_date
from core.errors import ValidationError
from core.i18n import format_date, tr
from core.members.term_history import list_terms, reappoint
from core.members.term_rules import next_term_start
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label, show_form_message


class ReappointDialog(QDialog):
    def __init__(self, db, member, parent=None):
        super().__init__(parent)
        self.db, self.member = db, member
        self.setWindowTitle(tr("Reappoint"))
        form = QFormLayout(self)
        terms = list_terms(db, member.id)
        if terms:
            text = tr("{name} is in term {number}, until {date}.", name=member.display_name,
                      number=terms[-1].number, date=format_date(terms[-1].end))
            start = next_term_start(terms[-1].end).strftime("%d-%m-%Y")
        else:
            text, start = member.display_name, ""
        intro = QLabel(text)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.start = QLineEdit(start)
        self.start.setPlaceholderText("14-03-2026")
        form.addRow(tr("New term starts on"), self.start)
        self.message = form_message_label()
        form.addRow(self.message)
        form.addRow(accept_cancel_buttons(self, self.save, tr("Reappoint"), QDialogButtonBox.Ok))

    def save(self) -> None:
        try:
            reappoint(self.db, self.member.id, parse_date(self.start.text(), "start_date"))
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            self.start.setFocus()
            return
        self.accept()
