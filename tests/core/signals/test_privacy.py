"""Requests for access and erasure: everything about one reporter, exported or erased."""

import datetime as dt
import json

import pytest

from core.errors import ValidationError
from core.signals import ContactInput, change_status, get_signal
from core.signals.privacy import (
    erase_reporter,
    find_reporter,
    get_contact,
    removal_log,
    remove_contact,
)
from core.signals.reporters import export_reporter_json, get_reporter, reporter_candidates
from core.signals.trends import theme_trend

DAY = dt.date(2026, 5, 1)


def reporter(name, phone):
    return ContactInput(consent_on=DAY, name=name, phone=phone, email="")


def test_find_export_and_erase_one_reporter(db, add):
    first = add(DAY, "debt", description="Beslag op uitkering.",
                contact=reporter("Ludmila Nowak", "06-111 222 33"))
    second = add(DAY, "income", description="Geen geld voor schoolspullen.",
                 contact=reporter("Ludmila Nowak", "0611122233"))
    other = add(DAY, "income", description="Ander verhaal.",
                contact=reporter("Piet Schouten", "06-99988877"))
    change_status(db, first, "in_progress", "Teruggebeld", today=DAY)
    found = {contact.signal_id for contact in find_reporter(db, "nowak")}
    assert found == {first, second}
    assert {c.signal_id for c in find_reporter(db, "06 111 222 33")} == {first, second}

    [ludmila] = reporter_candidates(db, "nowak")
    assert ludmila.signal_ids == sorted(found)
    exported = json.loads(export_reporter_json(db, ludmila))
    assert exported["reporter"] == {"number": first, "name": "Ludmila Nowak"}
    assert [record["contact"]["name"] for record in exported["signals"]] == [
        "Ludmila Nowak", "Ludmila Nowak"]
    assert exported["signals"][0]["description"] == "Beslag op uitkering."
    assert exported["signals"][0]["history"][1]["note"] == "Teruggebeld"

    before = theme_trend(db, DAY, DAY).total_signals
    assert erase_reporter(db, sorted(found), today=DAY) == 2
    for signal_id in found:
        signal = get_signal(db, signal_id)
        assert get_contact(db, signal_id) is None
        assert signal.description == "(gewist op verzoek)"
        assert signal.erased_on == DAY
    assert "Teruggebeld" not in export_reporter_json(db, get_reporter(db, other)).decode()
    assert "Teruggebeld" not in json.dumps(
        [get_signal(db, first).handled_note, get_signal(db, first).description])
    assert get_contact(db, other).name == "Piet Schouten"
    assert get_signal(db, other).description == "Ander verhaal."
    assert theme_trend(db, DAY, DAY).total_signals == before  # counts keep telling the truth
    assert {record.reason for record in removal_log(db)} == {"erasure"}


def test_withdrawn_consent_removes_the_contact_and_records_it(db, add):
    signal_id = add(DAY, "debt", contact=reporter("Bep Dekker", "06-12121212"))
    assert remove_contact(db, signal_id) is True
    assert get_contact(db, signal_id) is None
    assert remove_contact(db, signal_id) is False
    assert [record.reason_label for record in removal_log(db)] == ["Toestemming ingetrokken"]


def test_a_search_needs_two_characters(db):
    with pytest.raises(ValidationError, match="minstens twee tekens"):
        find_reporter(db, " a ")


def test_search_text_with_wildcards_matches_literally(db, add):
    add(DAY, "debt", contact=reporter("Roel van Wijk", "06-12121212"))
    assert find_reporter(db, "%_") == []
    assert find_reporter(db, "'; DROP TABLE signals; --") == []


