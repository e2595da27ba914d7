"""Meetings and their invitees in the council file."""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from core.dates import date_from_iso, from_iso, to_iso
from core.errors import NotFoundError, ValidationError
from core.files import delete_file
from core.i18n import tr, trn
from core.inserts import new_row_id
from core.meetings.model import ATTENDANCE, Invitee, Meeting, validate_meeting
from core.meetings.people import member_name
from core.meetings.templates import apply_template
from core.profile import load_profile, short_name
from core.text_fields import short_text

_COLUMNS = ("id, kind, date, start_time, end_time, title, location, chair_id, "
            "minute_taker_id, notes, minutes_approved_on, working_group_id, "
            "(SELECT name FROM working_groups g WHERE g.id = meetings.working_group_id)")


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _council_name(db: Database) -> str:
    return short_name(load_profile(db).kind)


def _meetings(db: Database, rows) -> list[Meeting]:
    council = _council_name(db)
    meetings = [_meeting(row) for row in rows]
    for meeting in meetings:
        meeting.council_name = council
    return meetings


def _meeting(row) -> Meeting:
    (id_, kind, date, start, end, title, location, chair, taker, notes, approved, group_id,
     group_name) = row
    return Meeting(id=id_, kind=kind, date=date_from_iso(date), start_time=start, end_time=end,
                   title=title, location=location, chair_id=chair, minute_taker_id=taker,
                   notes=notes, minutes_approved_on=from_iso(approved),
                   working_group_id=group_id, group_name=group_name or "")


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    row = db.execute(f"SELECT {_COLUMNS} FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This meeting no longer exists."))
    return _meetings(db, [row])[0]


def _row(meeting: Meeting) -> dict:
    return {
        "kind": meeting.kind, "date": to_iso(meeting.date), "start_time": meeting.start_time,
        "end_time": meeting.end_time, "title": meeting.title, "location": meeting.location,
        "chair_id": meeting.chair_id, "minute_taker_id": meeting.minute_taker_id,
        "notes": meeting.notes, "minutes_approved_on": to_iso(meeting.minutes_approved_on),
        "working_group_id": meeting.working_group_id,
    }


def _check_group(db: Database, meeting: Meeting) -> None:
    if meeting.working_group_id is None:
        return
    found = db.execute("SELECT name FROM working_groups WHERE id = ?",
                       [meeting.working_group_id]).fetchone()
    if found is None:
        raise ValidationError(tr("The chosen working group no longer exists."),
                              "working_group")
    meeting.group_name = found[0]


def default_invitees(db: Database, kind: str, working_group_id: int | None) -> list[int]:
    """Who a new meeting invites: a working group's active members, or every active
    member for the council's other meetings."""
    if kind == "working_group":
        return [row[0] for row in db.execute(
            "SELECT m.id FROM working_group_members w JOIN members m ON m.id = w.member_id "
            "WHERE w.working_group_id = ? AND m.status = 'active' ORDER BY m.sort_name",
            [working_group_id])]
    return [row[0] for row in db.execute(
        "SELECT id FROM members WHERE status = 'active' ORDER BY sort_name")]


