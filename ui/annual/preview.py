"""The figures of the annual report as HTML tables for the dialog's preview."""

import html

from core.annual.figures import AnnualFigures
from core.annual.spreadsheet import workbook_tables
from core.annual.tables import Table
from core.i18n import format_number


def _cell(value, tag: str) -> str:
    text = format_number(value) if isinstance(value, int | float) else str(value)
    return f"<{tag}>{html.escape(text)}</{tag}>"


def _table_html(table: Table) -> str:
    header, rows = table
    if not rows:
        return ""
    lines = ["<tr>" + "".join(_cell(value, "th") for value in header) + "</tr>"]
    lines += ["<tr>" + "".join(_cell(value, "td") for value in row) + "</tr>" for row in rows]
    return ("<table cellspacing='0' cellpadding='3' border='1' "
            "style='border-collapse: collapse; margin-bottom: 8px'>" + "".join(lines) +
            "</table>")


def figures_html(figures: AnnualFigures) -> str:
    """The same tables as the spreadsheet, one heading per sheet."""
    parts = []
    for name, tables in workbook_tables(figures):
        parts.append(f"<h3>{html.escape(name)}</h3>")
        parts += [_table_html(table) for table in tables]
    return "".join(parts)
