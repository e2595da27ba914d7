"""Counts per theme per quarter and per channel, against hand-counted data."""

import datetime as dt

from core.signals.trends import (
    channel_counts,
    default_period,
    quarter_label,
    quarters_between,
    theme_trend,
)

# (date, themes, channel) — counted by hand below.
DATA = [
    (dt.date(2026, 1, 5), ("transport",), "walk_in"),
    (dt.date(2026, 2, 11), ("transport",), "phone"),
    (dt.date(2026, 3, 31), ("transport", "income"), "walk_in"),
    (dt.date(2026, 4, 1), ("transport",), "email"),
    (dt.date(2026, 4, 2), ("income",), "walk_in"),
    (dt.date(2026, 6, 30), ("income",), "walk_in"),
    (dt.date(2026, 7, 1), ("housing",), "network"),
    (dt.date(2025, 12, 31), ("housing",), "walk_in"),  # outside the period
]
# Q1 2026: transport 3, income 1.  Q2 2026: transport 1, income 2.  Q3 2026: housing 1.
FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 9, 30)


def fill(add):
    for day, codes, channel in DATA:
        add(day, *codes, channel=channel)


def test_theme_counts_per_quarter_match_the_hand_count(db, add, themes):
    fill(add)
    trend = theme_trend(db, FIRST, LAST, threshold=3)
    assert trend.quarters == [(2026, 1), (2026, 2), (2026, 3)]
    counted = {theme.code: [trend.count(theme.id, q) for q in trend.quarters]
               for theme in trend.themes}
    assert counted == {"income": [1, 2, 0], "housing": [0, 0, 1], "transport": [3, 1, 0]}
    assert trend.total_signals == 7  # signals, not theme mentions (8)
    assert trend.theme_total(themes["transport"]) == 4


def test_only_themes_at_the_threshold_are_recurring(db, add, themes):
    fill(add)
    trend = theme_trend(db, FIRST, LAST, threshold=3)
    assert trend.recurring == {(themes["transport"], (2026, 1))}
    assert [theme.code for theme in trend.recurring_themes] == ["transport"]
    assert [theme.code for theme in theme_trend(db, FIRST, LAST, 2).recurring_themes] == [
        "income", "transport"]


def test_channel_counts_match_the_hand_count(db, add):
    fill(add)
    assert dict(channel_counts(db, FIRST, LAST)) == {
        "walk_in": 4, "phone": 1, "email": 1, "meeting": 0, "network": 1, "other": 0}


def test_quarters_and_labels():
    assert quarters_between(dt.date(2025, 11, 3), dt.date(2026, 2, 1)) == [(2025, 4),
                                                                           (2026, 1)]
    assert quarter_label((2026, 3)) == "K3 2026"
    assert default_period(dt.date(2026, 11, 22)) == (dt.date(2025, 10, 1),
                                                     dt.date(2026, 11, 22))


def test_an_empty_period_counts_nothing(db):
    trend = theme_trend(db, FIRST, LAST)
    assert trend.themes == [] and trend.total_signals == 0 and trend.maximum == 0
