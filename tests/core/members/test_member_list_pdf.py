"""The printed member list: per role and working group, with or without contact details."""

import datetime as dt
import io

from pypdf import PdfReader

from core.members import create_member, list_members
from core.members.member_list import member_list_pdf


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_demo_member_list_shows_roles_groups_and_contacts(demo_council):
    text = _text(member_list_pdf(demo_council.db, today=dt.date(2026, 11, 22)))
    assert "Ledenlijst" in text
    # Advisers and the official secretary are no members: counted apart.
    assert "Stand per 22 november 2026. 10 leden." in text
    assert "Daarnaast 2 adviseurs en ondersteuners, zonder stemrecht." in " ".join(text.split())
    for words in ("Voorzitter", "Penningmeester", "Anneke van der Berg", "Werkgroepen",
                  "Werkgroep Wonen en Zorg", "(voorzitter)", "@voorbeeld.nl",
                  "Zittingstermijnen"):
        assert words in text, words
    assert "Zoë Mulder" not in text  # former members are not on the list


def test_the_public_list_has_no_contact_details(demo_council):
    text = _text(member_list_pdf(demo_council.db, public=True))
    assert "Anneke van der Berg" in text
    assert "@" not in text.split("Pagina")[0].split("Ledenlijst")[-1]
    assert "06-" not in text and "Zittingstermijnen" not in text
    home = list_members(demo_council.db)[0]
    assert home.postcode and home.postcode not in text and home.address not in text


def test_typed_markup_prints_literally(db):
    create_member(db, {"first_name": "<b>Jan</b>", "last_name": "O'Neill & Zn",
                       "represents": "<img src='x'/> 't Gooi"})
    text = _text(member_list_pdf(db))
    assert "<b>Jan</b> O'Neill & Zn" in text
    assert "<img src='x'/> 't Gooi" in text
