"""The fonts are read when a document is built, not when a module that prints is imported,
and the fallback font only when a text needs it (#18: reading them took 50 ms of every
command's start). Each case runs in a fresh process, where nothing was registered yet."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LETTER = """
import datetime as dt, io, json, sys
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
import core.meetings.agenda_document, core.documents.letter
from core.documents.letter import LetterContent, render_letter
from core.documents.page import Letterhead
from core.profile import CouncilProfile, Signer
before = set(pdfmetrics.getRegisteredFontNames())
profile = CouncilProfile(name="Adviesraad", municipality="Lindewaarde")
content = LetterContent(addressee="College van B en W\\nPostbus 1\\n1234 AB Lindewaarde",
                        subject="Onderwerp", body=sys.argv[1], letter_date=dt.date(2026, 5, 1),
                        place="Lindewaarde", reference="R-1", salutation="Geacht college,",
                        signers=[Signer("A. de Vries", "voorzitter")])
pdf = render_letter(Letterhead(profile=profile), content)
text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
print(json.dumps({"before": sorted(before), "after": sorted(pdfmetrics.getRegisteredFontNames()),
                  "text": text}))
"""


def render_in_fresh_process(body: str) -> dict:
    result = subprocess.run([sys.executable, "-c", LETTER, body], capture_output=True,
                            text=True, cwd=ROOT, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def raadswerk_fonts(names: list[str]) -> set[str]:
    return {name for name in names if name.startswith("Raadswerk")}


def test_importing_the_documents_reads_no_font_and_latin_text_needs_no_fallback():
    result = render_in_fresh_process("Wij vragen uw aandacht voor de wachtlijst.")
    assert raadswerk_fonts(result["before"]) == set()
    assert "wachtlijst" in result["text"]
    assert raadswerk_fonts(result["after"]) == {
        "RaadswerkSans", "RaadswerkSans-Bold", "RaadswerkSans-Italic",
        "RaadswerkSans-BoldItalic"}


def test_hebrew_in_a_letter_reads_the_fallback_font_and_prints():
    result = render_in_fresh_process("Shalom: שלום עליכם.")
    assert {"RaadswerkFallback", "RaadswerkFallback-Bold"} <= raadswerk_fonts(result["after"])
    assert "םולש" in result["text"] or "שלום" in result["text"]
