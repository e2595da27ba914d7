"""Erased means gone from the file's bytes: every erasure path, read back byte by byte.

Each test first turns ``secure_delete`` off on the connection (as SQLite builds without
the compile-time default have it), writes values that appear nowhere else, checks they
are in the file, erases them through one path, and then searches the raw bytes of the
file and of any journal beside it.
"""

import datetime as dt

import pytest

from core.members import create_member
from core.members.erasure import erase_member
from core.signals import ContactInput, change_status
from core.signals.privacy import apply_retention, erase_reporter, remove_contact

DAY = dt.date(2026, 5, 1)


def raw_bytes(council) -> bytes:
    """What someone who finds the laptop can read: the file and any journal beside it."""
    data = council.path.read_bytes()
    for suffix in ("-journal", "-wal"):
        journal = council.path.with_name(council.path.name + suffix)
        if journal.exists():
            data += journal.read_bytes()
    return data


@pytest.fixture
def insecure(council, db):
    """The connection as a build without the secure-delete default leaves it."""
    db.execute("PRAGMA secure_delete = OFF")
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 0
    # Search indexes hold their own copy of every word; erasure must clear those too.
    db["signals"].enable_fts(["description", "handled_note"], fts_version="FTS5",
                             create_triggers=True)
    return db


def contact(name, phone, email=""):
    return ContactInput(consent_on=DAY, name=name, phone=phone, email=email)


def assert_present_then_gone(council, values, erase):
    before = raw_bytes(council)
    for value in values:
        assert value.encode() in before, f"{value} was never written: the test proves nothing"
    erase()
    after = raw_bytes(council)
    left = [value for value in values if value.encode() in after]
    assert left == [], f"still readable in the file's bytes: {left}"


def test_member_erasure_leaves_no_bytes(council, insecure):
    values = ["Xaverius", "Quetzalbroek", "xaverius.q@voorbeeld.nl", "06-31415926",
              "heeft reuma en COPD"]
    member_id = create_member(insecure, {"first_name": values[0], "last_name": values[1],
                                         "email": values[2], "phone": values[3],
                                         "notes": values[4]})
    create_member(insecure, {"first_name": "Kees", "last_name": "Jansen"})
    assert_present_then_gone(council, values, lambda: erase_member(insecure, member_id))


def test_reporter_erasure_leaves_no_bytes(council, insecure, add):
    values = ["Wendelmoet Zwartkruis", "06-27182818", "wendelmoet@voorbeeld.nl",
              "chronische longziekte en schulden", "teruggebeld over beslagvrije voet"]
    signal_id = add(DAY, "debt", description=values[3],
                    contact=contact(values[0], values[1], values[2]))
    change_status(insecure, signal_id, "in_progress", values[4], today=DAY)
    add(DAY, "income", description="Ander verhaal.", contact=contact("Piet", "0600000000"))
    assert_present_then_gone(council, values,
                             lambda: erase_reporter(insecure, [signal_id], today=DAY))


def test_withdrawn_consent_leaves_no_bytes(council, insecure, add):
    values = ["Bartholomeus Ypenburg", "06-16180339", "bart.y@voorbeeld.nl"]
    signal_id = add(DAY, "debt", contact=contact(*values))
    assert_present_then_gone(council, values,
                             lambda: remove_contact(insecure, signal_id, "consent_withdrawn"))


def test_retention_purge_leaves_no_bytes(council, insecure, add):
    values = ["Gerritdina Hoekstrasma", "06-14142135", "gerritdina@voorbeeld.nl"]
    signal_id = add(DAY, "debt", contact=contact(*values))
    change_status(insecure, signal_id, "closed", today=DAY)
    later = DAY + dt.timedelta(days=5 * 366)
    assert_present_then_gone(council, values, lambda: apply_retention(insecure, later))


def test_the_harness_sees_bytes_that_stay_behind(council, insecure, add):
    """Without secure delete, a plain DELETE leaves the text: the byte search can fail."""
    signal_id = add(DAY, "debt", contact=contact("Achterblijver Restant", "06-99999999"))
    insecure.execute("DELETE FROM signal_contacts WHERE signal_id = ?", [signal_id])
    insecure.conn.commit()
    assert b"Achterblijver Restant" in raw_bytes(council)