def test_export_reporter_command(council, add, tmp_path, capsys):
    from main import main

    add(DAY, "debt", description="Beslag.", contact=reporter("Aïcha Tahiri", "06-55544433"))
    council.close()
    out = tmp_path / "inzage.json"
    assert main(["export", "reporter", "--db", str(council.path), "--search", "tahiri",
                 "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["signals"][0]["contact"]["name"] == "Aïcha Tahiri"
    assert main(["export", "reporter", "--db", str(council.path), "--search", "nobody",
                 "-o", str(tmp_path / "none.json")]) == 1
    assert "Geen contactgegevens gevonden bij 'nobody'." in capsys.readouterr().err


def test_the_overview_for_the_reporter_holds_all_their_details(db, add):
    import io

    from pypdf import PdfReader

    from core.signals.access_document import reporter_pdf

    signal_id = add(DAY, "debt", description="Beslag op de uitkering <te> hoog.",
                    contact=reporter("Ludmila Nowak", "06-11122233"))
    change_status(db, signal_id, "in_progress", "Teruggebeld", today=DAY)
    data = reporter_pdf(db, get_reporter(db, signal_id), today=dt.date(2026, 6, 2))
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "Overzicht van uw gegevens" in text
    assert "Voor Ludmila Nowak, opgesteld op 2 juni 2026." in text
    for expected in ("Ludmila Nowak", "06-11122233", "toestemming gegeven op 1 mei 2026",
                     "Beslag op de uitkering <te> hoog.", "Van Nieuw naar In behandeling",
                     "Teruggebeld", "12 maanden"):
        assert expected in text


def test_a_search_lists_people_not_signals(db, add):
    """'de' matches two people: two candidates, each with only their own signals."""
    ids = [add(DAY, "debt", contact=reporter("Anna de Vries", "06-11111111")),
           add(DAY + dt.timedelta(days=30), "income",
               contact=reporter("anna  de vries", "0611111111")),
           add(DAY, "income", contact=reporter("Dennis Bakker", "06-22222222")),
           add(DAY, "housing", contact=reporter("Anna de Vries", "06-33333333"))]
    candidates = reporter_candidates(db, "de")
    assert [(c.reporter_id, c.signal_ids) for c in candidates] == [
        (ids[0], ids[:2]), (ids[2], [ids[2]]), (ids[3], [ids[3]])]
    anna = candidates[0]
    assert anna.masked_contact == "06••••••11"
    assert anna.describe() == ("Anna de Vries — 06••••••11 — "
                               "1 mei 2026 tot en met 31 mei 2026 — signalen: 2")
    assert "06-11111111" not in anna.describe()
    exported = json.loads(export_reporter_json(db, anna))
    assert [record["signal"] for record in exported["signals"]] == ids[:2]


def test_an_email_links_the_rows_of_one_person(db, add):
    first = add(DAY, "debt", contact=ContactInput(consent_on=DAY, name="Sem Ouali",
                                                  phone="06-44444444", email="sem@mail.nl"))
    second = add(DAY, "debt", contact=ContactInput(consent_on=DAY, name="Sem Ouali",
                                                   phone="", email="SEM@mail.nl"))
    [sem] = reporter_candidates(db, "ouali")
    assert sem.signal_ids == [first, second]
    assert sem.masked_contact == "06••••••44 · s•••@mail.nl"
    assert get_reporter(db, second).reporter_id == first


def test_the_command_refuses_an_ambiguous_search_and_takes_a_number(council, add, tmp_path,
                                                                     capsys):
    from main import main

    anna = add(DAY, "debt", description="Anna's verhaal.",
               contact=reporter("Anna de Vries", "06-11111111"))
    dennis = add(DAY, "income", description="Dennis' verhaal.",
                 contact=reporter("Dennis Bakker", "06-22222222"))
    council.close()
    out = tmp_path / "inzage.json"
    base = ["export", "reporter", "--db", str(council.path), "-o", str(out)]
    assert main([*base, "--search", "de"]) == 1
    err = capsys.readouterr().err
    assert "'de' past bij verschillende personen (2):" in err
    assert f"{anna}  Anna de Vries — 06••••••11 — 1 mei 2026 — signalen: 1" in err
    assert "Dennis Bakker" in err and "06-22222222" not in err
    assert "kies er één met --reporter NUMMER" in err
    assert not out.exists()
    assert main([*base, "--reporter", str(dennis)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["reporter"]["name"] == "Dennis Bakker"
    assert [record["description"] for record in data["signals"]] == ["Dennis' verhaal."]
    assert main([*base, "--reporter", "999"]) == 1
    assert "Er is geen melder met nummer 999" in capsys.readouterr().err
