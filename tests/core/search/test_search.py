"""The one search: accents, case, prefixes, several words, groups, sensitive text, PDFs."""

import datetime as dt
import io

from reportlab.pdfgen import canvas

from core.meetings.attachments import add_document
from core.members import create_member
from core.search.engine import search
from core.signals import SignalInput, log_signal
from core.signals.themes import list_themes


def kinds(found):
    return {group.kind: group for group in found}


def test_accents_case_and_prefixes_do_not_matter(demo):
    db = demo.db
    members = kinds(search(db, "OZDEMIR"))["member"]
    assert [hit.title for hit in members.hits] == ["Sevgi Øzdemir"]
    hit = members.hits[0]
    assert hit.snippet[slice(*hit.marks[0])] == "Øzdemir"
    assert hit.section == "members" and hit.item_id == hit.record_id
    advice = kinds(search(db, "wachtl"))["advice"]
    text = advice.hits[0].snippet
    assert any(text[a:b].lower().startswith("wachtlijst") for a, b in advice.hits[0].marks)


def test_more_words_narrow_the_result(demo):
    wide = search(demo.db, "wmo", limit=None)
    narrow = search(demo.db, "wmo eigen bijdrage", limit=None)
    assert 0 < sum(g.total for g in narrow) < sum(g.total for g in wide)
    wide_ids = {(g.kind, hit.record_id) for g in wide for hit in g.hits}
    assert {(g.kind, hit.record_id) for g in narrow for hit in g.hits} <= wide_ids
    assert search(demo.db, "wmo xyzzyq") == []


def test_hits_are_grouped_by_kind_newest_first(demo):
    found = search(demo.db, "wmo", limit=None)
    assert len({group.kind for group in found}) == len(found) >= 4
    for group in found:
        days = [hit.day for hit in group.hits if hit.day]
        assert days == sorted(days, reverse=True), group.kind
        assert group.total == len(group.hits)
    assert all(len(group.hits) <= 3 for group in search(demo.db, "wmo", limit=3))


def _log(db, description, sensitive):
    themes = [theme.id for theme in list_themes(db)][:1]
    return log_signal(db, SignalInput(received_on=dt.date(2026, 11, 20), channel="phone",
                                      theme_ids=themes, description=description,
                                      sensitive=sensitive, target_group="ouderen"),
                      today=dt.date(2026, 11, 22))


def test_sensitive_descriptions_only_when_asked(council):
    db = council.db
    secret = _log(db, "Schuldenlast door gokverslaving van de partner", sensitive=True)
    plain = _log(db, "Gokhal in de wijk trekt jongeren", sensitive=False)
    ordinary = kinds(search(db, "gok"))["signal"]
    assert [hit.record_id for hit in ordinary.hits] == [plain]
    # Found by what is not sensitive, the line still does not show the description.
    by_group = kinds(search(db, "ouderen"))["signal"]
    line = next(hit for hit in by_group.hits if hit.record_id == secret)
    assert "gokverslaving" not in line.title + line.snippet
    assert "gevoelig" in line.title and line.fields == ["doelgroep"]
    asked = kinds(search(db, "gokverslaving", include_sensitive=True))["signal"]
    assert [hit.record_id for hit in asked.hits] == [secret]
    assert "gokverslaving" in asked.hits[0].title


def _pdf(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.save()
    return out.getvalue()


def test_text_of_an_attached_pdf_is_found_and_opens_its_meeting(demo):
    db = demo.db
    item_id, meeting_id = db.execute("SELECT id, meeting_id FROM agenda_items "
                                     "ORDER BY id LIMIT 1").fetchone()
    add_document(db, item_id, "notitie.pdf", _pdf("Notitie over de Keukentafelmethodiek"))
    stored = db.execute("SELECT text FROM files WHERE name = 'notitie.pdf'").fetchone()[0]
    assert "Keukentafelmethodiek" in stored  # extracted once, when attached
    documents = kinds(search(db, "keukentafelmethod"))["document"]
    assert documents.hits[0].title == "notitie.pdf"
    assert (documents.hits[0].section, documents.hits[0].item_id) == ("meetings", meeting_id)


def test_a_damaged_pdf_is_attached_without_text(demo):
    db = demo.db
    item_id = db.execute("SELECT id FROM agenda_items LIMIT 1").fetchone()[0]
    add_document(db, item_id, "kapot.pdf", b"%PDF-1.4 nothing more")
    assert db.execute("SELECT text FROM files WHERE name = 'kapot.pdf'").fetchone() == ("",)


def test_members_are_found_by_name_organisation_and_mail(council):
    db = council.db
    create_member(db, {"first_name": "Łukasz", "last_name": "Wójcik",
                       "email": "lukasz@voorbeeld.nl", "represents": "Cliëntenbelang"})
    for query in ("lukasz", "wojcik", "clientenbel", "voorbeeld"):
        assert kinds(search(db, query))["member"].hits[0].title == "Łukasz Wójcik", query
    assert search(db, "   ") == [] and search(db, "%*\"") == []


def test_with_many_hits_the_newest_come_first(council):
    db = council.db
    stamp = "2026-01-01T00:00:00"
    with db.atomic():
        for day in range(400):
            db.execute("INSERT INTO signals (received_on, channel, description, created_at, "
                       "updated_at) VALUES (?, 'phone', 'Mantelzorgwoning te duur', ?, ?)",
                       [(dt.date(2025, 1, 1) + dt.timedelta(days=(day * 37) % 400)).isoformat(),
                        stamp, stamp])
    group = kinds(search(db, "mantelzorgw"))["signal"]
    assert group.total == 400 and len(group.hits) == 10
    newest = sorted((dt.date(2025, 1, 1) + dt.timedelta(days=(d * 37) % 400) for d in range(400)),
                    reverse=True)[:10]
    assert [hit.day for hit in group.hits] == newest
