"""Back-up terugzetten: the backups of this file, with date, size and what each holds."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.backup import COUNTED_TABLES, BackupInfo, list_backups
from core.i18n import format_datetime, format_number, mark, tr
from ui.widgets.column_sizing import ColumnsInView

COUNT_HEADERS = {
    "members": mark("Members"),
    "meetings": mark("Meetings"),
    "signals": mark("Signals"),
    "advice": mark("Advice"),
}


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{size} MB", size=format_number(size / (1024 * 1024), 1))
    return tr("{size} kB", size=format_number(max(1, round(size / 1024))))


class RestoreDialog(QDialog):
    """Choose a backup to put back; ``chosen`` holds it after the dialog is accepted."""

    def __init__(self, parent, folder: Path, database_path: Path, key=None):
        super().__init__(parent)
        self.key = key  # an encrypted council's key reads its encrypted backups
        self.setWindowTitle(tr("Restore a backup"))
        self.setMinimumSize(760, 420)
        self.folder = Path(folder)
        self.database_path = Path(database_path)
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "Choose the backup to put back. The file as it is now is first kept as a backup "
            "itself, so you can undo the restore by putting that one back."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        other = QPushButton(tr("Other folder…"))
        other.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(other)
        layout.addLayout(folder_row)
        self.table = QTableWidget(0, 3 + len(COUNTED_TABLES))
        self.table.setHorizontalHeaderLabels(
            [tr("Made on"), tr("Why"), tr("Size")] + [tr(COUNT_HEADERS[t]) for t in COUNTED_TABLES])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        ColumnsInView(self.table)  # no sideways scrolling on a small laptop
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(tr("There are no backups of this file in this folder."))
        self.empty_label.setObjectName("formMessage")
        layout.addWidget(self.empty_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.Ok)
        self.restore_button.setText(tr("Restore"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        self.folder_label.setText(tr("Backups in: {folder}", folder=self.folder))
        self.backups = list_backups(self.folder, self.database_path, self.key)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            self._fill_row(row, info)
        self.empty_label.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        cells = [format_datetime(info.made_at), info.reason_label, size_text(info.size)]
        for table in COUNTED_TABLES:
            if not info.readable:
                cells.append(tr("unreadable"))
            else:
                cells.append(format_number(info.counts[table]) if table in info.counts else "—")
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            item.setToolTip(str(info.path))
            self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.readable)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder with backups"),
                                                  str(self.folder))
        if folder:
            self.folder = Path(folder)
            self.load()

    def accept(self) -> None:
        info = self.selected()
        if info is None or not info.readable:
            return
        self.chosen = info
        super().accept()
