"""The filtered list behind the Signalen page, and the Overzicht lines."""

import datetime as dt

from core.signals import SignalFilter, change_status, count_signals, fetch_signals
from core.signals.attention import attention_items

from .conftest import TODAY


def ids(db, **criteria):
    return [s.id for s in fetch_signals(db, SignalFilter(**criteria), 0, 100, "received_on",
                                        descending=False)]


def test_filters_combine(db, add, themes):
    a = add(dt.date(2026, 1, 10), "transport", channel="phone",
            description="Regiotaxi te laat", target_group="ouderen")
    b = add(dt.date(2026, 2, 10), "income", channel="walk_in", description="Bijstand 50% lager")
    c = add(dt.date(2026, 3, 10), "transport", "income", channel="walk_in",
            description="Taxi naar de voedselbank", target_group="ouders")
    change_status(db, b, "closed", today=TODAY)
    assert ids(db) == [a, b, c]
    assert ids(db, date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 2, 28)) == [b]
    assert ids(db, theme_id=themes["transport"]) == [a, c]
    assert ids(db, status="open") == [a, c]
    assert ids(db, status="closed") == [b]
    assert ids(db, channel="walk_in", theme_id=themes["income"]) == [b, c]
    # The text filter is the one search's: words that start with what is typed.
    assert ids(db, text="taxi") == [c]
    assert ids(db, text="regiot") == [a]
    assert ids(db, text="ouders") == [c]
    assert ids(db, text="OUDER") == [a, c]
    assert ids(db, text="50%") == [b]
    assert ids(db, text="%") == [a, b, c]  # a typed % is no wildcard and no word either
    assert count_signals(db, SignalFilter(text="taxi voedselbank")) == 1


def test_lazy_pages_and_sorting(db, add):
    for day in range(1, 26):
        add(dt.date(2026, 1, day), "housing")
    first_page = fetch_signals(db, SignalFilter(), 0, 10)
    assert len(first_page) == 10 and first_page[0].received_on == dt.date(2026, 1, 25)
    last_page = fetch_signals(db, SignalFilter(), 20, 10)
    assert [s.received_on.day for s in last_page] == [5, 4, 3, 2, 1]
    by_channel = fetch_signals(db, SignalFilter(), 0, 5, "channel; DROP TABLE signals")
    assert len(by_channel) == 5  # an unknown sort key falls back to the date


def test_new_signals_show_on_the_overview(db, add):
    old = add(dt.date(2026, 10, 1), "housing")
    fresh = add(dt.date(2026, 11, 20), "housing", "debt")
    handled = add(dt.date(2026, 11, 1), "housing")
    change_status(db, handled, "in_progress", today=TODAY)
    lines = {item.item_id: item for item in attention_items(db, TODAY)}
    assert set(lines) == {old, fresh}
    assert lines[old].severity == "soon" and lines[fresh].severity == "info"
    assert lines[fresh].title == "Nieuw signaal: Schuldhulpverlening, Wonen"
    assert lines[old].group == "Signalen"