def create_meeting(db: Database, meeting: Meeting, member_ids: list[int] | None = None,
                   guests: list[tuple[str, str]] | None = None,
                   use_template: bool = True) -> int:
    """A new meeting with its invitees and (optionally) the standard items of its kind."""
    validate_meeting(meeting)
    _check_group(db, meeting)
    now = _now()
    with db.atomic():
        meeting_id = new_row_id(db.execute(
            "INSERT INTO meetings (kind, date, start_time, end_time, title, location, chair_id,"
            " minute_taker_id, notes, minutes_approved_on, working_group_id, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*_row(meeting).values(), now, now]).lastrowid)
        for member_id in member_ids or []:
            add_member_invitee(db, meeting_id, member_id)
        for name, organisation in guests or []:
            add_guest(db, meeting_id, name, organisation)
        if use_template:
            apply_template(db, meeting_id, meeting.kind)
    meeting.id = meeting_id
    return meeting_id


def update_meeting(db: Database, meeting: Meeting) -> None:
    get_meeting(db, meeting.saved_id)
    validate_meeting(meeting)
    _check_group(db, meeting)
    row = _row(meeting)
    with db.atomic():
        db.execute(
            f"UPDATE meetings SET {', '.join(f'{key} = ?' for key in row)}, updated_at = ? "
            "WHERE id = ?", [*row.values(), _now(), meeting.id])


def save_meeting(db: Database, meeting: Meeting, member_ids: list[int]) -> None:
    """Save changed details and the invited members together: both or neither."""
    with db.atomic():
        update_meeting(db, meeting)
        set_member_invitees(db, meeting.saved_id, member_ids)


def list_meetings(db: Database, today: dt.date, upcoming: bool = True) -> list[Meeting]:
    """Upcoming meetings (today and later, soonest first) or past ones (latest first)."""
    if upcoming:
        where, order = "date >= ?", "date, start_time, id"
    else:
        where, order = "date < ?", "date DESC, start_time DESC, id DESC"
    rows = db.execute(f"SELECT {_COLUMNS} FROM meetings WHERE {where} ORDER BY {order}",
                      [to_iso(today)]).fetchall()
    return _meetings(db, rows)


def all_meetings(db: Database) -> list[Meeting]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM meetings ORDER BY date, start_time, id")
    return _meetings(db, rows.fetchall())


def next_meeting(db: Database, today: dt.date) -> Meeting | None:
    """The first meeting on or after ``today``."""
    meetings = list_meetings(db, today, upcoming=True)
    return meetings[0] if meetings else None


def previous_meeting_of_kind(db: Database, meeting: Meeting) -> Meeting | None:
    """The meeting before this one in its series: same kind, and for a working group the
    same group."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM meetings WHERE kind = ? AND working_group_id IS ? AND "
        "(date < ? OR (date = ? AND start_time < ?)) ORDER BY date DESC, start_time DESC "
        "LIMIT 1",
        [meeting.kind, meeting.working_group_id, to_iso(meeting.date), to_iso(meeting.date),
         meeting.start_time],
    ).fetchone()
    return _meetings(db, [row])[0] if row else None


# --- deleting -----------------------------------------------------------------
@dataclass
class DeletionSummary:
    items: int
    documents: int
    minutes: int
    decisions: int
    actions: int
    attendance: int
    links: int = 0  # links from other features (advice, signals) to the agenda items

    @property
    def has_minutes(self) -> bool:
        return bool(self.minutes or self.decisions or self.actions or self.attendance)

    def describe(self) -> str:
        """What goes with the meeting, in one sentence for the confirmation question."""
        parts = [trn("{count} agenda item", "{count} agenda items", self.items)]
        if self.documents:
            parts.append(trn("{count} document", "{count} documents", self.documents))
        if self.minutes:
            parts.append(trn("minutes of {count} item", "minutes of {count} items", self.minutes))
        if self.decisions:
            parts.append(trn("{count} decision", "{count} decisions", self.decisions))
        if self.actions:
            parts.append(trn("{count} action", "{count} actions", self.actions))
        if self.attendance:
            parts.append(trn("the attendance of {count} invitee",
                             "the attendance of {count} invitees",
                             self.attendance))
        if self.links:
            parts.append(tr("{count} links to advice or signals (the advice and signals "
                            "themselves stay)", count=self.links))
        return ", ".join(parts)


def _count(db: Database, sql: str, meeting_id: int) -> int:
    return db.execute(sql, [meeting_id]).fetchone()[0]


def _links_to_items(db: Database, meeting_id: int) -> int:
    """Rows of other features that point at this meeting's agenda items (found through
    the foreign keys, so features added later are counted too)."""
    total = 0
    for table in db.table_names():
        if table in ("agenda_items", "agenda_item_documents", "decisions", "actions"):
            continue
        for key in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if key[2] == "agenda_items":
                total += db.execute(
                    f"SELECT COUNT(*) FROM [{table}] WHERE [{key[3]}] IN "
                    "(SELECT id FROM agenda_items WHERE meeting_id = ?)", [meeting_id]
                ).fetchone()[0]
    return total


def deletion_summary(db: Database, meeting_id: int) -> DeletionSummary:
    get_meeting(db, meeting_id)
    items = "SELECT id FROM agenda_items WHERE meeting_id = ?"
    return DeletionSummary(
        items=_count(db, "SELECT COUNT(*) FROM agenda_items WHERE meeting_id = ?", meeting_id),
        documents=_count(db, f"SELECT COUNT(*) FROM agenda_item_documents "
                             f"WHERE agenda_item_id IN ({items})", meeting_id),
        minutes=_count(db, "SELECT COUNT(*) FROM agenda_items WHERE meeting_id = ? "
                           "AND trim(minutes) != ''", meeting_id),
        decisions=_count(db, "SELECT COUNT(*) FROM decisions WHERE meeting_id = ?", meeting_id),
        actions=_count(db, "SELECT COUNT(*) FROM actions WHERE meeting_id = ?", meeting_id),
        attendance=_count(db, "SELECT COUNT(*) FROM meeting_invitees WHERE meeting_id = ? "
                              "AND attendance != ''", meeting_id),
        links=_links_to_items(db, meeting_id),
    )


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Delete a meeting with everything that belongs to it, stored documents included."""
    get_meeting(db, meeting_id)
    with db.atomic():
        file_ids = [row[0] for row in db.execute(
            "SELECT d.file_id FROM agenda_item_documents d JOIN agenda_items a "
            "ON a.id = d.agenda_item_id WHERE a.meeting_id = ?", [meeting_id]).fetchall()]
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        for file_id in file_ids:
            delete_file(db, file_id)


# --- invitees and attendance ----------------------------------------------------
def list_invitees(db: Database, meeting_id: int) -> list[Invitee]:
    """Members first (by name), then guests in the order they were added."""
    cache: dict = {}
    rows = db.execute(
        "SELECT id, meeting_id, member_id, guest_name, guest_organisation, attendance "
        "FROM meeting_invitees WHERE meeting_id = ? ORDER BY id", [meeting_id]).fetchall()
    invitees = [
        Invitee(id=id_, meeting_id=m_id, member_id=member,
                name=member_name(db, member, cache) if member is not None else guest,
                organisation=organisation, attendance=attendance)
        for id_, m_id, member, guest, organisation, attendance in rows
    ]
    members = sorted((i for i in invitees if not i.is_guest), key=lambda i: i.name.casefold())
    return members + [i for i in invitees if i.is_guest]


def add_member_invitee(db: Database, meeting_id: int, member_id: int) -> int:
    existing = db.execute("SELECT id FROM meeting_invitees WHERE meeting_id = ? AND "
                          "member_id = ?", [meeting_id, member_id]).fetchone()
    if existing:
        return existing[0]
    return new_row_id(db.execute(
        "INSERT INTO meeting_invitees (meeting_id, member_id) VALUES (?, ?)",
        [meeting_id, member_id]).lastrowid)


def set_member_invitees(db: Database, meeting_id: int, member_ids: list[int]) -> None:
    """Invite exactly these members; those who stay keep their recorded attendance."""
    wanted = set(member_ids)
    with db.atomic():
        current = {row[0] for row in db.execute(
            "SELECT member_id FROM meeting_invitees WHERE meeting_id = ? AND member_id IS NOT "
            "NULL", [meeting_id]).fetchall()}
        for member_id in current - wanted:
            db.execute("DELETE FROM meeting_invitees WHERE meeting_id = ? AND member_id = ?",
                       [meeting_id, member_id])
        for member_id in sorted(wanted - current):
            add_member_invitee(db, meeting_id, member_id)


def add_guest(db: Database, meeting_id: int, name: str, organisation: str = "") -> int:
    name = short_text(name, 200, "guest_name")
    if not name:
        raise ValidationError(tr("A guest needs a name."), "guest_name")
    organisation = short_text(organisation, 200, "guest_organisation")
    return new_row_id(db.execute(
        "INSERT INTO meeting_invitees (meeting_id, guest_name, guest_organisation) "
        "VALUES (?, ?, ?)", [meeting_id, name, organisation]
    ).lastrowid)


def remove_invitee(db: Database, invitee_id: int) -> None:
    db.execute("DELETE FROM meeting_invitees WHERE id = ?", [invitee_id])


def set_attendance(db: Database, invitee_id: int, code: str) -> None:
    if code not in ATTENDANCE:
        raise ValidationError(tr("Choose present, absent with notice or absent."), "attendance")
    cursor = db.execute("UPDATE meeting_invitees SET attendance = ? WHERE id = ?",
                        [code, invitee_id])
    if cursor.rowcount == 0:
        raise NotFoundError(tr("This invitee is no longer on the list."))


@dataclass
class AttendanceCount:
    present: int
    absent_notice: int
    absent: int
    unknown: int

    @property
    def total(self) -> int:
        return self.present + self.absent_notice + self.absent + self.unknown

    def describe(self) -> str:
        return tr("{present} of {total} present", present=self.present, total=self.total)


def attendance_count(db: Database, meeting_id: int) -> AttendanceCount:
    counts = dict(db.execute(
        "SELECT attendance, COUNT(*) FROM meeting_invitees WHERE meeting_id = ? "
        "GROUP BY attendance", [meeting_id]).fetchall())
    return AttendanceCount(present=counts.get("present", 0),
                           absent_notice=counts.get("absent_notice", 0),
                           absent=counts.get("absent", 0), unknown=counts.get("", 0))
