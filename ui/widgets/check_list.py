"""A list of names with tick boxes, held as plain data in a model.

A council can have a thousand members; an item object per name (QListWidgetItem) costs
several Qt calls each at every reload, so the names live in one model and the view asks
only for the rows it shows.
"""

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import QListView


class CheckListModel(QAbstractListModel):
    """Rows of (id, name); which ids are ticked is a set."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []
        self._ticked: set[int] = set()

    def set_rows(self, rows: list[tuple[int, str]], ticked: set[int]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked = {row_id for row_id, _ in self._rows if row_id in ticked}
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row_id, name = self._rows[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return name
        if role == Qt.CheckStateRole:
            return Qt.Checked if row_id in self._ticked else Qt.Unchecked
        if role == Qt.UserRole:
            return row_id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802 - Qt's name
        if not index.isValid() or role != Qt.CheckStateRole:
            return False
        row_id = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.Checked:
            self._ticked.add(row_id)
        else:
            self._ticked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.Checked if ticked else Qt.Unchecked
        self.setData(self.index(row), state, Qt.CheckStateRole)

    def ticked_ids(self) -> list[int]:
        """The ticked ids, in the order of the rows."""
        return [row_id for row_id, _ in self._rows if row_id in self._ticked]

    def names(self) -> list[str]:
        return [name for _, name in self._rows]


class CheckList(QListView):
    """A view on a CheckListModel; Space ticks the current row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check_model = CheckListModel(self)
        self.setModel(self.check_model)
        self.setUniformItemSizes(True)  # no measuring of every row

    def count(self) -> int:
        return self.check_model.rowCount()
