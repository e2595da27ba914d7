"""Erasing a person entirely (the GDPR right to erasure), and saying what went.

Other features point at ``members(id)`` with foreign keys; we find them all with
PRAGMA foreign_key_list, so a feature added later is covered without a change here.
"""

from dataclasses import dataclass, field

from sqlite_utils import Database

from core.i18n import mark, tr
from core.members.repository import get_member
from core.secure_erase import erasing, fts_tables, mentions

# How the report names the places a member can be linked from; others use the table name.
_PLACES = {
    ("working_group_members", "member_id"): mark("working group memberships"),
    ("working_groups", "chair_id"): mark("working groups they chaired"),
    ("meetings", "chair_id"): mark("meetings they chaired"),
    ("meetings", "minute_taker_id"): mark("meetings they took the minutes of"),
    ("meeting_invitees", "member_id"): mark("meeting invitations and attendance"),
    ("agenda_items", "requested_by_id"): mark("agenda items they asked for"),
    ("actions", "owner_id"): mark("actions they were responsible for"),
    ("advice", "rapporteur_id"): mark("advices they drafted as rapporteur"),
    ("signals", "logged_by"): mark("signals they logged"),
    ("signal_status_history", "changed_by"): mark("entries in the history of signals"),
}


@dataclass
class Link:
    """Rows of one table that point at the member, and what erasing does to them."""

    table: str
    column: str
    count: int
    action: str  # "delete" (the row goes) or "unlink" (the reference is emptied)

    @property
    def place(self) -> str:
        label = _PLACES.get((self.table, self.column))
        return tr(label) if label else f"{self.table}.{self.column}"

    def describe(self) -> str:
        if self.action == "delete":
            return tr("{count} × removed from {place}", count=self.count, place=self.place)
        return tr("{count} × name removed from {place}", count=self.count, place=self.place)


@dataclass
class ErasureReport:
    name: str
    links: list[Link] = field(default_factory=list)
    search_indexes: list[str] = field(default_factory=list)
    # Free text (letters, minutes) that still names the person: {table: rows}.
    mentions: dict[str, int] = field(default_factory=dict)
    # Name, e-mail and phone as they were: what a backup copy may still hold.
    identifiers: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [tr("The member record of {name} with all contact details", name=self.name)]
        lines += [link.describe() for link in self.links if link.count]
        lines += [tr("search index {name} rebuilt without them", name=index)
                  for index in self.search_indexes]
        return lines

    def mention_lines(self) -> list[str]:
        return [tr("The name still appears in the text of {count} records in {table}; "
                   "change those texts by hand where needed.", count=count, table=table)
                for table, count in self.mentions.items()]

    def summary(self) -> str:
        return "\n".join(f"• {line}" for line in self.lines() + self.mention_lines())


def _user_tables(db: Database) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [row[0] for row in rows]


def _references(db: Database) -> list[tuple[str, str, str, bool]]:
    """(table, column, on_delete, nullable) of every foreign key that points at members."""
    found = []
    for table in _user_tables(db):
        try:
            keys = db.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        except Exception:  # noqa: BLE001 - a virtual table's module may be missing
            continue
        columns = {row[1]: not row[3] for row in db.execute(f'PRAGMA table_info("{table}")')}
        for key in keys:
            if key[2] == "members" and (key[4] in (None, "id")):
                found.append((table, key[3], key[6].upper(), columns.get(key[3], True)))
    return found


def _links(db: Database, member_id: int) -> list[tuple[Link, str]]:
    links = []
    for table, column, on_delete, nullable in _references(db):
        count = db.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" = ?',
                           [member_id]).fetchone()[0]
        if on_delete == "CASCADE" or (on_delete not in ("SET NULL", "SET DEFAULT")
                                      and not nullable):
            action = "delete"
        else:
            action = "unlink"
        links.append((Link(table, column, count, action), on_delete))
    return links


def erasure_preview(db: Database, member_id: int) -> ErasureReport:
    """What erasing would remove, for the confirmation question."""
    member = get_member(db, member_id)
    report = ErasureReport(member.display_name)
    report.links = [link for link, _ in _links(db, member_id)]
    return report


def erase_member(db: Database, member_id: int) -> ErasureReport:
    """Remove the member and every row that points at them, in one transaction."""
    member = get_member(db, member_id)
    report = ErasureReport(member.display_name)
    report.identifiers = member_identifiers(member)
    with erasing(db):
        for link, on_delete in _links(db, member_id):
            report.links.append(link)
            if on_delete in ("CASCADE", "SET NULL", "SET DEFAULT"):
                continue  # SQLite does this itself when the member row goes
            # A reference declared without an action would block the deletion.
            if link.action == "delete":
                db.execute(f'DELETE FROM "{link.table}" WHERE "{link.column}" = ?',
                           [member_id])
            else:
                db.execute(f'UPDATE "{link.table}" SET "{link.column}" = NULL '
                           f'WHERE "{link.column}" = ?', [member_id])
        db.execute("DELETE FROM members WHERE id = ?", [member_id])
        report.search_indexes = fts_tables(db)
    report.mentions = mentions(db, [member.display_name])
    return report


def member_identifiers(member) -> list[str]:
    """The values that identify the member in a copy of the file: name, e-mail, phone."""
    return [value for value in (member.display_name, member.email, member.phone)
            if value and value.strip()]
