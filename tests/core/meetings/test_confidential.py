"""Confidential is confidential: the closed part of a meeting (besloten deel) and
confidential documents stay out of every print for the public, and every page of a print
for members that shows them says so."""

import io

from pypdf import PdfReader

from core.i18n import format_clock
from core.meetings import agenda
from core.meetings.agenda_document import render_agenda
from core.meetings.attachments import add_document
from core.meetings.followup import add_action, add_decision
from core.meetings.invitation import make_invitation
from core.meetings.minutes_document import render_minutes
from core.meetings.pack import render_pack
from core.meetings.papers import for_public, load_papers
from main import main
from tests.core.meetings.test_documents import pdf_with_pages

MARK = "Vertrouwelijk — bevat gevoelige gegevens"


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _closed_meeting(db, meeting_id, members):
    """An open item with one confidential document, and a closed item with a sub-item."""
    open_item = agenda.add_item(db, meeting_id, "Woonvisie", explanation="Openbaar stuk.")
    add_document(db, open_item, "woonvisie.pdf", pdf_with_pages(1), "Woonvisie")
    secret_doc = add_document(db, open_item, "klacht.pdf", pdf_with_pages(2),
                                     "Klacht van mevrouw Jansen")
    agenda.set_document_confidential(db, secret_doc, True)
    closed = agenda.add_item(db, meeting_id, "Klacht over de wethouder",
                             explanation="Persoonlijke situatie van een inwoner.",
                             presenter="mr. A. Verborgen", confidential=True,
                             minutes="De raad bespreekt de klacht van mevrouw Jansen.")
    agenda.add_item(db, meeting_id, "Reactie aan de klager", parent_id=closed)
    add_document(db, closed, "dossier.pdf", pdf_with_pages(3), "Dossier")
    add_decision(db, meeting_id, "De klacht wordt doorgestuurd.", closed)
    add_action(db, meeting_id, "Bel mevrouw Jansen", agenda_item_id=closed)
    return closed


def test_the_members_agenda_shows_the_closed_part_and_every_page_says_so(db, meeting_id,
                                                                         members):
    _closed_meeting(db, meeting_id, members)
    pages = _pages(render_agenda(load_papers(db, meeting_id)))
    text = "\n".join(pages)
    assert "Klacht over de wethouder" in text and "Persoonlijke situatie" in text
    assert "Vertrouwelijk — besloten deel van de vergadering" in text
    assert "Klacht van mevrouw Jansen (vertrouwelijk)" in text
    assert all(MARK in page for page in pages)


def test_the_public_agenda_keeps_only_the_number_of_a_closed_item(db, meeting_id, members):
    _closed_meeting(db, meeting_id, members)
    members_text = "\n".join(_pages(render_agenda(load_papers(db, meeting_id))))
    pages = _pages(render_agenda(for_public(load_papers(db, meeting_id))))
    text = "\n".join(pages)
    for secret in ("Klacht over de wethouder", "Persoonlijke situatie", "Verborgen",
                   "Reactie aan de klager", "Dossier", "mevrouw Jansen", "Bel mevrouw"):
        assert secret not in text, secret
    assert "Woonvisie" in text and "Openbaar stuk." in text
    assert text.count("Vertrouwelijk punt (besloten deel)") == 2  # the item and its sub-item
    assert not any(MARK in page for page in pages)
    # The numbers stay the same in both versions.
    papers = load_papers(db, meeting_id)
    numbers = [(item.number, item.start) for item in papers.items]
    assert [(item.number, item.start) for item in for_public(papers).items] == numbers
    closed = next(item for item in papers.items if item.title == "Klacht over de wethouder")
    assert f"{closed.number}\n{format_clock(closed.start)}\nVertrouwelijk punt" in text
    assert "Klacht over de wethouder" in members_text


def test_the_public_pack_leaves_confidential_pages_out(db, meeting_id, members):
    _closed_meeting(db, meeting_id, members)
    members_pack, _ = render_pack(load_papers(db, meeting_id, with_attachments=True))
    public_pack, _ = render_pack(for_public(load_papers(db, meeting_id, with_attachments=True)))
    members_pages, public_pages = _pages(members_pack), _pages(public_pack)
    # Public: the agenda and the one open document; members: five more attached pages.
    assert len(members_pages) - len(public_pages) == 2 + 3
    assert not any("Klacht" in page or "Dossier" in page for page in public_pages)
    confidential = [page for page in members_pages if "Vertrouwelijk ·" in page]
    assert len(confidential) == 5  # every page of both confidential documents


def test_the_public_minutes_say_only_that_it_was_discussed_in_private(db, meeting_id,
                                                                      members):
    _closed_meeting(db, meeting_id, members)
    members_text = "\n".join(_pages(render_minutes(load_papers(db, meeting_id))))
    assert "De raad bespreekt de klacht" in members_text
    assert "De klacht wordt doorgestuurd." in members_text
    public_text = "\n".join(_pages(render_minutes(for_public(load_papers(db, meeting_id)))))
    for secret in ("klacht", "Klacht", "Bel mevrouw", "doorgestuurd"):
        assert secret not in public_text, secret
    assert "Besproken in het besloten deel van de vergadering." in public_text


def test_the_print_commands_make_the_public_version(council, meeting_id, members, tmp_path):
    _closed_meeting(council.db, meeting_id, members)
    path = council.path
    council.close()
    for document in ("agenda", "pack", "minutes"):
        out = tmp_path / f"{document}.pdf"
        assert main(["print", document, "--db", str(path), "--meeting", str(meeting_id),
                     "--public", "-o", str(out)]) == 0
        text = "\n".join(_pages(out.read_bytes()))
        assert "Klacht over de wethouder" not in text and "mevrouw Jansen" not in text


def test_the_invitation_with_a_closed_part_says_so_on_every_page(db, meeting_id, members):
    _closed_meeting(db, meeting_id, members)
    _letter_id, pdf = make_invitation(db, meeting_id)
    pages = _pages(pdf)
    assert len(pages) >= 2 and all(MARK in page for page in pages)
