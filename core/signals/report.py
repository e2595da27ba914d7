"""The printed signalenrapportage for a period, on the council's letterhead.

Anonymised: never contact details, never the neighbourhood or who logged a signal, and
descriptions marked sensitive only when the user asks for them explicitly.
"""

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, Letterhead, render
from core.documents.styles import STYLES, data_table
from core.documents.text import escape_text
from core.errors import ValidationError
from core.i18n import format_date, format_number, tr
from core.signals.chart import MAX_QUARTERS, trend_drawing
from core.signals.model import Signal, channel_label, status_label
from core.signals.repository import SignalFilter, list_signals
from core.signals.trends import ThemeTrend, channel_counts, quarter_label, theme_trend

SUMMARY_LENGTH = 600


@dataclass
class ReportData:
    """Everything the report shows, read from the file (so rendering needs no database)."""

    first: dt.date
    last: dt.date
    trend: ThemeTrend
    channels: list[tuple[str, int]]
    signals: list[Signal]
    include_sensitive: bool


def collect_report(db, first: dt.date, last: dt.date,
                   include_sensitive: bool = False) -> ReportData:
    if last < first:
        raise ValidationError(tr("The end of the period lies before its start."), "to")
    return ReportData(
        first=first, last=last, trend=theme_trend(db, first, last),
        channels=channel_counts(db, first, last),
        signals=list_signals(db, SignalFilter(date_from=first, date_to=last)),
        include_sensitive=include_sensitive,
    )


def report_title() -> str:
    return tr("Signals report")


def period_text(data: ReportData) -> str:
    return tr("{first} to {last}", first=format_date(data.first), last=format_date(data.last))


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, STYLES[style])


def _cell(text: str, bold: bool = False) -> Paragraph:
    return _p(escape_text(text), "cell_bold" if bold else "cell")


def _intro(data: ReportData) -> list:
    story = [_p(escape_text(report_title()), "title"),
             _p(escape_text(tr("Period: {period}", period=period_text(data))), "h3"),
             _p(escape_text(tr(
                 "In this period the council received {count} signals from its backing group. "
                 "Signals are logged without the identity of the person who reported them; "
                 "this report contains no names or contact details.",
                 count=format_number(data.trend.total_signals))))]
    recurring = data.trend.recurring_themes
    if recurring:
        story.append(_p(escape_text(tr(
            "Recurring themes (at least {threshold} signals in one quarter): {themes}.",
            threshold=data.trend.threshold,
            themes=", ".join(theme.label for theme in recurring))), "body"))
    if data.include_sensitive:
        story.append(_p("<b>" + escape_text(tr(
            "This report includes descriptions marked as sensitive. Do not pass it on.")) +
            "</b>", "body"))
    return story


def _theme_table(trend: ThemeTrend) -> list:
    quarters = trend.quarters[-MAX_QUARTERS:]
    shown_all = len(quarters) == len(trend.quarters)
    header = [_p(escape_text(tr("Theme")), "cell_head")]
    header += [_p(escape_text(quarter_label(q)), "cell_head") for q in quarters]
    header.append(_p(escape_text(tr("Total")), "cell_head"))
    rows = [header]
    for theme in trend.themes:
        row = [_cell(theme.label, trend.is_recurring(theme.id))]
        row += [_cell(format_number(trend.count(theme.id, q)), (theme.id, q) in trend.recurring)
                for q in quarters]
        row.append(_cell(format_number(trend.theme_total(theme.id))))
        rows.append(row)
    if len(rows) == 1:
        return [_p(escape_text(tr("No signals in this period.")), "body")]
    total_width = 160 * mm
    number_width = min(16 * mm, (total_width - 50 * mm) / (len(quarters) + 1))
    widths = [total_width - number_width * (len(quarters) + 1)] + \
        [number_width] * (len(quarters) + 1)
    story: list[Flowable] = [data_table(rows, widths)]
    note = tr("Bold: {threshold} or more signals in one quarter, and the theme where that "
              "happened. A signal with several themes counts once for each theme.",
              threshold=trend.threshold)
    if not shown_all:
        note += " " + tr("The table shows the last {count} quarters; the total covers the "
                         "whole period.", count=MAX_QUARTERS)
    story.append(_p(escape_text(note), "small"))
    return story


def _channel_table(data: ReportData) -> list:
    total = sum(count for _code, count in data.channels) or 1
    rows = [[_p(escape_text(tr("Channel")), "cell_head"), _p(escape_text(tr("Signals")),
                                                              "cell_head"),
             _p(escape_text(tr("Share")), "cell_head")]]
    for code, count in data.channels:
        if count:
            rows.append([_cell(channel_label(code)), _cell(format_number(count)),
                         _cell(f"{format_number(round(100 * count / total))} %")])
    if len(rows) == 1:
        return [_p(escape_text(tr("No signals in this period.")), "body")]
    return [data_table(rows, [90 * mm, 35 * mm, 35 * mm])]


def summary_text(signal: Signal, include_sensitive: bool) -> str:
    """The anonymised summary of one signal as the report prints it."""
    if signal.sensitive and not include_sensitive:
        text = tr("Description left out: it contains sensitive details.")
    else:
        text = " ".join(signal.description.split())
        if len(text) > SUMMARY_LENGTH:
            text = text[: SUMMARY_LENGTH - 1] + "…"
        if signal.sensitive:
            text = tr("Sensitive: {text}", text=text)
    if signal.handled_note.strip() and not (signal.sensitive and not include_sensitive):
        text += "\n" + tr("What was done: {note}", note=" ".join(signal.handled_note.split()))
    return text


def _summaries(data: ReportData) -> list:
    if not data.signals:
        return []
    rows = [[_p(escape_text(tr("Date")), "cell_head"),
             _p(escape_text(tr("Theme and channel")), "cell_head"),
             _p(escape_text(tr("Summary")), "cell_head")]]
    for signal in data.signals:
        about = f"{signal.theme_labels}\n{channel_label(signal.channel)}"
        if signal.target_group:
            about += "\n" + tr("Target group: {group}", group=signal.target_group)
        about += "\n" + status_label(signal.status)
        rows.append([_cell(format_date(signal.received_on, "short")), _cell(about),
                     _cell(summary_text(signal, data.include_sensitive))])
    return [_p(escape_text(tr("Summaries")), "h1"),
            _p(escape_text(tr("Without names, contact details or neighbourhood.")), "small"),
            data_table(rows, [22 * mm, 48 * mm, 90 * mm])]


def build_story(data: ReportData) -> list:
    story = _intro(data)
    story += [_p(escape_text(tr("Signals per theme")), "h1"), *_theme_table(data.trend)]
    if data.trend.themes:
        story += [Spacer(1, 3 * mm), trend_drawing(data.trend)]
    story += [_p(escape_text(tr("Signals per channel")), "h1"), *_channel_table(data)]
    story += _summaries(data)
    return story


def shows_sensitive(data: ReportData) -> bool:
    return data.include_sensitive and any(signal.sensitive for signal in data.signals)


def render_report(head: Letterhead, data: ReportData, print_date: dt.date | None = None) -> bytes:
    info = DocumentInfo(title=f"{report_title()} {period_text(data)}",
                        subject=report_title(), print_date=print_date or dt.date.today(),
                        confidential=shows_sensitive(data))
    return render(head, info, build_story(data))


def signals_report_pdf(db, first: dt.date, last: dt.date, include_sensitive: bool = False,
                       print_date: dt.date | None = None) -> bytes:
    """Read and render in one go (the command line)."""
    data = collect_report(db, first, last, include_sensitive)
    return render_report(load_letterhead(db), data, print_date)
