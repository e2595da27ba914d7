"""A narrow list: optional columns step aside (and come back with room), then the widest
give way; never a sideways scroll bar."""

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from ui.widgets.column_sizing import ColumnsInView


def _table(qtbot, optional):
    model = QStandardItemModel(3, 5)
    for row in range(3):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"kolom {column} rij {row}"))
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    guard = ColumnsInView(table, optional=optional)
    for column in range(5):
        table.horizontalHeader().resizeSection(column, 150)
    table.show()
    return table, guard


def _hidden(table) -> list[int]:
    return [c for c in range(5) if table.horizontalHeader().isSectionHidden(c)]


def test_optional_columns_step_aside_in_order_and_come_back(qtbot):
    table, guard = _table(qtbot, optional=(4, 3))
    table.resize(420, 200)
    qtbot.waitUntil(lambda: _hidden(table) == [3, 4])
    table.resize(640, 200)
    qtbot.waitUntil(lambda: _hidden(table) == [4])
    table.resize(900, 200)
    qtbot.waitUntil(lambda: _hidden(table) == [])
    qtbot.waitUntil(lambda: all(table.horizontalHeader().sectionSize(c) == 150
                                for c in range(4)))  # their own width again
    assert not table.horizontalScrollBar().isVisible()


def test_without_optional_columns_the_widest_give_way(qtbot):
    table, guard = _table(qtbot, optional=())
    table.resize(420, 200)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(5))
                    <= table.viewport().width())
    assert _hidden(table) == []
    assert not table.horizontalScrollBar().isVisible()
