"""Retention removes exactly the contact details that are due, records it, and warns first."""

import datetime as dt

from core.settings import set_setting
from core.signals import ContactInput, change_status, get_signal, status_history
from core.signals.attention import attention_items
from core.signals.options import RETENTION_KEY
from core.signals.privacy import (
    apply_retention,
    contacts_due,
    contacts_due_soon,
    get_contact,
    removal_log,
)

from .conftest import TODAY


def consented(add, day, name):
    return add(day, "income", description=f"Signaal van {name}",
               contact=ContactInput(consent_on=day, name=name, phone="06-12345678"))


def closed_on(db, signal_id, day):
    change_status(db, signal_id, "closed", "Afgehandeld", today=day)


def snapshot(db):
    """Everything except the contact rows: retention must leave all of it alone."""
    return {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("signals", "signal_theme_links", "signal_status_history")
    }


def test_retention_removes_exactly_the_contacts_due(db, add):
    # Hand-made situation on 22 November 2026 with 12 months' retention:
    due_long_ago = consented(add, dt.date(2024, 12, 1), "Gerda Visser")
    closed_on(db, due_long_ago, dt.date(2025, 1, 10))          # due 10-01-2026
    due_today = consented(add, dt.date(2025, 11, 1), "Ahmed Benali")
    closed_on(db, due_today, dt.date(2025, 11, 22))            # due 22-11-2026
    not_yet = consented(add, dt.date(2025, 11, 1), "Truus de Graaf")
    closed_on(db, not_yet, dt.date(2025, 11, 23))              # due 23-11-2026
    still_open = consented(add, dt.date(2024, 1, 5), "Wim Koster")  # never closed
    anonymous = add(dt.date(2024, 2, 1), "income")
    closed_on(db, anonymous, dt.date(2024, 3, 1))
    before = snapshot(db)

    removed = apply_retention(db, TODAY)

    assert sorted(removed) == sorted([due_long_ago, due_today])
    assert get_contact(db, due_long_ago) is None and get_contact(db, due_today) is None
    assert get_contact(db, not_yet).name == "Truus de Graaf"
    assert get_contact(db, still_open).name == "Wim Koster"
    after = snapshot(db)
    # The signals only lose their contact; descriptions, themes and history stay.
    assert after == before
    assert get_signal(db, due_today).description == "Signaal van Ahmed Benali"
    log = removal_log(db)
    assert sorted(record.signal_id for record in log) == sorted(removed)
    assert {record.reason_label for record in log} == {"Bewaartermijn verstreken"}


def test_running_retention_again_removes_nothing_more(db, add):
    signal_id = consented(add, dt.date(2024, 12, 1), "Gerda Visser")
    closed_on(db, signal_id, dt.date(2025, 1, 10))
    assert apply_retention(db, TODAY) == [signal_id]
    assert apply_retention(db, TODAY) == []
    assert len(removal_log(db)) == 1


def test_the_retention_period_is_a_setting(db, add):
    signal_id = consented(add, dt.date(2026, 1, 5), "Gerda Visser")
    closed_on(db, signal_id, dt.date(2026, 3, 1))
    assert apply_retention(db, TODAY) == []
    set_setting(db, RETENTION_KEY, 6)
    assert apply_retention(db, TODAY) == [signal_id]


def test_a_warning_comes_before_removal(db, add):
    soon = consented(add, dt.date(2025, 11, 1), "Truus de Graaf")
    closed_on(db, soon, dt.date(2025, 12, 10))                 # due 10-12-2026
    later = consented(add, dt.date(2026, 1, 1), "Wim Koster")
    closed_on(db, later, dt.date(2026, 6, 1))                  # due 01-06-2027
    assert [item.signal_id for item in contacts_due_soon(db, TODAY)] == [soon]
    assert contacts_due(db, TODAY) == []
    lines = [item for item in attention_items(db, TODAY) if item.item_id == soon]
    assert lines[0].title == "Contactgegevens van een melder worden binnenkort verwijderd"
    assert lines[0].due == dt.date(2026, 12, 10)
    assert lines[0].section == "signals"


def test_reopening_a_signal_stops_the_clock(db, add):
    signal_id = consented(add, dt.date(2024, 12, 1), "Gerda Visser")
    closed_on(db, signal_id, dt.date(2025, 1, 10))
    change_status(db, signal_id, "in_progress", "Melder belde opnieuw", today=TODAY)
    assert apply_retention(db, TODAY) == []
    assert len(status_history(db, signal_id)) == 3


def test_the_demo_has_contacts_past_retention_and_loses_exactly_those(demo_council):
    db = demo_council.db
    due = {item.signal_id for item in contacts_due(db, TODAY)}
    total = db.execute("SELECT COUNT(*) FROM signal_contacts").fetchone()[0]
    assert due, "the demo should show retention at work"
    assert set(apply_retention(db, TODAY)) == due
    assert db.execute("SELECT COUNT(*) FROM signal_contacts").fetchone()[0] == total - len(due)
    assert contacts_due_soon(db, TODAY), "the demo should show the warning too"
