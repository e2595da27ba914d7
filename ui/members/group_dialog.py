"""Adding or editing a working group: name, kind, description, members and chair."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from core.errors import ValidationError
from core.i18n import tr
from core.members import (
    WORKING_GROUP_KINDS,
    create_working_group,
    get_working_group,
    list_members,
    update_working_group,
)
from ui.widgets.dialog_buttons import accept_cancel_buttons
from ui.widgets.form_message import form_message_label, show_form_message
from ui.widgets.unsaved import GuardedDialog, fields_snapshot


class WorkingGroupDialog(GuardedDialog, QDialog):
    def __init__(self, db, group_id: int | None = None, parent=None):
        super().__init__(parent)
        self.db, self.group_id = db, group_id
        self.setWindowTitle(tr("New working group") if group_id is None
                            else tr("Edit working group"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for code, label in WORKING_GROUP_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.members = QListWidget()
        self.chair = QComboBox()
        form.addRow(tr("Name") + " *", self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("What it works on"), self.description)
        form.addRow(tr("Members"), self.members)
        form.addRow(tr("Chair"), self.chair)
        self.message = form_message_label()
        form.addRow(self.message)
        form.addRow(accept_cancel_buttons(self, self.save))
        self._fill(db, group_id)
        self.snapshot = fields_snapshot(self, self.members)

    def _fill(self, db, group_id) -> None:
        chosen, chair_id = set(), None
        if group_id is not None:
            group = get_working_group(db, group_id)
            self.name.setText(group.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(group.kind)))
            self.description.setPlainText(group.description)
            chosen, chair_id = set(group.member_ids), group.chair_id
        self.chair.addItem(tr("(no chair)"), None)
        for member in list_members(db, "active"):
            item = QListWidgetItem(member.display_name)
            item.setData(Qt.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if member.id in chosen else Qt.Unchecked)
            self.members.addItem(item)
            self.chair.addItem(member.display_name, member.id)
        self.chair.setCurrentIndex(max(0, self.chair.findData(chair_id)))

    def chosen_member_ids(self) -> list[int]:
        return [self.members.item(row).data(Qt.UserRole) for row in range(self.members.count())
                if self.members.item(row).checkState() == Qt.Checked]

    def save(self) -> None:
        values = (self.name.text(), self.kind.currentData(), self.description.toPlainText(),
                  self.chair.currentData(), self.chosen_member_ids())
        try:
            if self.group_id is None:
                self.group_id = create_working_group(self.db, *values)
            else:
                update_working_group(self.db, self.group_id, *values)
        except ValidationError as error:
            show_form_message(self.message, str(error), error=True)
            self.name.setFocus()
            return
        self.accept()
