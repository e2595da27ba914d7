"""The overview as tables of plain values, shared by the dialog, the PDF and the workbook.

Amounts stay whole cents here; each output formats them its own way.
"""

from dataclasses import dataclass

from core.allowances.overview import MONTHS, AllowanceOverview, month_name
from core.i18n import tr
from core.meetings.model import kind_label
from core.members.model import role_label

TEXT, COUNT, MONEY = "text", "count", "money"


@dataclass
class Column:
    title: str
    kind: str  # TEXT, COUNT or MONEY (cents)


@dataclass
class Table:
    columns: list[Column]
    rows: list[list]
    total: list | None = None  # the closing row, when the table adds up


def overview_table(overview: AllowanceOverview) -> Table:
    """Per member: meetings present per paid kind, the total, and the remarks."""
    kinds = overview.paid_kinds
    columns = [Column(tr("Member"), TEXT), Column(tr("Role"), TEXT),
               *(Column(kind_label(kind), COUNT) for kind in kinds),
               Column(tr("Meetings"), COUNT), Column(tr("Allowance"), MONEY),
               Column(tr("Remarks"), TEXT)]
    rows = [[member.name, role_label(member.role),
             *(member.attended.get(kind, 0) for kind in kinds),
             member.meetings, member.total, "; ".join(overview.remarks(member))]
            for member in overview.members]
    total = [tr("Total"), "",
             *(sum(member.attended.get(kind, 0) for member in overview.members)
               for kind in kinds),
             sum(member.meetings for member in overview.members), overview.total, ""]
    return Table(columns, rows, total)


def specification_table(overview: AllowanceOverview) -> Table:
    """Meetings present × rate = amount, per member and kind."""
    columns = [Column(tr("Member"), TEXT), Column(tr("Kind of meeting"), TEXT),
               Column(tr("Meetings"), COUNT), Column(tr("Rate"), MONEY),
               Column(tr("Amount"), MONEY)]
    rows = []
    for member in overview.members:
        for kind in overview.paid_kinds:
            if member.attended.get(kind):
                rows.append([member.name, kind_label(kind), member.attended[kind],
                             overview.rules.rate(kind), overview.amount(member, kind)])
    return Table(columns, rows, [tr("Total"), "", sum(row[2] for row in rows), "",
                                 overview.total])


def months_table(overview: AllowanceOverview) -> Table:
    """Per member the amount of each month (the monthly maximum is checked on these)."""
    columns = [Column(tr("Member"), TEXT),
               *(Column(month_name(overview.year, month), MONEY) for month in MONTHS),
               Column(tr("Total"), MONEY)]
    rows = [[member.name, *(member.per_month.get(month, 0) for month in MONTHS), member.total]
            for member in overview.members]
    total = [tr("Total"),
             *(sum(member.per_month.get(month, 0) for member in overview.members)
               for month in MONTHS), overview.total]
    return Table(columns, rows, total)


def rates_table(overview: AllowanceOverview) -> Table:
    return Table([Column(tr("Kind of meeting"), TEXT), Column(tr("Rate per meeting"), MONEY)],
                 [[kind_label(kind), overview.rules.rate(kind)] for kind in overview.paid_kinds])
