"""The Rooster van aftreden: who steps down, or is due for reappointment, and when."""

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, render
from core.documents.styles import cell, data_table, paragraph
from core.i18n import format_date, tr
from core.members.model import Member
from core.members.repository import list_members
from core.members.term_history import TermStanding, standing, terms_by_member
from core.members.terms import max_terms, term_years


@dataclass
class RoosterLine:
    member: Member
    standing: TermStanding


@dataclass
class Rooster:
    lines: list[RoosterLine]
    years: int
    allowed: int


def load_rooster(db) -> Rooster:
    """Active members with a term of office, the soonest end first."""
    years, allowed = term_years(db), max_terms(db)
    terms = terms_by_member(db)
    lines = [RoosterLine(member, standing(terms[member.id], member.reappointable, years, allowed))
             for member in list_members(db, "active")
             if member.is_council_member and terms.get(member.id)]
    lines.sort(key=lambda line: (line.standing.current_end, line.member.list_name.casefold()))
    return Rooster(lines, years, allowed)


def _rule(rooster: Rooster) -> str:
    return tr("A term of office lasts {years} years; a member serves at most {allowed} terms "
              "in a row.", years=rooster.years, allowed=rooster.allowed)


def _table(lines: list[RoosterLine], allowed: int):
    head = (tr("Name"), tr("Role"), tr("Member since"), tr("Term"), tr("Term ends"),
            tr("What then"))
    rows = [[cell(text, "cell_head") for text in head]]
    for line in lines:
        rows.append([
            cell(line.member.display_name), cell(line.member.role_label),
            cell(format_date(line.member.start_date, "short")),
            cell(tr("{number} of {allowed}", number=line.standing.terms_served,
                    allowed=max(line.standing.terms_served, allowed))),
            cell(format_date(line.standing.current_end, "short")),
            cell(line.standing.describe()),
        ])
    return data_table(rows, [37 * mm, 29 * mm, 22 * mm, 16 * mm, 22 * mm, 39 * mm])


def rooster_story(rooster: Rooster, today: dt.date) -> list:
    story = [paragraph(tr("Retirement schedule"), "title"),
             paragraph(tr("Situation on {date}.", date=format_date(today)) + " " + _rule(rooster),
                       "small"),
             Spacer(1, 4 * mm)]
    if not rooster.lines:
        return story + [paragraph(tr("No active member has a term of office on record."))]
    by_year: dict[int, list[RoosterLine]] = {}
    for line in rooster.lines:
        by_year.setdefault(line.standing.current_end.year, []).append(line)
    for year, lines in by_year.items():
        story += [paragraph(tr("Terms ending in {year}", year=year), "h2"),
                  _table(lines, rooster.allowed)]
    return story


def render_rooster(head, rooster: Rooster, today: dt.date | None = None) -> bytes:
    today = today or dt.date.today()
    title = tr("Retirement schedule")
    info = DocumentInfo(title=title, subject=head.profile.name or title, print_date=today)
    return render(head, info, rooster_story(rooster, today))


def rooster_pdf(db, today: dt.date | None = None) -> bytes:
    return render_rooster(load_letterhead(db), load_rooster(db), today)
