"""Printed meeting papers read back as a reader would, the .ics read back as a calendar
would, and the commands."""

import datetime as dt
import io

from icalendar import Calendar
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from core.meetings import agenda, agenda_pdf, attachments, followup, repository
from core.meetings.agenda_document import render_presence_list
from core.meetings.calendar import meeting_ics, upcoming_ics
from core.meetings.invitation import make_invitation
from core.meetings.minutes_document import render_minutes
from core.meetings.pack import render_pack
from core.meetings.papers import load_papers
from main import main


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def pdf_with_pages(count: int) -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for page in range(count):
        drawing.drawString(100, 700, f"Bijlage pagina {page + 1}")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def test_agenda_pdf_lists_items_in_order_with_times_and_presenters(db, meeting_id, members):
    item = agenda.add_item(db, meeting_id, "Huishoudelijke hulp & <wachttijden>",
                           presenter="Sevgi Øzdemir", duration=30, purpose="decision",
                           requested_by_id=members[2])
    agenda.add_item(db, meeting_id, "Cijfers", parent_id=item, duration=10,
                    presenter="Hiroshi Ōgai")
    attachments.add_document(db, item, "notitie.pdf", pdf_with_pages(1), "Notitie wachttijden")
    text = text_of(agenda_pdf(db, meeting_id))
    order = ["Opening en vaststelling", "Mededelingen", "Verslag van de vorige",
             "Actielijst", "Ingekomen stukken", "Huishoudelijke hulp & <wachttijden>",
             "Cijfers", "Rondvraag", "Sluiting"]
    positions = [text.index(title) for title in order]
    assert positions == sorted(positions)
    for expected in ("19.30", "20.15", "20.45", "20.55", "Sevgi Øzdemir", "Hiroshi Ōgai",
                     "ter besluitvorming", "6a", "Notitie wachttijden",
                     "Geagendeerd op verzoek van Hiroshi Ōgai", "donderdag 10 december 2026",
                     "Stadhuis"):
        assert expected in text, expected


def test_presenters_names_stay_on_one_line_where_the_item_column_has_room(db, meeting_id):
    agenda.add_item(db, meeting_id, "Adviesaanvraag", presenter="Mohamed El Amrani")
    agenda.add_item(db, meeting_id, "Beleid",
                    presenter="Annemieke van den Broek-Oosterhuis (namens de wethouder)")
    lines = text_of(agenda_pdf(db, meeting_id)).splitlines()
    assert any("Mohamed El Amrani" in line for line in lines)
    # A name longer than twice its column wraps, rather than squeezing the items.
    assert not any("Annemieke van den Broek-Oosterhuis (namens" in line for line in lines)


def test_pack_merges_agenda_and_attachments_with_page_numbers(db, meeting_id):
    first = agenda.add_item(db, meeting_id, "Beleidsplan")
    attachments.add_document(db, first, "plan.pdf", pdf_with_pages(3), "Beleidsplan")
    attachments.add_document(db, first, "notitie.docx", b"PK\x03\x04 not a pdf", "Notitie")
    attachments.add_document(db, first, "kapot.pdf", b"%PDF-1.4 broken", "Kapot")
    attachments.add_document(db, first, "brief.pdf", pdf_with_pages(2), "Brief")
    papers = load_papers(db, meeting_id, with_attachments=True)
    pdf, left_out = render_pack(papers)
    agenda_pages = len(PdfReader(io.BytesIO(agenda_pdf(db, meeting_id))).pages)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == agenda_pages + 5
    assert left_out == ["Notitie", "Kapot"]
    last = reader.pages[-1].extract_text()
    assert f"blz. {agenda_pages + 5} van {agenda_pages + 5}" in last
    assert "Bijlage pagina 2" in last
    first_attachment = reader.pages[agenda_pages].extract_text()
    assert "Bij agendapunt 6: Beleidsplan" in first_attachment
    assert f"(blz. {agenda_pages + 1})" in text_of(pdf)  # the agenda points to the page


