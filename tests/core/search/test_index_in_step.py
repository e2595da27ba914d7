"""The search index follows every write, in the same transaction, and forgets erased text."""

import re

import pytest

from core.driver import sqlite
from core.members.erasure import erase_member
from core.schema.step_008_search import SOURCES
from core.search.engine import search
from core.search.maintenance import missing_triggers, out_of_step, purge, rebuild
from core.signals.privacy import erase_reporter


def text_columns(db, index):
    """The text columns the index reads (numbers like ref_year are left alone)."""
    table, columns = SOURCES[index]
    used = set(re.findall(r"\{r\}\.(\w+)", " ".join(columns.values())))
    return sorted(row[1] for row in db.execute(f"PRAGMA table_info({table})")
                  if row[1] in used and (row[2] or "").upper() == "TEXT")


def test_the_demo_written_through_the_program_is_indexed_in_step(demo):
    assert missing_triggers(demo.db) == []
    assert out_of_step(demo.db) == []
    for table in {table for table, _ in SOURCES.values()}:
        assert demo.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table


@pytest.mark.parametrize("index", list(SOURCES))
def test_every_change_to_an_indexed_table_keeps_the_index_in_step(demo, index):
    db = demo.db
    table, _columns = SOURCES[index]
    for column in text_columns(db, index):
        with db.atomic():
            db.execute(f"UPDATE {table} SET {column} = {column} || ' Ærøskøbing' "
                       f"WHERE id % 2 = 0 AND {column} IS NOT NULL")
        assert out_of_step(db) == [], column
    if table == "signals":
        with db.atomic():
            db.execute("UPDATE signals SET sensitive = 1 - sensitive")
        assert out_of_step(db) == []
    with db.atomic():
        db.execute(f"DELETE FROM {table} WHERE id % 3 = 0")
    assert out_of_step(db) == []
    with db.atomic():
        db.execute(f"DELETE FROM {table}")
    assert out_of_step(db) == []
    assert db.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH 'aeroskobing'"
                      ).fetchone()[0] == 0


def test_a_failed_write_leaves_record_and_index_as_they_were(demo):
    db = demo.db
    before = search(db, "ozdemir")
    with pytest.raises(sqlite.IntegrityError), db.atomic():
        db.execute("UPDATE members SET last_name = 'Vanderlinde' WHERE last_name = 'Øzdemir'")
        db.execute("INSERT INTO members (id, last_name, created_at, updated_at) "
                   "SELECT id, 'x', '', '' FROM members LIMIT 1")  # a clash: rolls back
    assert search(db, "vanderlinde") == []
    assert [g.total for g in search(db, "ozdemir")] == [g.total for g in before]
    assert out_of_step(db) == []


def test_an_index_out_of_step_is_noticed_and_rebuilt(demo):
    db = demo.db
    with db.atomic():
        db.execute("DROP TRIGGER search_letters_au")
        db.execute("UPDATE letters SET subject = 'Kwispeldoorn' WHERE id = 1")
    assert missing_triggers(db) == ["search_letters_au"]
    assert out_of_step(db) == ["search_letters"]
    rebuild(db, ("search_letters",))
    assert out_of_step(db) == []
    assert search(db, "kwispel")[0].hits[0].record_id == 1


def raw(council) -> bytes:
    council.db.close()
    return council.path.read_bytes()


def test_an_erased_member_is_gone_from_the_index_and_the_bytes(demo):
    db = demo.db
    member_id = db.execute("SELECT id FROM members WHERE last_name = 'Øzdemir'").fetchone()[0]
    db.execute("UPDATE members SET notes = 'Zwanenburgerpad' WHERE id = ?", [member_id])
    erase_member(db, member_id)
    assert search(db, "zwanenburgerpad") == []
    assert out_of_step(db) == []
    assert b"zwanenburgerpad" not in raw(demo).lower()


def test_an_erased_reporter_is_gone_from_the_index_and_the_bytes(demo):
    db = demo.db
    signal_id = db.execute("SELECT id FROM signals ORDER BY id LIMIT 1").fetchone()[0]
    with db.atomic():
        db.execute("UPDATE signals SET description = 'Schoonmoederhofje', "
                   "handled_note = 'Kwaadsprekerij' WHERE id = ?", [signal_id])
    purge(db)  # the words are merged into the index, as after a day of work
    db.execute("PRAGMA secure_delete = ON")
    erase_reporter(db, [signal_id])
    assert search(db, "schoonmoeder", include_sensitive=True) == []
    assert search(db, "kwaadspreker") == []
    assert out_of_step(db) == []
    data = raw(demo).lower()
    assert b"schoonmoederhofje" not in data and b"kwaadsprekerij" not in data
