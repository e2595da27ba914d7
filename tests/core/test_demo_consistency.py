"""The demo council agrees with itself: what one screen or letter says, another confirms."""

from core.database import open_council
from core.demo.meetings import TOPIC_ACTIONS
from core.members import list_members
from core.profile import load_profile
from tests.conftest import DEMO_TODAY


def test_the_signers_hold_the_role_the_member_list_gives_them(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        roles = {member.display_name: member.role_label.lower()
                 for member in list_members(council.db)}
        signers = load_profile(council.db).signers
    finally:
        council.close()
    assert len(signers) == 2
    for signer in signers:
        assert roles.get(signer.name) == signer.role.lower(), signer


def test_one_alderman_per_portfolio(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        portfolios = [row[0] for row in council.db.execute(
            "SELECT notes FROM relations WHERE role = 'alderman'")]
    finally:
        council.close()
    assert len(portfolios) >= 2
    assert all(portfolio.startswith("Portefeuille ") for portfolio in portfolios)
    assert len(set(portfolios)) == len(portfolios)


def test_every_action_sits_under_the_topic_it_came_from(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        rows = council.db.execute(
            "SELECT i.title, a.description FROM actions a "
            "JOIN agenda_items i ON i.id = a.agenda_item_id").fetchall()
    finally:
        council.close()
    assert len(rows) >= 20
    mismatched = [(title, action) for title, action in rows
                  if title in TOPIC_ACTIONS and TOPIC_ACTIONS[title] != action]
    assert not mismatched, mismatched[:3]
    assert {title for title, _action in rows} & set(TOPIC_ACTIONS)


def test_minutes_of_past_council_meetings_are_adopted_in_the_next(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        rows = council.db.execute(
            "SELECT date, minutes_approved_on FROM meetings WHERE kind = 'council' "
            "AND date < ? ORDER BY date", [DEMO_TODAY.isoformat()]).fetchall()
    finally:
        council.close()
    assert len(rows) >= 8
    for (date, adopted), (next_date, _next) in zip(rows, rows[1:], strict=False):
        assert adopted == next_date, date
    assert rows[-1][1] is None  # the last one held waits for the next meeting


def test_members_live_in_the_council_s_own_municipality(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        municipality = load_profile(council.db).municipality
        homes = {(member.city, member.postcode[:4]) for member in list_members(council.db)}
    finally:
        council.close()
    assert municipality == "Lindewaarde" and homes
    assert {city for city, _code in homes} == {municipality}
    assert all("7411" <= code <= "7415" for _city, code in homes)


def test_every_advice_request_on_an_agenda_is_in_the_advice_register(demo_file):
    council = open_council(demo_file, read_only=True)
    try:
        requests = [row[0] for row in council.db.execute(
            "SELECT title FROM agenda_items WHERE title LIKE 'Adviesaanvraag %'")]
        subjects = {row[0].lower() for row in council.db.execute("SELECT subject FROM advice")}
    finally:
        council.close()
    assert requests, "the demo's agendas discuss advice requests"
    for title in requests:
        assert title.removeprefix("Adviesaanvraag ").lower() in subjects, title
