"""Long lists load in batches as the view scrolls, and sort through core."""

from PySide6.QtCore import Qt

from ui.models.lazy_table import BATCH_SIZE, Column, LazyTableModel

NAMES = [f"Lid {number:05d}" for number in range(1, 1001)]


def make_model(calls):
    def fetch(offset, limit, sort_key, descending):
        calls.append((offset, limit, sort_key, descending))
        rows = sorted(NAMES, reverse=descending)
        return rows[offset:offset + limit]

    return LazyTableModel([Column("Naam", lambda row: row, sort_key="name")],
                          count=lambda: len(NAMES), fetch=fetch)


def test_only_the_first_batch_is_loaded_at_first():
    calls = []
    model = make_model(calls)
    assert model.rowCount() == BATCH_SIZE
    assert model.total() == len(NAMES)
    assert calls == [(0, BATCH_SIZE, None, False)]


def test_scrolling_fetches_the_next_batches_until_all_are_there():
    calls = []
    model = make_model(calls)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(NAMES)
    assert model.data(model.index(999, 0)) == "Lid 01000"


def test_sorting_asks_core_and_starts_again_from_the_top():
    calls = []
    model = make_model(calls)
    model.sort(0, Qt.DescendingOrder)
    assert calls[-1] == (0, BATCH_SIZE, "name", True)
    assert model.data(model.index(0, 0)) == "Lid 01000"
    assert model.headerData(0, Qt.Horizontal) == "Naam"
