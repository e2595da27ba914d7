"""A member leaves the council: they become a former member with a leaving date."""

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from core.dates import parse_date
from core.errors import ValidationError
from core.i18n import tr
from core.members import mark_former
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label, show_form_message


class LeaveDialog(QDialog):
    def __init__(self, db, member, parent=None):
        super().__init__(parent)
        self.db, self.member = db, member
        self.setWindowTitle(tr("Leaves the council"))
        form = QFormLayout(self)
        intro = QLabel(tr("{name} becomes a former member. Their history (meetings, "
                          "working groups) stays.", name=member.display_name))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.left_on = QLineEdit(dt.date.today().strftime("%d-%m-%Y"))
        self.left_on.setPlaceholderText("14-03-2026")
        form.addRow(tr("Leaving date"), self.left_on)
        self.message = form_message_label()
        form.addRow(self.message)
        form.addRow(accept_cancel_buttons(self, self.save, tr("Leaves the council"),
                                          QDialogButtonBox.Ok))

    def save(self) -> None:
        try:
            mark_former(self.db, self.member.id, parse_date(self.left_on.text(), "left_on"))
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            self.left_on.setFocus()
            return
        self.accept()
