"""A table model that loads rows in batches as the view scrolls (fetchMore).

Core supplies two functions: ``count()`` and ``fetch(offset, limit, sort_key,
descending)``; the model never holds more rows than the view has asked for.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

BATCH_SIZE = 200


@dataclass
class Column:
    title: str
    value: Callable[[Any], Any]
    sort_key: str | None = None  # the name core sorts on; None: not sortable
    alignment: Qt.AlignmentFlag = Qt.AlignLeft | Qt.AlignVCenter
    foreground: Callable[[Any], Any] | None = None


class LazyTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: list[Column],
        count: Callable[[], int],
        fetch: Callable[[int, int, str | None, bool], list],
        parent=None,
    ):
        super().__init__(parent)
        self.columns = columns
        self._count = count
        self._fetch = fetch
        self._rows: list = []
        self._total = 0
        self._sort_key: str | None = None
        self._descending = False
        self.reload()

    def reload(self, count: Callable[[], int] | None = None, fetch=None) -> None:
        """Start over (new filter, new file, or after a change)."""
        self.beginResetModel()
        if count is not None:
            self._count, self._fetch = count, fetch
        self._total = self._count()
        self._rows = self._fetch(0, BATCH_SIZE, self._sort_key, self._descending)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        batch = self._fetch(len(self._rows), BATCH_SIZE, self._sort_key, self._descending)
        if not batch:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.UserRole:
            return row
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self._sort_key, self._descending = key, order == Qt.DescendingOrder
        self.reload()

    def row_at(self, row: int):
        return self._rows[row]
