"""The Werkgroepen tab of the Leden page: the groups, who is in them, who chairs them."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.i18n import tr, trn
from core.members import delete_working_group, get_members, list_working_groups
from ui.members.group_dialog import WorkingGroupDialog
from ui.widgets.modal import run_modal


class WorkingGroupsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.read_only = False
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.edit_group())
        left.addWidget(self.list)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New working group…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.delete_button = QPushButton(tr("Delete"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        self.new_button.clicked.connect(self.new_group)
        self.edit_button.clicked.connect(self.edit_group)
        self.delete_button.clicked.connect(self.delete_group)
        left.addLayout(buttons)
        layout.addLayout(left, 1)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setTextFormat(Qt.PlainText)
        layout.addWidget(self.details, 1)
        self.groups = []
        self.names = {}

    def load(self, db, read_only: bool) -> None:
        self.db, self.read_only = db, read_only
        current = self.current_id()
        self.groups = list_working_groups(db)
        # Only the people in a group: a large file may hold many thousands of members.
        in_groups = {m for g in self.groups for m in [*g.member_ids, g.chair_id] if m}
        self.names = {m.id: m.display_name if m.is_active
                      else tr("{name} (former member)", name=m.display_name)
                      for m in get_members(db, in_groups)}
        self.list.clear()
        for group in self.groups:
            item = QListWidgetItem(trn("{name} — {kind}, {count} member",
                                       "{name} — {kind}, {count} members",
                                       len(group.member_ids), name=group.name,
                                       kind=group.kind_label.lower()))
            item.setData(Qt.UserRole, group.id)
            self.list.addItem(item)
            if group.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()
        self.new_button.setEnabled(not read_only)

    def select_group(self, group_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == group_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _show_current(self, *_args) -> None:
        group = next((g for g in self.groups if g.id == self.current_id()), None)
        has_group = group is not None and not self.read_only
        self.edit_button.setEnabled(has_group)
        self.delete_button.setEnabled(has_group)
        if group is None:
            self.details.setText(tr("No working groups yet. Add one with "
                                    "'New working group…'."))
            return
        lines = [group.name, group.kind_label, ""]
        if group.description:
            lines += [group.description, ""]
        chair = self.names.get(group.chair_id)
        lines.append(tr("Chair: {name}", name=chair) if chair else tr("No chair chosen."))
        lines.append(tr("Members:"))
        lines += [f"• {self.names.get(m, '?')}" for m in group.member_ids]
        self.details.setText("\n".join(lines))

    def new_group(self) -> None:
        if run_modal(WorkingGroupDialog(self.db, None, self)):
            self.changed.emit()

    def edit_group(self) -> None:
        if self.current_id() is None or self.read_only:
            return
        if run_modal(WorkingGroupDialog(self.db, self.current_id(), self)):
            self.changed.emit()

    def delete_group(self) -> None:
        group_id = self.current_id()
        if group_id is None:
            return
        answer = QMessageBox.question(
            self, tr("Delete working group"),
            tr("Delete this working group? Its members stay members of the council."))
        if answer == QMessageBox.Yes:
            delete_working_group(self.db, group_id)
            self.changed.emit()
