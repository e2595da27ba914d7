"""A big council file opens like a small one: no screen makes an item per record.

1,000 members (the meeting details list every one as an invitee) and 16,000 reporters'
contact details past their retention date (each one a warning on Overzicht) once made
the program build tens of thousands of list items at start-up. Now the first lines show,
with the number of the rest, and the invitee list is a model the view reads on demand.
"""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from core.attention import AttentionItem
from core.database import open_council
from core.demo.people import PEOPLE
from core.meetings.model import Meeting
from core.meetings.repository import create_meeting
from core.members.repository import create_member
from core.signals.intake import log_signal
from core.signals.model import ContactInput, SignalInput
from core.signals.status import change_status
from core.signals.themes import list_themes
from ui.pages.overview import LINES_PER_GROUP, shortened

MEMBERS = 1_000
WARNINGS = 16_000
# Real today: opening the file applies retention with the real date, so the warnings must
# lie ahead of it, whatever day the tests run.
TODAY = dt.date.today()


def add_members(db) -> list[int]:
    ids = []
    for number in range(MEMBERS):
        first, prefix, last = PEOPLE[number % len(PEOPLE)]
        ids.append(create_member(db, {
            "first_name": first, "prefix": prefix, "last_name": f"{last} {number}",
            "role": "member", "start_date": dt.date(2024, 1, 1)}))
    return ids


def add_closed_signals_with_contacts(db) -> None:
    """Reporters whose contact details are removed in a few days (the 12 months are up)."""
    theme = list_themes(db)[0].id
    closed = TODAY - dt.timedelta(days=355)
    with db.atomic():
        for number in range(WARNINGS):
            signal_id = log_signal(
                db, SignalInput(received_on=closed, channel="phone", theme_ids=[theme],
                                description=f"Melding {number}"),
                ContactInput(consent_on=closed, name=f"Melder {number}",
                             phone="06-12345678"), today=closed)
            change_status(db, signal_id, "closed", today=closed)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "groot.raadswerk"
    council = open_council(path, create=True)
    db = council.db
    member_ids = add_members(db)
    meeting_id = create_meeting(
        db, Meeting(id=None, kind="council", date=TODAY + dt.timedelta(days=7),
                    start_time="19:30", end_time="21:30", location="Stadhuis"), member_ids)
    add_closed_signals_with_contacts(db)
    council.close()
    return path, meeting_id


@pytest.fixture
def opened(window, big_file, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.pages.overview.current_date", lambda: TODAY)
    path, _meeting_id = big_file
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    assert window.open_file(copy)
    return window


def test_overzicht_shows_the_first_warnings_and_counts_the_rest(opened):
    page = opened.page("overview")
    page.refresh()
    signal_lines = [line.text() for line in page.lines()
                    if line.data(Qt.UserRole).section == "signals"]
    assert len(signal_lines) <= LINES_PER_GROUP
    # 6 one by one, then "Contactgegevens die binnenkort worden verwijderd: nog 15.994".
    assert "verwijderd: nog 15.994" in signal_lines[-1], signal_lines  # closes the group
    assert page.attention.count() < 60  # headings and lines, not 16,000 items


def test_meeting_details_list_every_member_without_an_item_each(opened, big_file):
    opened.show_section("meetings", big_file[1])
    details = opened.page("meetings").details
    assert details.members_list.count() == MEMBERS
    assert len(details._checked_members()) == MEMBERS
    assert details.members_list.check_model.names()[0]


def test_any_long_group_is_shortened_to_a_line_that_opens_its_page():
    items = [AttentionItem(section="members", item_id=number, title=f"Termijn {number}",
                           group="Leden") for number in range(1, 21)]
    shown = shortened(items)
    assert len(shown) == LINES_PER_GROUP
    assert [item.item_id for item in shown[:-1]] == list(range(1, LINES_PER_GROUP))
    more = shown[-1]
    assert more.title == "… en nog 13 regels"
    assert (more.section, more.item_id) == ("members", None)
    assert shortened(items[:LINES_PER_GROUP]) == items[:LINES_PER_GROUP]
