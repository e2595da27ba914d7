"""Going to Adviezen or Brieven asks the list for the rows in view, not for every row
(#18: sizing the columns to their contents on each visit asked for 20,000 cells). The
cost is counted in data() calls, not timed; speed.py times it."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.advice import AdviceInput, create_advice
from tests.scale.ten_year import build_ten_year_council
from ui.models.lazy_table import LazyTableModel

LISTS = {"advice": lambda page: page.model, "letters": lambda page: page.archive.model}


@pytest.fixture(scope="module")
def four_years(tmp_path_factory):
    """60 advice and 120 letters: more rows than a window shows, and than the sample."""
    return build_ten_year_council(tmp_path_factory.mktemp("vier") / "vier-jaar.raadswerk",
                                  years=4, seed=11)


@pytest.fixture
def opened(window, qtbot, four_years, tmp_path):
    copy = tmp_path / "vier-jaar.raadswerk"
    copy.write_bytes(four_years.path.read_bytes())
    assert window.open_file(copy)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def go_to(window, section: str) -> None:
    window.navigation.setCurrentRow(window.section_index(section))
    QApplication.processEvents()


@pytest.fixture
def rows_asked(monkeypatch):
    """The rows (per list) whose text the views ask for from now on."""
    asked: dict[int, set[int]] = {}
    original = LazyTableModel.data

    def counting(self, index, role=Qt.DisplayRole):
        if int(role) == int(Qt.DisplayRole):
            asked.setdefault(id(self), set()).add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(LazyTableModel, "data", counting)
    return asked


@pytest.mark.parametrize("section", LISTS)
def test_going_back_to_a_page_asks_only_for_the_rows_in_view(opened, rows_asked, section):
    go_to(opened, section)
    go_to(opened, "overview")
    rows_asked.clear()
    go_to(opened, section)
    model = LISTS[section](opened.page(section))
    assert model.rowCount() >= 60
    shown = rows_asked.get(id(model), set())
    assert shown, "the list was not drawn"
    assert len(shown) < model.rowCount() / 2


def test_after_a_change_the_page_shows_it_still_without_asking_every_row(opened, rows_asked):
    page = opened.page("advice")
    go_to(opened, "advice")
    before = page.model.total()
    go_to(opened, "overview")
    create_advice(opened.council.db, AdviceInput(subject="Nieuw: de regiotaxi",
                                                 request_date=dt.date.today()))
    rows_asked.clear()
    go_to(opened, "advice")
    assert page.model.total() == before + 1
    subjects = [page.model.row_at(row).subject for row in range(page.model.rowCount())]
    assert "Nieuw: de regiotaxi" in subjects
    assert len(rows_asked.get(id(page.model), set())) < page.model.rowCount() / 2


def test_the_columns_are_wide_enough_for_the_dates(opened):
    go_to(opened, "letters")
    table = opened.page("letters").archive.table
    metrics = table.fontMetrics()
    model = table.model()
    date = model.data(model.index(0, 0), Qt.DisplayRole)
    assert table.columnWidth(0) >= metrics.horizontalAdvance(date)
