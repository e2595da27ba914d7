"""The demo's previous year is complete: its annual figures, counted by hand from
core/demo/previous_year.py, core/demo/members.py and core/demo/advice.py."""

from core.annual.figures import collect_figures
from core.annual.texts import load_texts
from tests.conftest import DEMO_TODAY


def test_meetings_and_attendance_of_the_previous_year(demo_council):
    figures = collect_figures(demo_council.db, 2025, DEMO_TODAY)
    # Ten council meetings (no July, August), four with the alderman, two with civil
    # servants, three of the working groups and two with the backing group.
    assert {kind: n for kind, n in figures.meetings.items() if n} == {
        "council": 10, "alderman": 4, "civil_servants": 2, "working_group": 3,
        "backing_group": 2}
    # One apology per meeting, one absence without notice (the fourth meeting).
    assert sum(row.with_notice for row in figures.attendance) == 21
    assert sum(row.absent for row in figures.attendance) == 1
    chair = next(row for row in figures.attendance if row.name == "Anneke van der Berg")
    assert chair.recorded == 18  # council, alderman, civil servants and backing group


def test_composition_of_the_previous_year(demo_council):
    composition = collect_figures(demo_council.db, 2025, DEMO_TODAY).composition
    # Twelve active people: minus the adviser, the official secretary and the aspiring
    # member who joined this year.
    assert composition.member_count == 9
    assert sorted(p.name for p in composition.joined) == ["Noor van Dijk", "Sevgi Øzdemir"]
    assert sorted(p.name for p in composition.left) == ["Renée Smeets", "Zoë Mulder"]


def test_advice_of_the_previous_year(demo_council):
    advice = collect_figures(demo_council.db, 2025, DEMO_TODAY).advice
    assert advice.per_kind["requested"].sent == 4 and advice.per_kind["unsolicited"].sent == 2
    assert advice.per_kind["requested"].outcomes == {"adopted": 2, "partly": 2, "rejected": 0}
    assert advice.per_kind["unsolicited"].outcomes == {"adopted": 1, "partly": 0,
                                                       "rejected": 1}
    assert advice.unanswered == 0
    # Responses come 42 + (length of the subject mod 20) days after sending:
    # 58, 49, 54, 48, 52, 59 days; two of them later than eight weeks.
    assert advice.median_days_to_response == 53
    assert advice.responses_late == 2


def test_actions_letters_and_texts_of_the_previous_year(demo_council):
    figures = collect_figures(demo_council.db, 2025, DEMO_TODAY)
    assert (figures.actions.opened, figures.actions.closed) == (10, 8)
    assert figures.letters["free"] == 2 and figures.letters["advice"] == 6
    assert figures.signals.total > 0
    texts = load_texts(demo_council.db, 2025)
    assert "speerpunten" in texts.priorities and texts.foreword and texts.outlook