def test_minutes_show_attendance_notes_decisions_and_actions(db, meeting_id, members):
    invitees = repository.list_invitees(db, meeting_id)
    repository.set_attendance(db, invitees[0].id, "present")
    repository.set_attendance(db, invitees[1].id, "present")
    repository.set_attendance(db, invitees[2].id, "absent_notice")
    item = agenda.list_agenda(db, meeting_id)[2]
    agenda.update_item(db, item.id, minutes="Het verslag is besproken.")
    followup.add_decision(db, meeting_id, "Het verslag wordt vastgesteld.", item.id)
    followup.add_action(db, meeting_id, "Verslag op de website zetten", members[1],
                        dt.date(2026, 12, 20), item.id)
    text = text_of(render_minutes(load_papers(db, meeting_id)))
    for expected in ("Verslag", "Aanwezig (2)", "Afwezig met kennisgeving", "Hiroshi Ōgai",
                     "Het verslag is besproken.", "Besluit 2026-01", "Besluitenlijst",
                     "Actielijst", "Verslag op de website zetten", "20-12-2026"):
        assert expected in text, expected


def test_presence_list_has_every_invitee(db, meeting_id):
    repository.add_guest(db, meeting_id, "C. Vermeulen", "Gemeente Lindewaarde")
    text = text_of(render_presence_list(load_papers(db, meeting_id)))
    for expected in ("Presentielijst", "Anneke van der Berg", "Voorzitter", "C. Vermeulen",
                     "Gemeente Lindewaarde", "Handtekening"):
        assert expected in text, expected


def test_invitation_is_kept_in_the_letters_archive(db, meeting_id):
    from core.letters import get_letter, letter_pdf

    letter_id, pdf = make_invitation(db, meeting_id, dt.date(2026, 11, 22))
    letter = get_letter(db, letter_id)
    assert letter.kind == "invitation"
    # The council's own meeting is named after the council, never "Raadsvergadering"
    # (readers think of the gemeenteraad); the article fits the name; times as 19.30 uur.
    assert letter.content.subject == "Uitnodiging Vergadering van de Wmo-raad 10 december 2026"
    assert letter.content.reference == "2026-V1210"
    text = " ".join(text_of(letter_pdf(db, letter_id)).split())
    assert "Wij nodigen u uit voor de vergadering van de Wmo-raad op donderdag 10 december " \
           "2026 van 19.30 tot 21.30 uur" in text
    assert "Agenda" in text and "Rondvraag" in text
    assert pdf == letter_pdf(db, letter_id)


def test_invitation_is_one_letter_then_the_agenda_once(db, meeting_id):
    agenda.add_item(db, meeting_id, "Wachttijden huishoudelijke hulp", duration=30)
    _letter_id, pdf = make_invitation(db, meeting_id, dt.date(2026, 11, 22))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    total = len(pages)
    # Page one is the whole letter: reference, text, signers and the enclosure line.
    first = " ".join(pages[0].split())
    for expected in ("Ons kenmerk: 2026-V1210", "Wij nodigen u uit", "Met vriendelijke groet",
                     "Bijlage(n): Agenda", f"Pagina 1 van {total}"):
        assert expected in first, expected
    assert "Wachttijden" not in pages[0]
    # The agenda follows once, numbered on from the letter.
    everything = "\n".join(pages)
    assert everything.count("Wachttijden huishoudelijke hulp") == 1
    assert f"Pagina 2 van {total}" in pages[1]
    assert all("Pagina 1 van" not in page for page in pages[1:])


def test_one_invitation_per_meeting_until_it_is_sent(db, meeting_id):
    from core.letters import get_letter, letter_pdf, list_letters, mark_sent

    first_id, _pdf = make_invitation(db, meeting_id, dt.date(2026, 11, 22))
    agenda.add_item(db, meeting_id, "Nagekomen punt", duration=10)
    second_id, updated = make_invitation(db, meeting_id, dt.date(2026, 11, 24))
    assert second_id == first_id
    assert len(list_letters(db, kind="invitation")) == 1
    assert "Nagekomen punt" in text_of(updated)
    assert get_letter(db, first_id).content.letter_date == dt.date(2026, 11, 24)
    mark_sent(db, first_id, dt.date(2026, 11, 24))
    agenda.add_item(db, meeting_id, "Nog later", duration=10)
    third_id, sent_pdf = make_invitation(db, meeting_id, dt.date(2026, 11, 30))
    assert third_id == first_id and sent_pdf == letter_pdf(db, first_id)
    assert "Nog later" not in text_of(sent_pdf)


