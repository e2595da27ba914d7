"""A table model that loads rows in batches as the view scrolls (fetchMore).

Core supplies two functions: ``count()`` and ``fetch(offset, limit, sort_key,
descending)``; the model never holds more rows than the view has asked for.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

BATCH_SIZE = 200
# Qt asks data() for about ten roles per cell, and views that size columns to their
# contents ask for every loaded row again on each change: the roles that answer are
# looked up by number, and each row's texts are made once (dates through Babel are slow).
_DISPLAY, _ALIGNMENT, _FOREGROUND, _USER = (
    int(role) for role in (Qt.DisplayRole, Qt.TextAlignmentRole, Qt.ForegroundRole,
                           Qt.UserRole))


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
        self._texts: dict[int, list[str]] = {}
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
        self._texts = {}
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
        role = int(role)
        if role == _DISPLAY:
            return self._row_texts(index.row())[index.column()]
        if role == _ALIGNMENT:
            return int(self.columns[index.column()].alignment)
        if role == _FOREGROUND:
            column = self.columns[index.column()]
            return column.foreground(self._rows[index.row()]) if column.foreground else None
        if role == _USER:
            return self._rows[index.row()]
        return None

    def _row_texts(self, row: int) -> list[str]:
        texts = self._texts.get(row)
        if texts is None:
            record = self._rows[row]
            texts = ["" if value is None else str(value)
                     for value in (column.value(record) for column in self.columns)]
            self._texts[row] = texts
        return texts

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
