"""Dutch a council would send, English a reader would accept: known wrong forms fail.

Each entry is a form a secretary (or an English reader) would correct, with what is right.
The check runs over every translation in both languages, so a new string cannot bring an
old mistake back.
"""

import re

import pytest

from tests.catalogs import ROOT, read_catalogs

WRONG_DUTCH = {
    r"\b[Vv]ice-voorzitter": "vicevoorzitter (Groene Boekje)",
    r"\b[Cc]oncept[- ]advie": "conceptadvies",
    r"\b[Ss]tandaard[- ]adviestermijn": "standaardadviestermijn",
    r"\b[Rr]eservekopie": "back-up (one word per thing)",
    r"(?<!\{)\b[Bb]ackups?\b(?!\})": "back-up, back-ups",
    r"\b[Aa]gendabestand": "kalenderbestand for an .ics file",
    r"\bde (overleg|werkbezoek|verslag|agendapunt|besluit|advies|signaal)\b":
        "het overleg, het werkbezoek, het verslag, …",
    r"\bhet (vergadering|actie|raad|termijn|bijeenkomst)\b": "de vergadering, de actie, …",
    r"[Vv]ertrokken op": "uitgetreden per",
    r"raad verlaten op": "uitgetreden per",
    r"\b(hooguit|maximaal) \{\w+\} tekens": "mag hoogstens {count} tekens bevatten",
    r"(bevat|heeft|is) hoogstens \{\w+\} tekens": "mag hoogstens {count} tekens bevatten",
    r"\d{1,2}:\d{2} uur": "19.30 uur",
    r"[Rr]aadsvergadering": "Vergadering van de adviesraad (readers think of the gemeenteraad)",
    r"[Vv]erslag kopiëren|verslag hieronder": "foutrapport, for an error report",
}
WRONG_ENGLISH = {
    r"\badvices\b": "advice is uncountable",
    r"(?i)\ban advice\b(?! (letter|request|council|text|register|reminder))":
        "advice is uncountable: 'advice', not 'an advice'",
    r"[Aa]bsent with notice": "apologies",
}
SAMPLES_THAT_MUST_FAIL = {
    "nl": ["De vice-voorzitter opent", "voor de overleg met de wethouder",
           "Dit veld bevat hoogstens {count} tekens.", "om 19:30 uur", "Reservekopie maken",
           "Vertrokken op 1 mei", "Raadsvergadering", "het concept-advies"],
    "en": ["3 advices sent", "An advice cannot be sent", "Absent with notice"],
}


def _patterns(language: str) -> dict[str, str]:
    return WRONG_DUTCH if language == "nl" else WRONG_ENGLISH


def _wrong(language: str, text: str) -> list[str]:
    return [right for pattern, right in _patterns(language).items() if re.search(pattern, text)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_check_knows_the_wrong_forms(language):
    for sample in SAMPLES_THAT_MUST_FAIL[language]:
        assert _wrong(language, sample), sample
    assert _wrong("nl", "het overleg met de wethouder") == []
    assert _wrong("en", "an advice letter to the college") == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_catalog_uses_a_known_wrong_form(language):
    found = []
    for path, catalog in read_catalogs(language).items():
        for message in catalog:
            text = message.string if isinstance(message.string, str) else ""
            for right in _wrong(language, text):
                found.append(f"{path.name}: {text!r} → {right}")
    assert not found, "\n".join(found[:20])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_manual_uses_no_known_wrong_form(language):
    """The Handleiding is read by the same secretaries: the same forms are wrong there."""
    text = (ROOT / "resources" / "manual" / f"{language}.md").read_text(encoding="utf-8")
    found = [f"line {number}: {line.strip()[:80]!r} → {right}"
             for number, line in enumerate(text.splitlines(), 1)
             if not line.startswith("<!--")  # a section's anchor: a name in the code
             for right in _wrong(language, line)]
    assert not found, "\n".join(found[:20])
