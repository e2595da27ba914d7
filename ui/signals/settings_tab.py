"""Instellingen → Signalen: the theme list, how long contact details are kept, when a
theme counts as recurring, and the record of removals."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import RaadswerkError
from core.i18n import format_datetime, tr
from core.signals.options import recurrence_threshold, retention_months, save_options, warning_days
from core.signals.privacy import removal_log
from core.signals.themes import (
    add_theme,
    delete_theme,
    list_themes,
    move_theme,
    rename_theme,
    set_theme_active,
)
from ui.errors import show_error
from ui.widgets.form_message import form_message_label
from ui.widgets.spin_box import unit_spin_box


class SignalsSettingsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        layout = QHBoxLayout(self)
        layout.addWidget(self._themes_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._options_box())
        right.addWidget(self._log_box(), 1)
        layout.addLayout(right, 1)

    def _themes_box(self) -> QGroupBox:
        box = QGroupBox(tr("Themes"))
        layout = QVBoxLayout(box)
        hint = QLabel(tr("Ticked themes appear in the logging form. A theme that signals "
                         "carry can be switched off, not deleted."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.themes = QListWidget()
        self.themes.itemChanged.connect(self._toggled)
        # The buttons stand beside the list, so the tab fits a laptop screen.
        row = QHBoxLayout()
        row.addWidget(self.themes, 1)
        buttons = QVBoxLayout()
        for text, slot in ((tr("Add…"), self.add), (tr("Rename…"), self.rename),
                           (tr("Up"), lambda: self.move(-1)), (tr("Down"), lambda: self.move(1)),
                           (tr("Delete"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(tr("Privacy and trends"))
        form = QFormLayout(box)
        self.retention = unit_spin_box(1, 120, tr("months"))
        self.warning = unit_spin_box(1, 365, tr("days"))
        self.threshold = unit_spin_box(1, 1000, tr("signals per quarter"))
        form.addRow(tr("Keep contact details after closing"), self.retention)
        form.addRow(tr("Warn before removal"), self.warning)
        form.addRow(tr("A theme recurs from"), self.threshold)
        self.message = form_message_label()
        save = QPushButton(tr("Save"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(save)
        form.addRow(row)
        return box

    def _log_box(self) -> QGroupBox:
        box = QGroupBox(tr("Removed personal details"))
        layout = QVBoxLayout(box)
        self.log = QListWidget()
        self.log.setWordWrap(True)
        layout.addWidget(self.log)
        return box

    def load(self, db) -> None:
        self.db = db
        self.retention.setValue(retention_months(db))
        self.warning.setValue(warning_days(db))
        self.threshold.setValue(recurrence_threshold(db))
        self.message.setText("")
        self._fill_themes()
        self.log.clear()
        for record in removal_log(db):
            self.log.addItem(tr("{when}: signal {number} — {reason}",
                                when=format_datetime(record.removed_at),
                                number=record.signal_id, reason=record.reason_label))
        if not self.log.count():
            self.log.addItem(tr("(nothing removed yet)"))

    def _fill_themes(self, current_id: int | None = None) -> None:
        self.themes.blockSignals(True)
        self.themes.clear()
        for theme in list_themes(self.db, include_inactive=True):
            item = QListWidgetItem(theme.label)
            item.setData(Qt.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if theme.active else Qt.Unchecked)
            self.themes.addItem(item)
            if theme.id == current_id:
                self.themes.setCurrentItem(item)
        self.themes.blockSignals(False)

    def _current_id(self) -> int | None:
        item = self.themes.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _run(self, action, current_id: int | None = None) -> None:
        try:
            action()
        except RaadswerkError as error:
            show_error(self, error)
        self._fill_themes(current_id)

    def _toggled(self, item: QListWidgetItem) -> None:
        theme_id = item.data(Qt.UserRole)
        self._run(lambda: set_theme_active(self.db, theme_id, item.checkState() == Qt.Checked),
                  theme_id)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New theme"), tr("Name of the theme"))
        if ok:
            self._run(lambda: add_theme(self.db, name))

    def rename(self) -> None:
        theme_id = self._current_id()
        if theme_id is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename theme"), tr("Name of the theme"),
                                        text=self.themes.currentItem().text())
        if ok:
            self._run(lambda: rename_theme(self.db, theme_id, name), theme_id)

    def move(self, step: int) -> None:
        theme_id = self._current_id()
        if theme_id is not None:
            self._run(lambda: move_theme(self.db, theme_id, step), theme_id)

    def delete(self) -> None:
        theme_id = self._current_id()
        if theme_id is not None:
            self._run(lambda: delete_theme(self.db, theme_id))

    def save(self) -> bool:
        try:
            save_options(self.db, self.retention.value(), self.threshold.value(),
                         self.warning.value())
        except RaadswerkError as error:
            self.message.setText(str(error))
            return False
        self.message.setText(tr("Saved."))
        return True
