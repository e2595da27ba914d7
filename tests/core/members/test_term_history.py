"""Terms of office with their history, the "4 years, renewable once" rule, roles without a
term, and the Rooster van aftreden."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlite_utils import Database

from core.errors import ValidationError
from core.members import create_member, get_member, update_member
from core.members.rooster import rooster_pdf
from core.members.term_history import list_terms, reappoint
from core.members.terms import save_term_settings, terms_ending
from core.schema import MIGRATIONS
from main import main


def _text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
                    .split())


def test_advisers_and_support_get_no_term_of_office(db):
    adviser = create_member(db, {"last_name": "Smit", "role": "adviseur",
                                 "start_date": "01-09-2022", "term_end": "31-08-2026"})
    support = create_member(db, {"last_name": "Kok", "role": "official_secretary",
                                 "start_date": "01-09-2022"})
    for member_id in (adviser, support):
        member = get_member(db, member_id)
        assert member.term_end is None and not member.reappointable
        assert not member.is_council_member and not member.has_vote
        assert list_terms(db, member_id) == []
    assert terms_ending(db, dt.date(2026, 8, 1), months=120) == []


def test_an_aspiring_member_has_a_term_but_no_vote(db):
    member = get_member(db, create_member(db, {"last_name": "Aa", "role": "aspirant",
                                                "start_date": "01-09-2026"}))
    assert member.is_council_member and not member.has_vote
    assert member.term_end == dt.date(2030, 8, 31)


def test_reappointment_keeps_the_history_and_follows_the_rule(db):
    member_id = create_member(db, {"last_name": "Berg", "start_date": "01-09-2018"})
    assert get_member(db, member_id).term_end == dt.date(2022, 8, 31)
    second = reappoint(db, member_id)
    assert (second.number, second.start, second.end) == (2, dt.date(2022, 9, 1),
                                                         dt.date(2026, 8, 31))
    member = get_member(db, member_id)
    assert member.term_end == dt.date(2026, 8, 31) and not member.reappointable
    assert [t.start for t in list_terms(db, member_id)] == [dt.date(2018, 9, 1),
                                                           dt.date(2022, 9, 1)]
    with pytest.raises(ValidationError) as refused:
        reappoint(db, member_id)
    assert "2 termijnen gezeten" in str(refused.value) and "staat er 2 toe" in str(refused.value)
    assert len(list_terms(db, member_id)) == 2
    save_term_settings(db, 4, 3, terms=3)  # the council changed its reglement
    assert reappoint(db, member_id).end == dt.date(2030, 8, 31)


def test_editing_the_end_changes_the_current_term_only(db):
    member_id = create_member(db, {"last_name": "Berg", "start_date": "01-09-2018"})
    reappoint(db, member_id)
    update_member(db, member_id, {"last_name": "Berg", "start_date": "01-09-2018",
                                  "term_end": "31-12-2026"})
    ends = [t.end for t in list_terms(db, member_id)]
    assert ends == [dt.date(2022, 8, 31), dt.date(2026, 12, 31)]
    with pytest.raises(ValidationError) as caught:
        update_member(db, member_id, {"last_name": "Berg", "start_date": "01-09-2018",
                                      "term_end": "01-01-2022"})
    assert "na het begin van de huidige termijn" in str(caught.value)
    assert list_terms(db, member_id)[-1].end == dt.date(2026, 12, 31)


def test_the_migration_splits_stored_terms_and_clears_advisers(tmp_path):
    db = Database(tmp_path / "old.raadswerk")
    MIGRATIONS.apply(db, stop_before="009_council_practice")
    now = "2026-01-01T00:00:00"
    for name, role, start, end in (("Berg", "member", "2018-09-01", "2026-09-01"),
                                   ("Smit", "adviser", "2020-01-01", "2024-01-01")):
        db.execute("INSERT INTO members (last_name, role, start_date, term_end, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?)", [name, role, start, end, now, now])
    MIGRATIONS.apply(db)
    rows = db.execute("SELECT m.last_name, t.start_date, t.end_date FROM member_terms t "
                      "JOIN members m ON m.id = t.member_id ORDER BY t.start_date").fetchall()
    assert rows == [("Berg", "2018-09-01", "2022-08-31"), ("Berg", "2022-09-01", "2026-09-01")]
    assert db.execute("SELECT term_end FROM members WHERE role = 'adviser'").fetchone() == (None,)


def test_the_rooster_van_aftreden_says_who_steps_down_when(db):
    first = create_member(db, {"first_name": "Anna", "last_name": "Berg",
                               "start_date": "01-09-2018"})
    reappoint(db, first)
    create_member(db, {"first_name": "Kees", "last_name": "Jansen", "start_date": "01-03-2025"})
    create_member(db, {"first_name": "Rob", "last_name": "Smit", "role": "adviser"})
    text = _text(rooster_pdf(db, today=dt.date(2026, 6, 1)))
    assert "Rooster van aftreden" in text
    assert "Termijnen die in 2026 aflopen" in text and "Termijnen die in 2029 aflopen" in text
    assert "Treedt af per 31 augustus 2026; niet herbenoembaar." in text
    assert "Herbenoembaar; uiterlijk tot en met 28 februari 2033." in text
    assert text.index("Anna Berg") < text.index("Kees Jansen")
    assert "Rob Smit" not in text  # an adviser has no term of office


def test_print_terms_on_the_command_line(demo_file, tmp_path):
    out = tmp_path / "rooster.pdf"
    assert main(["print", "terms", "--db", str(demo_file), "-o", str(out)]) == 0
    text = _text(out.read_bytes())
    assert "Rooster van aftreden" in text and "Anneke van der Berg" in text
