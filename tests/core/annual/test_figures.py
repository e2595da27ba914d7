"""The year's figures against a small file counted by hand (see conftest.py)."""

import datetime as dt

from core.annual.figures import collect_figures
from tests.core.annual.small_council import TODAY


def test_meetings_held_per_kind_in_the_year_only(small):
    figures = collect_figures(small, 2025, TODAY)
    assert figures.meetings["council"] == 2  # not the one of December 2024 or January 2026
    assert figures.meetings["alderman"] == 1
    assert figures.meetings["backing_group"] == 0
    assert figures.meetings_held == 3


def test_attendance_per_member(small):
    rows = {row.name: row for row in collect_figures(small, 2025, TODAY).attendance}
    assert set(rows) == {"Wilhelmina Zwartkop", "Barend Quispel", "Cornelia Vlasblom"}
    chair = rows["Wilhelmina Zwartkop"]
    assert (chair.present, chair.with_notice, chair.absent, chair.present_percent) == \
        (3, 0, 0, 100)
    leaver = rows["Cornelia Vlasblom"]
    assert (leaver.present, leaver.with_notice, leaver.absent, leaver.present_percent) == \
        (0, 1, 1, 0)
    assert rows["Barend Quispel"].recorded == 1


def test_composition_on_31_december(small):
    composition = collect_figures(small, 2025, TODAY).composition
    assert composition.on == dt.date(2025, 12, 31)
    assert [p.name for p in composition.members] == [
        "Wilhelmina Zwartkop", "Barend Quispel", "Dorothea Pruimelaar"]  # board first
    assert composition.member_count == 2  # the adviser is no member
    assert [(p.name, p.date) for p in composition.joined] == [
        ("Barend Quispel", dt.date(2025, 3, 1))]
    assert [(p.name, p.date) for p in composition.left] == [
        ("Cornelia Vlasblom", dt.date(2025, 9, 30))]
    assert [(p.name, p.date) for p in composition.terms_ending] == [
        ("Wilhelmina Zwartkop", dt.date(2026, 5, 31))]


def test_advice_per_kind_outcomes_and_response_times(small):
    advice = collect_figures(small, 2025, TODAY).advice
    assert advice.requests_received == 3
    requested, unsolicited = advice.per_kind["requested"], advice.per_kind["unsolicited"]
    assert requested.sent == 2 and unsolicited.sent == 1  # the one sent in 2024 is not
    assert requested.outcomes == {"adopted": 1, "partly": 1, "rejected": 0}
    assert unsolicited.outcomes == {"adopted": 0, "partly": 0, "rejected": 0}
    assert unsolicited.unanswered == 1 and advice.unanswered == 1
    assert advice.median_days_to_advice == 39.5  # 30 and 49 days
    assert advice.sent_after_deadline == 1  # 49 days against a term of 6 weeks
    assert advice.median_days_to_response == 63  # 42 and 84 days
    assert advice.responses_late == 2  # 84 days, and one still missing after 8 weeks


def test_signals_per_theme_quarter_and_channel(small):
    signals = collect_figures(small, 2025, TODAY).signals
    assert signals.total == 4
    by_code = {theme.code or theme.name: theme for theme in signals.trend.themes}
    assert signals.trend.count(by_code["wmo_support"].id, (2025, 1)) == 3
    assert signals.trend.theme_total(by_code["housing"].id) == 1
    assert signals.trend.count(by_code["debt"].id, (2025, 3)) == 1
    assert [theme.code for theme in signals.trend.recurring_themes] == ["wmo_support"]
    assert dict(signals.channels) == {"walk_in": 1, "phone": 2, "email": 1, "meeting": 0,
                                      "network": 0, "other": 0}


def test_actions_and_letters(small):
    figures = collect_figures(small, 2025, TODAY)
    assert (figures.actions.opened, figures.actions.closed, figures.actions.open_at_end) == \
        (3, 2, 2)
    assert figures.letters["free"] == 1  # the one not sent does not count
    assert figures.letters["advice"] == 3
    assert figures.letters_sent == 4


def test_the_current_year_counts_until_today(small):
    figures = collect_figures(small, 2026, dt.date(2026, 1, 10))
    assert figures.period.counted_until == dt.date(2026, 1, 10)
    assert figures.meetings_held == 0  # the meeting of 15 January is still to come
    assert figures.actions.closed == 1


def test_an_empty_year_counts_nothing(small):
    figures = collect_figures(small, 2019, TODAY)
    assert figures.meetings_held == 0 and figures.attendance == []
    assert figures.advice.sent == 0 and figures.advice.median_days_to_response is None
    assert figures.signals.total == 0 and figures.letters_sent == 0
