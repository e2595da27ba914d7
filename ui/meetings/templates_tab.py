"""Instellingen → Vergaderingen: the standard items each kind of meeting starts with."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.i18n import tr
from core.meetings.model import MAX_ITEM_MINUTES, PURPOSES, purpose_label
from core.meetings.templates import TemplateItem, load_templates, reset_template, save_template
from ui.errors import show_error
from ui.meetings.details import kind_combo
from ui.widgets import unsaved
from ui.widgets.unsaved import CANCEL, SAVE


class MeetingTemplatesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.templates = {}
        self.standards: list[str] = []
        self.shown_kind = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = kind_combo()
        form.addRow(tr("Kind of meeting"), self.kind)
        layout.addLayout(form)
        explanation = QLabel(tr("A new meeting of this kind starts with these items. "
                                "New items are added before Any other business."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Item"), tr("Duration (min)"), tr("Asked")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add item"))
        self.remove_button = QPushButton(tr("Remove item"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(tr("Up"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(tr("Down"))
        self.save_button = QPushButton(tr("Save template"))
        self.reset_button = QPushButton(tr("Back to the standard"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.reset_button)
        saving.addWidget(self.save_button)
        layout.addLayout(saving)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        layout.addWidget(self.message)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.add_button.clicked.connect(lambda: self._add_row(TemplateItem(tr("New item"), 10)))
        self.remove_button.clicked.connect(self._remove_row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button.clicked.connect(self.reset)

    def load(self, db) -> None:
        self.db = db
        self.templates = load_templates(db)
        self._show_kind()

    def _kind_chosen(self) -> None:
        """Another kind: the items typed for the one shown are saved or let go first."""
        if self.shown_kind is not None and self.is_dirty(self.shown_kind):
            answer = unsaved.ask_save_changes(self, tr(
                "The standard items of this kind of meeting were changed but not saved yet."))
            if answer == CANCEL or (answer == SAVE and not self.save(self.shown_kind)):
                blocker = self.kind.blockSignals(True)
                self.kind.setCurrentIndex(self.kind.findData(self.shown_kind))
                self.kind.blockSignals(blocker)
                return
        self._show_kind()

    def _show_kind(self) -> None:
        self.shown_kind = self.kind.currentData()
        self.table.setRowCount(0)
        self.standards = []
        for item in self.templates.get(self.kind.currentData(), []):
            self._add_row(item)
        self.message.setText("")

    def _add_row(self, item: TemplateItem, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.standards.insert(row, item.standard)
        self.table.setItem(row, 0, QTableWidgetItem(item.title))
        spin = QSpinBox()
        spin.setRange(0, MAX_ITEM_MINUTES)
        spin.setValue(item.duration)
        self.table.setCellWidget(row, 1, spin)
        combo = QComboBox()
        for code in PURPOSES:
            combo.addItem(purpose_label(code), code)
        combo.setCurrentIndex(max(0, combo.findData(item.purpose)))
        self.table.setCellWidget(row, 2, combo)

    def _row_item(self, row: int) -> TemplateItem:
        title = self.table.item(row, 0)
        return TemplateItem(title=title.text() if title else "",
                            duration=self.table.cellWidget(row, 1).value(),
                            purpose=self.table.cellWidget(row, 2).currentData(),
                            standard=self.standards[row])

    def items(self) -> list[TemplateItem]:
        return [self._row_item(row) for row in range(self.table.rowCount())]

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.standards.pop(row)

    def _move(self, offset: int) -> None:
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        item = self._row_item(row)
        self.table.removeRow(row)
        self.standards.pop(row)
        self._add_row(item, target)
        self.table.setCurrentCell(target, 0)

    def save(self, kind: str | None = None) -> bool:
        kind = kind or self.shown_kind
        try:
            save_template(self.db, kind, self.items())
        except RaadswerkError as error:
            show_error(self, error)
            return False
        self.templates = load_templates(self.db)
        self.message.setText(tr("The template was saved."))
        return True

    def is_dirty(self, kind: str | None = None) -> bool:
        """The shown kind's items differ from its stored template."""
        return self.db is not None and self.items() != self.templates.get(
            kind or self.shown_kind, [])

    def reset(self) -> None:
        kind = self.kind.currentData()
        self.templates[kind] = reset_template(self.db, kind)
        self._show_kind()
        self.message.setText(tr("The standard items are back."))
