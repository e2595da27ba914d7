"""The ten-year council builder (tests/scale/ten_year.py), one year of it, as the window shows it.

The soak test and its benchmark build ten years; this fast test keeps the builder working
when core's functions change, and checks that what it makes is what a secretary sees.
"""

import pytest

from core.advice import count_advice
from core.database import open_council
from core.letters import count_letters
from tests.scale.ten_year import build_ten_year_council

# One year: 12 seats and 3 members who left, 12 meetings, 200 signals, 15 advice, 30 letters.
ONE_YEAR = {"members": 15, "former": 3, "meetings": 12, "signals": 200, "advice": 15,
            "letters": 30}


@pytest.fixture
def one_year(tmp_path):
    return build_ten_year_council(tmp_path / "een-jaar.raadswerk", years=1, seed=7)


def test_one_year_of_history_shows_its_records_on_every_page(window, one_year):
    assert window.open_file(one_year.path)
    members = window.page("members")
    assert members.count_label.text() == f"{ONE_YEAR['members'] - ONE_YEAR['former']} leden"
    members.status_filter.setCurrentIndex(members.status_filter.findData("former"))
    assert members.count_label.text() == f"{ONE_YEAR['former']} leden"
    meetings = window.page("meetings")
    shown = 0
    for tab in (0, 1):  # upcoming and past
        meetings.when_tabs.setCurrentIndex(tab)
        shown += meetings.meeting_list.count()
    assert shown == ONE_YEAR["meetings"]
    assert window.page("signals").list.count_label.text() == f"{ONE_YEAR['signals']} signalen"
    assert window.page("advice").model.total() == ONE_YEAR["advice"]
    letters = window.page("letters").archive
    assert letters.count_label.text().startswith(f"{ONE_YEAR['letters']} ")
    assert letters.preview.pdf.startswith(b"%PDF-")


def test_the_history_holds_meetings_with_minutes_and_advice_with_letters(one_year):
    assert one_year.agenda_items == 12 * ONE_YEAR["meetings"]  # about twelve items each
    assert one_year.decisions > 0 and one_year.actions > 0
    assert 0 < one_year.upcoming_meetings < one_year.meetings
    council = open_council(one_year.path, create=False, read_only=True)
    try:
        assert count_letters(council.db, "advice") > 0
        assert count_advice(council.db, status="closed") > 0  # responded to, and closed
    finally:
        council.close()
