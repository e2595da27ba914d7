"""The printed signalenrapportage: counts, chart, anonymised summaries, sensitive text out."""

import datetime as dt
import io

from pypdf import PdfReader

from core.cli import build_parser
from core.signals import ContactInput, change_status
from core.signals.report import signals_report_pdf
from core.signals.repository import set_handled_note

FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def compact(text: str) -> str:
    return " ".join(text.split())


def fill(db, add):
    add(dt.date(2026, 2, 3), "transport", description="Regiotaxi kwam anderhalf uur te laat.")
    add(dt.date(2026, 2, 9), "transport", channel="phone",
        description="Regiotaxi <b>weigert</b> rolstoel & rollator.")
    secret = add(dt.date(2026, 3, 1), "income", channel="email", sensitive=True,
                 description="Heeft kanker en komt 300 euro per maand tekort.",
                 contact=ContactInput(consent_on=dt.date(2026, 3, 1), name="Gerda Visser",
                                      phone="06-98765432"))
    set_handled_note(db, secret, "Samen met huisarts gesproken over de diagnose.")
    add(dt.date(2026, 7, 1), "housing", description="Buiten de periode.")
    return secret


def test_sensitive_descriptions_stay_out_unless_asked_for(db, add):
    fill(db, add)
    text = compact(pdf_text(signals_report_pdf(db, FIRST, LAST)))
    assert "kanker" not in text and "300 euro" not in text
    assert "diagnose" not in text  # the note of a sensitive signal stays out too
    assert "Omschrijving weggelaten: deze bevat gevoelige gegevens." in text
    asked = compact(pdf_text(signals_report_pdf(db, FIRST, LAST, include_sensitive=True)))
    assert "Gevoelig: Heeft kanker en komt 300 euro per maand tekort." in asked
    assert "Niet verspreiden." in asked


def test_the_report_never_names_the_reporter(db, add):
    fill(db, add)
    for include in (False, True):
        text = pdf_text(signals_report_pdf(db, FIRST, LAST, include_sensitive=include))
        assert "Gerda" not in text and "98765432" not in text


def test_counts_per_theme_and_channel_are_printed(db, add):
    fill(db, add)
    text = compact(pdf_text(signals_report_pdf(db, FIRST, LAST)))
    assert "Signalenrapportage" in text
    assert "Periode: 1 januari 2026 tot en met 30 juni 2026" in text
    assert "ontving de raad 3 signalen" in text
    assert "Vervoer 2 0 2" in text  # Q1 2026, Q2 2026, total
    assert "Inkomen en armoede 1 0 1" in text
    assert "Spreekuur 1 33 %" in text and "Telefoon 1 33 %" in text
    assert "Buiten de periode" not in text


def test_typed_markup_prints_literally(db, add):
    fill(db, add)
    text = compact(pdf_text(signals_report_pdf(db, FIRST, LAST)))
    assert "Regiotaxi <b>weigert</b> rolstoel & rollator." in text


def test_recurring_themes_are_named(db, add):
    for day in (1, 2, 3, 4, 5):
        add(dt.date(2026, 4, day), "wmo_support")
    text = compact(pdf_text(signals_report_pdf(db, FIRST, LAST)))
    assert ("Terugkerende thema's (ten minste 5 signalen in één kwartaal): "
            "Wmo-ondersteuning thuis.") in text


def test_an_empty_period_still_makes_a_readable_report(db):
    text = compact(pdf_text(signals_report_pdf(db, FIRST, LAST)))
    assert "ontving de raad 0 signalen" in text
    assert "Geen signalen in deze periode." in text


def test_the_demo_report_for_two_years_prints(demo_council):
    data = signals_report_pdf(demo_council.db, dt.date(2024, 11, 1), dt.date(2026, 11, 22))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 3
    assert "Signalenrapportage" in reader.pages[0].extract_text()
    # The running header names the whole period, not "… tot en met 22 nov…".
    second = reader.pages[1].extract_text()
    assert "Signalenrapportage 1 november 2024 tot en met 22 november 2026" in second
    assert "…" not in second


def test_print_signals_command(council, add, tmp_path, capsys):
    fill(council.db, add)
    change_status(council.db, 1, "closed", today=dt.date(2026, 11, 1))
    council.close()
    out = tmp_path / "rapport.pdf"
    args = build_parser().parse_args(["print", "signals", "--db", str(council.path), "--from",
                                      "01-01-2026", "--to", "2026-06-30", "-o", str(out)])
    assert args.handler(args) == 0
    text = compact(pdf_text(out.read_bytes()))
    assert "ontving de raad 3 signalen" in text and "kanker" not in text


def test_print_signals_command_refuses_a_bad_date(council, tmp_path, capsys):
    from main import main

    council.close()
    code = main(["print", "signals", "--db", str(council.path), "--from", "31-02-2026",
                 "--to", "2026-06-30", "-o", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "'31-02-2026' is geen datum" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