def test_ics_reads_back_with_amsterdam_time(db, meeting_id, new_meeting):
    new_meeting(day=dt.date(2026, 6, 11))  # past: not in 'upcoming'
    calendar = Calendar.from_ical(meeting_ics(db, meeting_id))
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    start = event.decoded("dtstart")
    assert start == dt.datetime(2026, 12, 10, 19, 30, tzinfo=start.tzinfo)
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert event.decoded("dtend").hour == 21
    assert str(event["summary"]).startswith("Vergadering van de Wmo-raad")
    assert str(event["location"]) == "Stadhuis"
    assert "1. Opening" in str(event["description"])
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    upcoming = Calendar.from_ical(upcoming_ics(db, dt.date(2026, 11, 22)))
    assert len(upcoming.walk("VEVENT")) == 1


def test_commands_print_and_export(council, meeting_id, tmp_path, capsys):
    path = str(council.path)
    council.close()
    out = tmp_path / "agenda.pdf"
    assert main(["print", "agenda", "--db", path, "--meeting", str(meeting_id),
                 "-o", str(out)]) == 0
    assert "Opening en vaststelling" in text_of(out.read_bytes())
    for document in ("minutes", "presence", "pack", "invitation"):
        target = tmp_path / f"{document}.pdf"
        assert main(["print", document, "--db", path, "--meeting", str(meeting_id),
                     "-o", str(target)]) == 0
        assert PdfReader(str(target)).pages
    ics = tmp_path / "vergaderingen.ics"
    assert main(["export", "calendar", "--db", path, "--meeting", str(meeting_id),
                 "-o", str(ics)]) == 0
    assert b"BEGIN:VEVENT" in ics.read_bytes()
    assert main(["print", "agenda", "--db", path, "--meeting", "999", "-o",
                 str(out)]) == 1
    assert "Deze vergadering bestaat niet meer." in capsys.readouterr().err


def _municipal_letter() -> bytes:
    """An attachment as municipalities make them: letterhead at the top edge, a case
    number in the bottom right corner (exactly where a pack puts its page number)."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    width, height = drawing._pagesize
    drawing.drawString(40, height - 20, "Gemeente Lindewaarde | Stadhuisplein 1")
    drawing.drawString(100, 500, "Inhoud van de brief")
    drawing.drawRightString(width - 40, 25, "Zaaknummer Z/26/12345")
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def _text_heights(page) -> list[tuple[str, float]]:
    """(text, height on the page) of every piece of text, as the reader places it."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            found.append((text.strip(), tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


def test_pack_never_covers_the_attachments_own_text(db, meeting_id):
    item = agenda.add_item(db, meeting_id, "Brief van de gemeente")
    attachments.add_document(db, item, "brief.pdf", _municipal_letter(), "Brief gemeente")
    pdf, _left_out = render_pack(load_papers(db, meeting_id, with_attachments=True))
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[-1]
    pieces = _text_heights(page)
    own = [height for text, height in pieces if "Zaaknummer" in text or "Stadhuisplein" in text]
    pack = [height for text, height in pieces if "Vergaderstukken" in text or
            "Bij agendapunt" in text]
    assert len(own) == 2 and len(pack) == 2
    footer, header = sorted(pack)
    case_number, letterhead = sorted(own)
    # The pack's lines sit in bands of their own, outside the attachment's text.
    assert footer < case_number - 8 and letterhead < header - 8
    text = page.extract_text()
    assert "Zaaknummer Z/26/12345" in text and "Gemeente Lindewaarde | Stadhuisplein 1" in text


def test_pack_agenda_pages_carry_one_page_number_each(db, meeting_id):
    item = agenda.add_item(db, meeting_id, "Beleidsplan")
    attachments.add_document(db, item, "plan.pdf", pdf_with_pages(2), "Beleidsplan")
    pdf, _left_out = render_pack(load_papers(db, meeting_id, with_attachments=True))
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    agenda_pages = total - 2
    for number, page in enumerate(reader.pages[:agenda_pages], start=1):
        text = page.extract_text()
        assert text.count("blz.") == 1 + text.count("(blz.")
        assert f"blz. {number} van {total}" in text
        assert "Pagina" not in text
