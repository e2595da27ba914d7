"""The overview for the penningmeester on the council's letterhead: the rates, per member the
meetings and the amount with a warning above a maximum, and the specification."""

import datetime as dt

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from core.allowances.notes import maxima_line, no_rates_line, overview_notes
from core.allowances.overview import AllowanceOverview, allowance_overview
from core.allowances.rules import money
from core.allowances.tables import COUNT, MONEY, TEXT, Table, rates_table, specification_table
from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, Letterhead, render
from core.documents.styles import CONFIDENTIAL, STYLES, data_table
from core.documents.text import escape_text
from core.i18n import format_date, format_number, tr

# Figures line up on the right, as in any account.
_RIGHT = {name: ParagraphStyle(f"allowance_{name}", parent=STYLES[name], alignment=TA_RIGHT)
          for name in ("cell", "cell_bold", "cell_head")}
_WARNING = ParagraphStyle("allowance_warning", parent=STYLES["cell_bold"],
                          textColor=CONFIDENTIAL)


def document_title(year: int) -> str:
    return tr("Volunteer allowances {year}", year=year)


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape_text(text), STYLES[style])


def _cell(value, kind: str, style: str = "cell") -> Paragraph:
    if kind == TEXT:
        return Paragraph(escape_text(str(value)), STYLES[style])
    text = "" if value == "" else money(value) if kind == MONEY else format_number(value)
    return Paragraph(escape_text(text), _RIGHT[style])


def _head(title: str, kind: str) -> Paragraph:
    style = STYLES["cell_head"] if kind == TEXT else _RIGHT["cell_head"]
    return Paragraph(escape_text(title), style)


def _pdf_table(table: Table, widths: list[float], first_only: bool = False):
    """``first_only``: the first column is named once per run of equal values."""
    kinds = [column.kind for column in table.columns]
    rows = [[_head(column.title, column.kind) for column in table.columns]]
    previous = None
    for row in table.rows:
        shown = list(row)
        if first_only and row[0] == previous:
            shown[0] = ""
        previous = row[0]
        rows.append([_cell(value, kind) for value, kind in zip(shown, kinds, strict=True)])
    if table.total is not None:
        rows.append([_cell(value, kind, "cell_bold")
                     for value, kind in zip(table.total, kinds, strict=True)])
    return data_table(rows, widths)


def _members_table(overview: AllowanceOverview):
    head = [(tr("Member"), TEXT), (tr("Meetings"), COUNT), (tr("Allowance"), MONEY),
            (tr("Remarks"), TEXT)]
    rows = [[_head(title, kind) for title, kind in head]]
    for member in overview.members:
        remark_style = _WARNING if overview.has_warning(member) else STYLES["cell"]
        rows.append([_cell(member.name, TEXT), _cell(member.meetings, COUNT),
                     _cell(member.total, MONEY),
                     Paragraph(escape_text("\n".join(overview.remarks(member))),
                               remark_style)])
    rows.append([_cell(tr("Total"), TEXT, "cell_bold"),
                 _cell(sum(member.meetings for member in overview.members), COUNT,
                       "cell_bold"),
                 _cell(overview.total, MONEY, "cell_bold"), _cell("", TEXT)])
    return data_table(rows, [52 * mm, 20 * mm, 28 * mm, 65 * mm])


def _head_line(overview: AllowanceOverview, today: dt.date) -> str:
    line = tr("For the treasurer. Situation on {date}.", date=format_date(today))
    if overview.warnings:
        line += " " + tr("Members above a maximum: {count}.", count=overview.warnings)
    return line


def allowances_story(overview: AllowanceOverview, today: dt.date) -> list:
    story = [_p(document_title(overview.year), "title"), _p(_head_line(overview, today), "small"),
             Spacer(1, 4 * mm)]
    if not overview.paid_kinds:
        return story + [_p(no_rates_line())]
    story += [_p(tr("Rates"), "h1"), _pdf_table(rates_table(overview), [100 * mm, 50 * mm]),
              Spacer(1, 2 * mm), _p(maxima_line(overview.rules)),
              _p(tr("Per member"), "h1")]
    if overview.members:
        story += [_members_table(overview), _p(tr("Specification"), "h1"),
                  _pdf_table(specification_table(overview),
                             [50 * mm, 55 * mm, 18 * mm, 21 * mm, 21 * mm], first_only=True)]
    else:
        story.append(_p(tr("Nobody was recorded as present at a paid meeting in {year}.",
                           year=overview.year)))
    story.append(Spacer(1, 4 * mm))
    story += [_p(line, "small") for line in overview_notes(overview)]
    return story


def render_allowances(head: Letterhead, overview: AllowanceOverview,
                      today: dt.date | None = None) -> bytes:
    """The PDF from plain data (the preview runs this off the UI thread)."""
    today = today or dt.date.today()
    title = document_title(overview.year)
    info = DocumentInfo(title=title, subject=head.profile.name or title, print_date=today)
    return render(head, info, allowances_story(overview, today))


def allowances_pdf(db, year: int, today: dt.date | None = None) -> bytes:
    return render_allowances(load_letterhead(db), allowance_overview(db, year), today)
