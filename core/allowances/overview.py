"""Per member, the meetings of one year they were present at, times the rate of each kind.

Only attendance recorded as 'present' counts: absent, absent with notice and not recorded
earn nothing. Guests are no members. Advisers and the official secretary (no members of the
council) are paid only when the rules say so; their role is today's, as the file keeps no
history of roles. A member who left during the year keeps what they earned until then.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.allowances.rules import AllowanceRules, load_rules, money
from core.i18n import format_date, tr
from core.members.model import is_council_member
from core.members.repository import list_members

MONTHS = range(1, 13)


@dataclass
class MemberAllowance:
    member_id: int
    name: str
    role: str
    left_on: dt.date | None
    attended: dict[str, int] = field(default_factory=dict)  # paid kind → meetings present
    per_month: dict[int, int] = field(default_factory=dict)  # month → cents earned

    @property
    def meetings(self) -> int:
        return sum(self.attended.values())

    @property
    def total(self) -> int:
        return sum(self.per_month.values())


@dataclass
class AllowanceOverview:
    year: int
    rules: AllowanceRules
    members: list[MemberAllowance]
    unpaid_non_members: int  # advisers and support who were present at paid meetings

    @property
    def paid_kinds(self) -> list[str]:
        return self.rules.paid_kinds

    @property
    def total(self) -> int:
        return sum(member.total for member in self.members)

    def amount(self, member: MemberAllowance, kind: str) -> int:
        return member.attended.get(kind, 0) * self.rules.rate(kind)

    def above_year(self, member: MemberAllowance) -> bool:
        return 0 < self.rules.year_maximum < member.total

    def months_above(self, member: MemberAllowance) -> list[int]:
        maximum = self.rules.month_maximum
        if not maximum:
            return []
        return [month for month in MONTHS if member.per_month.get(month, 0) > maximum]

    def has_warning(self, member: MemberAllowance) -> bool:
        return self.above_year(member) or bool(self.months_above(member))

    @property
    def warnings(self) -> int:
        return sum(1 for member in self.members if self.has_warning(member))

    def remarks(self, member: MemberAllowance) -> list[str]:
        """What the penningmeester should know: above a maximum, left during the year."""
        lines = []
        if self.above_year(member):
            lines.append(tr("Above the yearly maximum of {amount}",
                            amount=money(self.rules.year_maximum)))
        months = self.months_above(member)
        if months:
            names = ", ".join(month_name(self.year, month) for month in months)
            lines.append(tr("Above {amount} a month in {months}",
                            amount=money(self.rules.month_maximum), months=names))
        if member.left_on is not None and member.left_on.year <= self.year:
            lines.append(tr("Left the council on {date}", date=format_date(member.left_on)))
        return lines


def month_name(year: int, month: int) -> str:
    return format_date(dt.date(year, month, 1), "MMMM")


def _attendance(db: Database, year: int) -> list[tuple[int, str, int, int]]:
    """(member, kind, month, meetings present) for the meetings held in ``year``."""
    return db.execute(
        "SELECT i.member_id, g.kind, CAST(substr(g.date, 6, 2) AS INTEGER), COUNT(*) "
        "FROM meeting_invitees i JOIN meetings g ON g.id = i.meeting_id "
        "WHERE i.member_id IS NOT NULL AND i.attendance = 'present' "
        "AND g.date BETWEEN ? AND ? GROUP BY 1, 2, 3",
        [f"{year:04d}-01-01", f"{year:04d}-12-31"]).fetchall()


def allowance_overview(db: Database, year: int) -> AllowanceOverview:
    rules = load_rules(db)
    people = {member.id: member for member in list_members(db, "all")}
    rows: dict[int, MemberAllowance] = {}
    unpaid: set[int] = set()
    for member_id, kind, month, count in _attendance(db, year):
        rate = rules.rate(kind)
        person = people.get(member_id)
        if not rate or person is None:
            continue
        if not (rules.pay_non_members or is_council_member(person.role)):
            unpaid.add(member_id)
            continue
        row = rows.setdefault(member_id, MemberAllowance(
            member_id, person.display_name, person.role, person.left_on))
        row.attended[kind] = row.attended.get(kind, 0) + count
        row.per_month[month] = row.per_month.get(month, 0) + count * rate
    # In the member list's order ('van der Berg' under B).
    ordered = [rows[member_id] for member_id in people if member_id in rows]
    return AllowanceOverview(year, rules, ordered, len(unpaid))
