"""The advice letter and the reminder, read back from the PDF as the college reads them."""

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from core.advice import get_advice, save_text, set_status, update_advice
from core.advice.letters import (
    advice_letter_pdf,
    make_advice_letter,
    make_reminder_letter,
    reminder_content,
)
from core.advice.opening import letter_parts_in_text
from core.letters import get_letter, letter_pdf
from tests.core.advice.conftest import adopted_advice, new_advice

TEXT = """# Advies over de huishoudelijke hulp

Wij adviseren **ruimhartig** te zijn en *snel* te beslissen.

- vaste hulpen
- korte wachttijden

1. Eerst het gesprek
2. Dan het besluit

Kosten & baten: <geen> \\*sterretje\\*"""


def _text(pdf: bytes) -> str:
    """The letter's words, with line wrapping undone."""
    pages = (page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(" ".join(pages).split())


def test_advice_letter_reads_like_the_advice(profiled):
    db = profiled
    advice_id = adopted_advice(db, TEXT)
    letter_id = make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
    text = _text(letter_pdf(db, letter_id))
    assert "Aan het college van burgemeester en wethouders van Haarlem" in text
    assert "Haarlem, 3 april 2026" in text
    assert "2026-01" in text  # our reference
    assert "Advies Huishoudelijke hulp" in text
    assert "Geacht college," in text
    assert "Advies over de huishoudelijke hulp" in text
    assert "ruimhartig" in text and "**" not in text
    assert "vaste hulpen" in text and "Eerst het gesprek" in text
    assert "Kosten & baten: <geen> *sterretje*" in text
    assert "Ōgai Øzdemir" in text and "voorzitter" in text and "Jan de Vries" in text
    letter = get_letter(db, letter_id)
    assert letter.kind == "advice" and letter.content.reference == "2026-01"


def test_letter_to_the_council_and_their_reference(profiled):
    from core.advice import update_advice

    db = profiled
    advice_id = adopted_advice(db)
    data = get_advice(db, advice_id).to_input()
    data.addressee, data.their_reference = "council", "Z/26/123"
    update_advice(db, advice_id, data)
    text = _text(advice_letter_pdf(db, make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
                                   and advice_id))
    assert "Aan de leden van de gemeenteraad van Haarlem" in text
    assert "Geachte leden van de raad," in text
    assert "Z/26/123" in text


def test_remaking_an_unsent_letter_replaces_it(profiled):
    db = profiled
    advice_id = adopted_advice(db)
    first = make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
    second = make_advice_letter(db, advice_id, dt.date(2026, 4, 6))
    assert first == second
    assert "6 april 2026" in _text(letter_pdf(db, first))
    assert db.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 1


def test_reminder_refers_to_date_and_reference(profiled):
    db = profiled
    advice_id = adopted_advice(db)
    make_advice_letter(db, advice_id, dt.date(2026, 4, 3))
    set_status(db, advice_id, "sent", dt.date(2026, 4, 3))
    content = reminder_content(db, advice_id, dt.date(2026, 6, 10))
    assert "3 april 2026" in content.body and "2026-01" in content.body
    letter_id = make_reminder_letter(db, advice_id, content)
    text = _text(letter_pdf(db, letter_id))
    assert "Herinnering: reactie op advies 2026-01" in text
    assert "Op 3 april 2026 hebben wij u ons advies ‘Huishoudelijke hulp’ gestuurd" in text
    advice = get_advice(db, advice_id)
    assert advice.reminded_on == dt.date(2026, 6, 10)
    assert get_letter(db, letter_id).sent_on == dt.date(2026, 6, 10)


def test_print_command_writes_the_letter(demo_file, tmp_path):
    out = tmp_path / "advies.pdf"
    result = subprocess.run(
        [sys.executable, "main.py", "print", "advice", "--db", str(demo_file), "--advice",
         "2026-05", "-o", str(out)], capture_output=True, text=True,
        cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 0, result.stderr
    text = _text(out.read_bytes())
    assert "Woonvisie: wonen met zorg" in text and "2026-05" in text
    missing = subprocess.run(
        [sys.executable, "main.py", "print", "advice", "--db", str(demo_file), "--advice",
         "2031-01", "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True,
        cwd=Path(__file__).resolve().parents[3])
    assert missing.returncode == 1
    assert "Er is geen advies 2031-01" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_reminder_command_drafts_a_reminder(demo_file, tmp_path):
    out = tmp_path / "herinnering.pdf"
    result = subprocess.run(
        [sys.executable, "main.py", "print", "advice-reminder", "--db", str(demo_file),
         "--advice", "2026-03", "-o", str(out)], capture_output=True, text=True,
        cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 0, result.stderr
    assert "Herinnering" in _text(out.read_bytes())


def _letter_text(db, advice_id: int) -> str:
    save_text(db, advice_id, "Wij adviseren **ruimhartig** te zijn.")
    set_status(db, advice_id, "adopted", dt.date(2026, 4, 1))
    return _text(letter_pdf(db, make_advice_letter(db, advice_id, dt.date(2026, 4, 3))))


def test_requested_advice_opens_with_the_request_and_its_reference(profiled):
    advice_id = new_advice(profiled, subject="Inkoop *Wmo* 2027", their_reference="Z/26/118")
    text = _letter_text(profiled, advice_id)
    opening = ("Op uw verzoek van 13 maart 2026 (uw kenmerk Z/26/118) brengen wij advies uit "
               "over ‘Inkoop *Wmo* 2027’.")
    assert opening in text
    assert text.index("Geacht college,") < text.index(opening) < text.index("Wij adviseren")


def test_unsolicited_advice_opens_on_the_councils_own_initiative(profiled):
    advice_id = new_advice(profiled, kind="unsolicited", subject="Eenzaamheid")
    text = _letter_text(profiled, advice_id)
    assert "Uit eigen beweging brengen wij advies uit over ‘Eenzaamheid’." in text
    assert "Op uw verzoek" not in text



def test_the_letters_of_a_confidential_advice_say_so_on_every_page(profiled):
    advice_id = new_advice(profiled)
    data = get_advice(profiled, advice_id).to_input()
    data.confidential = True
    update_advice(profiled, advice_id, data)
    assert get_advice(profiled, advice_id).confidential
    text = _letter_text(profiled, advice_id)
    assert "Vertrouwelijk" in text
    set_status(profiled, advice_id, "sent", dt.date(2026, 4, 3))
    reminder = reminder_content(profiled, advice_id, dt.date(2026, 6, 1))
    assert reminder.confidential


def test_a_text_that_greets_or_closes_itself_is_pointed_out():
    assert "aanhef" in letter_parts_in_text("Geacht college,\n\nWij adviseren.")
    assert "aanhef" in letter_parts_in_text("**Beste** wethouder,\n\nWij adviseren.")
    assert "afsluiting" in letter_parts_in_text("Wij adviseren.\n\nMet vriendelijke groet,")
    assert "afsluiting" in letter_parts_in_text("Wij adviseren.\n\nHoogachtend,\n")
    for fine in ("Wij adviseren het college.", "De beste aanpak is …\n\nGroeten van de raad",
                 ""):
        assert letter_parts_in_text(fine) == "", fine
