"""Erasing a person (GDPR): no trace left, and a report of what went."""

import pytest

from core.errors import NotFoundError
from core.members import (
    create_member,
    create_working_group,
    get_member,
    get_working_group,
    list_members,
)
from core.members.erasure import erase_member, erasure_preview

NAME = "Grzegorz"
LAST = "Wałęsaveld"


@pytest.fixture
def linked(db):
    """A member linked from tables of other features, as their schemas declare them."""
    member_id = create_member(db, {"first_name": NAME, "last_name": LAST,
                                   "email": "grzegorz@voorbeeld.nl", "notes": "geheim"})
    keep = create_member(db, {"first_name": "Kees", "last_name": "Jansen"})
    group = create_working_group(db, "Wonen", chair_id=member_id, member_ids=[keep])
    db.execute("CREATE TABLE test_attendance (meeting INTEGER, member_id INTEGER NOT NULL "
               "REFERENCES members(id) ON DELETE CASCADE)")
    db.execute("CREATE TABLE test_actions (id INTEGER PRIMARY KEY, what TEXT, owner_id INTEGER "
               "REFERENCES members(id) ON DELETE SET NULL)")
    db.execute("CREATE TABLE test_forgotten (id INTEGER PRIMARY KEY, member_id INTEGER "
               "REFERENCES members(id))")
    with db.atomic():
        for meeting in (1, 2, 3):
            db.execute("INSERT INTO test_attendance VALUES (?, ?)", [meeting, member_id])
        db.execute("INSERT INTO test_attendance VALUES (1, ?)", [keep])
        db.execute("INSERT INTO test_actions (what, owner_id) VALUES ('Brief sturen', ?)",
                   [member_id])
        db.execute("INSERT INTO test_forgotten (member_id) VALUES (?)", [member_id])
    # A full-text index as sqlite-utils builds it keeps its own copy of the words.
    db["members"].enable_fts(["first_name", "last_name", "email"], create_triggers=False)
    return db, member_id, keep, group


def test_the_preview_says_what_will_go(linked):
    db, member_id, _keep, _group = linked
    lines = erasure_preview(db, member_id).lines()
    assert lines[0] == f"De ledengegevens van {NAME} {LAST} met alle contactgegevens"
    assert "3 × verwijderd uit test_attendance.member_id" in lines
    assert "1 × naam verwijderd uit werkgroepen waarvan hij of zij voorzitter was" in lines
    assert get_member(db, member_id).last_name == LAST  # nothing happened yet


def test_erasure_removes_every_trace(linked, council):
    db, member_id, keep, group = linked
    report = erase_member(db, member_id)
    text = report.summary()
    assert "3 × verwijderd uit test_attendance.member_id" in text
    assert "1 × naam verwijderd uit test_actions.owner_id" in text
    assert "1 × naam verwijderd uit test_forgotten.member_id" in text
    assert "zoekindex members_fts opnieuw opgebouwd" in text
    with pytest.raises(NotFoundError):
        get_member(db, member_id)
    assert [m.id for m in list_members(db, "all")] == [keep]
    assert db.execute("SELECT count(*) FROM test_attendance").fetchone()[0] == 1
    assert db.execute("SELECT owner_id FROM test_actions").fetchone()[0] is None
    assert get_working_group(db, group).chair_id is None
    assert db.execute("SELECT count(*) FROM members_fts WHERE members_fts MATCH ?",
                      [LAST]).fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    council.close()
    raw = council.path.read_bytes()
    for trace in (LAST, "grzegorz@voorbeeld.nl", "geheim"):
        assert trace.encode("utf-8") not in raw, trace


def test_erasing_someone_who_is_gone_says_so(db):
    with pytest.raises(NotFoundError):
        erase_member(db, 42)


def test_the_demo_council_can_erase_any_member(demo_council):
    db = demo_council.db
    member = list_members(db, "all")[0]
    report = erase_member(db, member.id)
    assert report.name == member.display_name
    assert member.id not in [m.id for m in list_members(db, "all")]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_names_in_free_text_are_pointed_out(linked):
    db, member_id, _keep, _group = linked
    db.execute("INSERT INTO letters (kind, letter_date, body, created_at, updated_at) "
               "VALUES ('free', '2026-11-01', ?, '2026-11-01', '2026-11-01')",
               [f"Namens {NAME} {LAST} ..."])
    report = erase_member(db, member_id)
    assert ("De naam staat nog in de tekst van 1 records in letters; pas die teksten zo nodig "
            "met de hand aan.") in report.summary()
