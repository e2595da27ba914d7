"""The Overzicht against the demo: the lines a secretary needs, each opening its record."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from core.i18n import format_date
from ui.pages.overview import OverviewPage


@pytest.fixture
def page(qtbot, demo_council):
    widget = OverviewPage()
    qtbot.addWidget(widget)
    widget.set_council(demo_council)
    widget.show()
    return widget


def _texts(page) -> list[str]:
    return [line.text() for line in page.lines()]


def test_lines_of_every_feature(page):
    texts = "\n".join(_texts(page))
    assert "Advies 2026-07: Verordening individuele studietoeslag" in texts
    assert "termijn 6 dagen geleden verstreken" in texts
    assert "Advies 2026-06: Mantelzorgbeleid 2027" in texts
    assert "Reactie uitgebleven: 2026-03 Leerlingenvervoer" in texts
    headings = [page.attention.item(row).text() for row in range(page.attention.count())
                if page.attention.item(row).data(Qt.UserRole) is None]
    assert any(heading.startswith("Adviestermijnen (2)") for heading in headings)
    assert any(heading.startswith("Uitgebleven reacties (1)") for heading in headings)
    # Other features' lines appear here too (actions, terms of office, signals).
    sections = {line.data(Qt.UserRole).section for line in page.lines()}
    assert {"advice", "signals"} <= sections
    assert "over de datum" in page.summary.text()


def test_every_line_opens_what_it_names(qtbot, page):
    for line in page.lines():
        item = line.data(Qt.UserRole)
        with qtbot.waitSignal(page.navigate) as signal:
            page.attention.itemActivated.emit(line)
        assert signal.args == [item.section, item.item_id]


def test_advice_line_opens_the_advice_in_the_window(qtbot, demo_council, prefs, monkeypatch):
    from tests.conftest import DEMO_TODAY
    from ui.main_window import MainWindow

    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.set_council(demo_council)
    overview = window.page("overview")
    monkeypatch.setattr("ui.pages.overview.current_date", lambda: DEMO_TODAY)
    overview.refresh()
    line = next(line for line in overview.lines() if "Mantelzorgbeleid" in line.text())
    overview.attention.itemClicked.emit(line)
    assert window.current_page() is window.page("advice")
    assert window.page("advice").details.heading.text() == "2026-06 — Mantelzorgbeleid 2027"


def test_next_meeting_and_one_click_agenda(page, previews):
    card = page.next_meeting
    assert card.meeting is not None
    assert format_date(card.meeting.date, "full") in card.when.text()
    card.print_button.click()
    title, pdf = previews[-1]
    assert title.startswith("Agenda ")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Agenda" in text


def test_empty_council_says_nothing_is_needed(qtbot, council):
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_council(council)
    assert page.lines() == []
    assert not page.attention.isVisibleTo(page)
    assert page.empty_label.isVisibleTo(page)
    assert page.next_meeting.title.text() == "Geen vergadering gepland"
    assert not page.next_meeting.print_button.isEnabled()
