"""Benchmark: long texts and big tables print in linear time.

    .venv/bin/python -m tests.benchmarks.linear_documents

For each document it renders a small and a large case in the same run and prints the
seconds of both, and the growth: time ratio divided by size ratio (1.0 is linear; a
quadratic cost shows as a growth near the size ratio). Goals from issue 17: a 5,000-line
letter within 3 s, a 10,000-member list within 5 s, a 2,000-signal report within 3 s.
"""

import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from core.database import open_council
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.documents.page import Letterhead
from core.i18n import set_language
from core.meetings import agenda
from core.meetings.agenda_document import render_agenda
from core.meetings.model import Meeting
from core.meetings.papers import load_papers
from core.meetings.repository import create_meeting
from core.members.member_list import render_member_list
from core.members.model import Member
from core.profile import CouncilProfile
from core.signals.report import signals_report_pdf
from tests.benchmarks.signals_list import fill as fill_signals

GOALS = {"letter": 3.0, "member list": 5.0, "signals report": 3.0, "agenda": 3.0}
HEAD = Letterhead(CouncilProfile(name="Adviesraad Sociaal Domein Lindewaarde",
                                 postal_address="Postbus 1207\n7411 AB  LINDEWAARDE"))


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _lines(count: int) -> str:
    return "\n".join(f"Regel {n}: de raad vraagt aandacht voor de toegang tot zorg."
                     for n in range(count))


def letter(lines: int) -> float:
    content = LetterContent(addressee="Gemeente Lindewaarde\nPostbus 100\n7400 AC  LINDEWAARDE",
                            subject="Lang", body=_lines(lines))
    return _timed(lambda: render_letter(HEAD, content))


def member_list(count: int) -> float:
    members = [Member(id=n, first_name=f"Voornaam{n}", prefix="van der", last_name=f"Berg{n}",
                      email=f"lid{n}@voorbeeld.nl", phone="06-12345678",
                      address=f"Dorpsstraat {n}", postcode="7411 AB", city="Lindewaarde",
                      start_date=dt.date(2024, 1, 1), term_end=dt.date(2028, 1, 1))
               for n in range(count)]
    return _timed(lambda: render_member_list(HEAD, members, [], today=dt.date(2026, 11, 22)))


def signals_report(count: int, folder: Path) -> float:
    council = open_council(folder / f"signalen-{count}.raadswerk", create=True)
    try:
        fill_signals(council.db, count, random.Random(3))
        return _timed(lambda: signals_report_pdf(council.db, dt.date(2016, 1, 1),
                                                 dt.date(2026, 12, 31)))
    finally:
        council.close()


def agenda_item(lines: int, folder: Path) -> float:
    council = open_council(folder / f"agenda-{lines}.raadswerk", create=True)
    try:
        db = council.db
        meeting_id = create_meeting(db, Meeting(id=None, kind="council",
                                                date=dt.date(2026, 12, 10),
                                                start_time="19:30", end_time="22:00"))
        agenda.add_item(db, meeting_id, "Toelichting", explanation=_lines(lines)[:199_000])
        papers = load_papers(db, meeting_id)
        papers.head = load_letterhead(db)
        return _timed(lambda: render_agenda(papers))
    finally:
        council.close()


def report(name: str, small: int, large: int, measure) -> None:
    measure(small)  # warm up: fonts, styles
    little, big = measure(small), measure(large)
    growth = (big / little) / (large / small)
    verdict = "within" if big <= GOALS[name] else "OVER"
    print(f"{name}: {small} → {little:.2f} s, {large} → {big:.2f} s; growth {growth:.2f} "
          f"(1.0 = linear); {verdict} the goal of {GOALS[name]:.0f} s")


def main() -> None:
    set_language("nl")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        report("letter", 1000, 5000, letter)
        report("member list", 2000, 10000, member_list)
        report("signals report", 400, 2000, lambda count: signals_report(count, folder))
        report("agenda", 1000, 5000, lambda lines: agenda_item(lines, folder))


if __name__ == "__main__":
    main()
