"""Adding or editing a member: the form, and saving through core's validation."""

from PySide6.QtWidgets import QDialog, QListWidget, QVBoxLayout

from core.errors import ValidationError
from core.i18n import tr
from core.members import create_member, get_member, list_working_groups, update_member
from core.members.terms import term_years
from ui.members.member_form import MemberForm
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label, show_form_message
from ui.widgets.unsaved import GuardedDialog, fields_snapshot


class MemberDialog(GuardedDialog, QDialog):
    """Stays open on a mistake, says what is wrong and puts the cursor in that field."""

    def __init__(self, db, member_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.member_id = member_id
        self.setWindowTitle(tr("New member") if member_id is None else tr("Edit member"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.form = MemberForm(term_years(db))
        layout.addWidget(self.form)
        self.message = form_message_label()
        layout.addWidget(self.message)
        self.buttons = accept_cancel_buttons(self, self.save)
        layout.addWidget(self.buttons)
        chosen = []
        if member_id is not None:
            member = get_member(db, member_id)
            self.form.set_member(member)
            chosen = member.working_group_ids
        self.form.set_groups(list_working_groups(db), chosen)
        self.snapshot = fields_snapshot(self.form, *self.form.findChildren(QListWidget))
        self.form.first_name.setFocus()

    def save(self) -> None:
        try:
            if self.member_id is None:
                self.member_id = create_member(self.db, self.form.values(),
                                               self.form.chosen_group_ids())
            else:
                update_member(self.db, self.member_id, self.form.values(),
                              self.form.chosen_group_ids())
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            self.form.focus_field(error.field)
            return
        self.accept()
