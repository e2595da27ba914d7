"""The printed annual report (jaarverslag) on the council's letterhead.

Its order follows what councils publish: foreword, the year's priorities, who the council
was, the meetings held, the advice given and how the college received it, what the
backing group told the council, the work done, and the outlook. A contents list with page
numbers opens it.
"""

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from core.annual.charts import outcome_drawing
from core.annual.figures import AnnualFigures, collect_figures
from core.annual.tables import (
    Table,
    advice_table,
    advice_timing_table,
    attendance_table,
    channels_table,
    meetings_table,
    municipality_table,
    people_table,
    themes_table,
    work_table,
)
from core.annual.texts import AnnualTexts, load_texts, section_label
from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, Letterhead, contents_heading, render_with_contents
from core.documents.richtext import to_flowables
from core.documents.styles import STYLES, TABLE_FONT, data_table, paragraph
from core.documents.text import escape_text
from core.i18n import format_date, format_number, tr
from core.signals.chart import trend_drawing

WIDTH = 165 * mm
KEEP_TOGETHER_ROWS = 12


def report_title(year: int) -> str:
    return tr("Annual report {year}", year=year)


def _heading(text: str, level: int = 0) -> Paragraph:
    return contents_heading(paragraph(text, "h1" if level == 0 else "h2"), text, level)


def _cell(value, style: str = "cell") -> Paragraph:
    text = format_number(value) if isinstance(value, int | float) else str(value)
    return Paragraph(escape_text(text), STYLES[style])


def _table(table: Table, first_width: float, lead: list | None = None,
           after: list | None = None) -> list:
    """The table under its ``lead`` (heading, sentence) and above ``after`` (its chart); a
    short one stays with them on one page, a long one splits with its header repeated."""
    header, rows = table
    lead = lead or []
    if not rows:
        return [*lead, paragraph(tr("Nothing to count in this year."), "small")]
    rest = (WIDTH - first_width) / max(1, len(header) - 1)
    cells = [[_cell(value, "cell_head") for value in header]]
    cells += [[_cell(value) for value in row] for row in rows]
    flowables = [*lead, data_table(cells, [first_width] + [rest] * (len(header) - 1)),
                 *(after or [])]
    if len(rows) <= KEEP_TOGETHER_ROWS:
        flowables = [KeepTogether(flowables)]
    return [*flowables, Spacer(1, 3 * mm)]


def _contents() -> list:
    contents = TableOfContents()
    level_one, level_two = STYLES["body_tight"].clone("toc1"), STYLES["small"].clone("toc2")
    level_two.leftIndent = 6 * mm
    contents.levelStyles = [level_one, level_two]
    contents.dotsMinLevel = 0
    # ReportLab's default table style would name an unused, non-embedded Helvetica.
    contents.tableStyle = TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [paragraph(tr("Contents"), "h2"), contents]


def _own_text(texts: AnnualTexts, name: str) -> list:
    text = texts.section(name)
    if not text.strip():
        return []
    return [_heading(section_label(name)), *to_flowables(text)]


def _composition(figures: AnnualFigures) -> list:
    composition = figures.composition
    story = _table(people_table(composition.members), 85 * mm, [
        _heading(tr("Composition of the council")),
        paragraph(tr("On {date} the council had {count} members.", date=format_date(composition.on),
                     count=format_number(composition.member_count)))])
    for title, people, label in (
            (tr("Joined in {year}", year=figures.year), composition.joined, tr("Member since")),
            (tr("Left in {year}", year=figures.year), composition.left, tr("Left on")),
            (tr("Terms of office ending in {year}", year=figures.year + 1),
             composition.terms_ending, tr("Term ends"))):
        story += _table(people_table(people, label), 70 * mm, [_heading(title, 1)])
    return story


def _meetings(figures: AnnualFigures) -> list:
    held = _table(meetings_table(figures), 110 * mm, [
        _heading(tr("Meetings")),
        paragraph(tr("In {year} the council held {count} meetings.", year=figures.year,
                     count=format_number(figures.meetings_held)))])
    return held + _table(attendance_table(figures), 65 * mm, [
        _heading(tr("Attendance"), 1),
        paragraph(tr("Per member, the meetings they were invited to and whose attendance was "
                     "recorded."), "small")])


def _advice(figures: AnnualFigures) -> list:
    advice = figures.advice
    chart = [Spacer(1, 2 * mm), outcome_drawing(advice)] if advice.sent else []
    sent = _table(advice_table(figures), 30 * mm, [
        _heading(tr("Advice")),
        paragraph(tr("In {year} the council sent {count} advice letters to the municipality.",
                     year=figures.year, count=format_number(advice.sent)))], chart)
    regional = (_table(municipality_table(figures), 75 * mm,
                       [_heading(tr("Per municipality"), 1)])
                if advice.per_municipality else [])
    return sent + regional + _table(advice_timing_table(figures), 125 * mm,
                                    [_heading(tr("Response times"), 1)])


def _signals(figures: AnnualFigures) -> list:
    signals = figures.signals
    lead = [_heading(tr("Signals from the backing group")),
             paragraph(tr("In {year} the council received {count} signals. A signal with several "
                          "themes counts once for each theme.", year=figures.year,
                          count=format_number(signals.total)))]
    recurring = signals.trend.recurring_themes
    if recurring:
        lead.append(paragraph(tr("Recurring themes (at least {threshold} signals in one quarter): "
                                 "{themes}.", threshold=signals.trend.threshold,
                                 themes=", ".join(theme.label for theme in recurring))))
    chart = [Spacer(1, 2 * mm), trend_drawing(signals.trend, WIDTH, 80 * mm)] \
        if signals.trend.themes else []
    story = _table(themes_table(figures), 70 * mm, lead, chart)
    story += _table(channels_table(figures), 110 * mm, [_heading(tr("Signals per channel"), 1)])
    return story


def build_story(figures: AnnualFigures, texts: AnnualTexts, council_name: str) -> list:
    story = [paragraph(report_title(figures.year), "title"),
             paragraph(council_name, "h3"),
             paragraph(tr("Figures counted from the council's register up to {date}.",
                          date=format_date(figures.period.counted_until)), "small"),
             Spacer(1, 4 * mm), *_contents()]
    story += _own_text(texts, "foreword") + _own_text(texts, "priorities")
    story += _composition(figures) + _meetings(figures) + _advice(figures) + _signals(figures)
    story += _table(work_table(figures), 125 * mm, [_heading(tr("Actions and letters"))])
    story += _own_text(texts, "outlook")
    return story


def render_annual_report(head: Letterhead, figures: AnnualFigures, texts: AnnualTexts,
                         print_date: dt.date | None = None) -> bytes:
    title = report_title(figures.year)
    info = DocumentInfo(title=title, subject=title, print_date=print_date or dt.date.today())
    return render_with_contents(head, info, build_story(figures, texts, head.profile.name))


def annual_report_pdf(db, year: int, today: dt.date | None = None) -> bytes:
    """Read and render in one go (the command line)."""
    figures = collect_figures(db, year, today)
    return render_annual_report(load_letterhead(db), figures, load_texts(db, year), today)
