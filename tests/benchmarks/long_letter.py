"""Benchmark: rendering a 60-page letter (and a one-page one) on council paper.

    .venv/bin/python tests/benchmarks/long_letter.py

Prints the seconds per render and the ratio to the baseline measured when the
document engine was written (a ratio well above 1 means something got slower).
"""

import datetime as dt
import io
import time

from pypdf import PdfReader

from core.documents.letter import LetterContent, render_letter
from core.documents.page import Letterhead
from core.i18n import set_language
from core.profile import CouncilProfile, Signer
from core.resources import resource_path

# Seconds on the development machine (2 shared cores), November 2026.
BASELINE = {"one page": 0.03, "60 pages": 0.8}


def _letter(paragraphs: int) -> LetterContent:
    body = "\n\n".join(
        f"**Punt {n}.** " + "De raad vraagt aandacht voor de toegang tot ondersteuning. " * 12
        + ("\n\n- eerste aandachtspunt\n- tweede aandachtspunt" if n % 5 == 0 else "")
        for n in range(1, paragraphs + 1))
    return LetterContent(
        addressee="College van burgemeester en wethouders\nPostbus 1200\n7400 AA  Lindewaarde",
        subject="Advies", body=body, letter_date=dt.date(2026, 3, 3), place="Lindewaarde",
        reference="ASD/2026/014",
        signers=[Signer("Anneke van der Berg", "voorzitter"),
                 Signer("Mohamed El Amrani", "secretaris")])


def _measure(head: Letterhead, content: LetterContent, runs: int) -> tuple[float, int]:
    best, pages = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        data = render_letter(head, content)
        best = min(best, time.perf_counter() - started)
        pages = len(PdfReader(io.BytesIO(data)).pages)
    return best, pages


def main() -> None:
    set_language("nl")
    logo = resource_path("demo", "lindewaarde-logo.png").read_bytes()
    head = Letterhead(CouncilProfile(name="Adviesraad Sociaal Domein Lindewaarde",
                                     municipality="Lindewaarde",
                                     postal_address="Postbus 1207\n7411 AB Lindewaarde"), logo)
    render_letter(head, _letter(1))  # fonts and styles load once
    for name, paragraphs, runs in (("one page", 2, 5), ("60 pages", 286, 3)):
        seconds, pages = _measure(head, _letter(paragraphs), runs)
        print(f"{name}: {pages} pages in {seconds:.2f} s "
              f"({seconds / pages * 1000:.0f} ms/page), "
              f"ratio to baseline {seconds / BASELINE[name]:.2f}")


if __name__ == "__main__":
    main()
