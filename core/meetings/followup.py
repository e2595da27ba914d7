"""After the meeting: decisions (besluitenlijst), actions (actielijst) and their carry-over."""

import datetime as dt

from sqlite_utils import Database

from core.attention import AttentionItem
from core.dates import check_date_range, from_iso, to_iso
from core.documents.text import clean
from core.errors import NotFoundError, ValidationError
from core.i18n import format_clock, format_date, tr, trn
from core.inserts import new_row_id
from core.meetings.model import ACTION_STATUSES, Action, Decision, Meeting
from core.meetings.people import member_name
from core.meetings.repository import get_meeting, list_meetings, previous_meeting_of_kind
from core.meetings.rules import present_voting_members

SOON_DAYS = 14


# --- adopting the minutes -------------------------------------------------------------
def adopt_minutes(db: Database, meeting_id: int, adopted_on: dt.date | None) -> None:
    """Record the meeting in which the minutes were adopted (None: not adopted after all).

    From then on the minutes print "Adopted in the meeting of …" instead of CONCEPT.
    """
    meeting = get_meeting(db, meeting_id)
    if adopted_on is not None:
        check_date_range(adopted_on, "minutes_approved_on")
        if adopted_on < meeting.date:
            raise ValidationError(
                tr("Minutes are adopted in a later meeting, not before {date}.",
                   date=format_date(meeting.date)), "minutes_approved_on")
    with db.atomic():
        db.execute("UPDATE meetings SET minutes_approved_on = ?, updated_at = ? WHERE id = ?",
                   [to_iso(adopted_on), dt.datetime.now().isoformat(timespec="seconds"),
                    meeting_id])


# --- decisions -----------------------------------------------------------------------
def _decision(row) -> Decision:
    decision = Decision(*row)
    decision.unanimous = bool(decision.unanimous)
    return decision


_DECISION_COLUMNS = ("id, meeting_id, agenda_item_id, year, number, text, unanimous, "
                     "votes_for, votes_against, votes_abstained")
# The same columns of ``decisions d``, and the date of its meeting ``m``.
_DECISION_WITH_DATE = ", ".join(f"d.{column.strip()}" for column in _DECISION_COLUMNS.split(","))
_DECISION_WITH_DATE += ", m.date"


def _decision_text(text: str) -> str:
    text = clean(text).strip()
    if not text:
        raise ValidationError(tr("Write down what was decided."), "decision")
    return text


def add_decision(db: Database, meeting_id: int, text: str,
                 agenda_item_id: int | None = None) -> Decision:
    """Record a decision; it gets the next number of the meeting's year (2026-08)."""
    meeting = get_meeting(db, meeting_id)
    text = _decision_text(text)
    year = meeting.date.year
    with db.atomic():
        number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM decisions WHERE year = ?",
                            [year]).fetchone()[0]
        decision_id = new_row_id(db.execute(
            "INSERT INTO decisions (meeting_id, agenda_item_id, year, number, text) "
            "VALUES (?, ?, ?, ?, ?)", [meeting_id, agenda_item_id, year, number, text]).lastrowid)
    return Decision(decision_id, meeting_id, agenda_item_id, year, number, text)


def update_decision(db: Database, decision_id: int, text: str,
                    agenda_item_id: int | None = None) -> None:
    text = _decision_text(text)
    cursor = db.execute("UPDATE decisions SET text = ?, agenda_item_id = ? WHERE id = ?",
                        [text, agenda_item_id, decision_id])
    if cursor.rowcount == 0:
        raise NotFoundError(tr("This decision no longer exists."))


def vote_count(value, field: str) -> int | None:
    """A typed number of votes, None when left empty; a Dutch message for anything else."""
    if value is None or str(value).strip() == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(tr("'{text}' is not a number of votes.", text=str(value)[:20]),
                              field) from None
    if number < 0:
        raise ValidationError(tr("A number of votes cannot be negative."), field)
    return number


def set_decision_vote(db: Database, decision_id: int, unanimous: bool = False,
                      votes_for=None, against=None, abstained=None) -> None:
    """Record how the decision was taken: unanimously, by counted votes, or (all empty)
    without a recorded vote. More votes than voting members present is refused."""
    row = db.execute("SELECT meeting_id FROM decisions WHERE id = ?", [decision_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This decision no longer exists."))
    counts = [vote_count(votes_for, "votes_for"), vote_count(against, "votes_against"),
              vote_count(abstained, "votes_abstained")]
    if unanimous:
        counts = [None, None, None]
    elif any(count is not None for count in counts):
        total = sum(count or 0 for count in counts)
        counts = [count or 0 for count in counts]
        present = present_voting_members(db, row[0])
        if present and total > present:
            raise ValidationError(
                tr("{total} votes is more than the {present} voting members present.",
                   total=total, present=present), "votes_for")
    db.execute("UPDATE decisions SET unanimous = ?, votes_for = ?, votes_against = ?, "
               "votes_abstained = ? WHERE id = ?", [int(bool(unanimous)), *counts, decision_id])


def delete_decision(db: Database, decision_id: int) -> None:
    db.execute("DELETE FROM decisions WHERE id = ?", [decision_id])


def list_decisions(db: Database, meeting_id: int) -> list[Decision]:
    rows = db.execute(f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE meeting_id = ? "
                      "ORDER BY year, number", [meeting_id]).fetchall()
    return [_decision(row) for row in rows]


def decisions_between(db: Database, start: dt.date, end: dt.date
                      ) -> list[tuple[Decision, dt.date]]:
    """Every decision of the meetings from ``start`` to ``end``, with its meeting's date,
    newest first (to say in which decision the council adopted an advice)."""
    rows = db.execute(
        f"SELECT {_DECISION_WITH_DATE} FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
        "WHERE m.date BETWEEN ? AND ? ORDER BY m.date DESC, d.number DESC",
        [to_iso(start), to_iso(end)]).fetchall()
    return [(_decision(row[:-1]), dt.date.fromisoformat(row[-1])) for row in rows]


def get_decision(db: Database, decision_id: int) -> tuple[Decision, dt.date]:
    """The decision and the date of the meeting that took it."""
    row = db.execute(f"SELECT {_DECISION_WITH_DATE} FROM decisions d JOIN meetings m "
                     "ON m.id = d.meeting_id WHERE d.id = ?", [decision_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This decision no longer exists."))
    return _decision(row[:-1]), dt.date.fromisoformat(row[-1])


# --- actions -------------------------------------------------------------------------
_ACTION_SELECT = (
    "SELECT a.id, a.meeting_id, a.agenda_item_id, a.description, a.owner_id, a.due_date, "
    "a.status, a.done_on, m.date FROM actions a JOIN meetings m ON m.id = a.meeting_id ")


def _actions(db: Database, sql: str, params: list) -> list[Action]:
    cache: dict = {}
    result = []
    for (id_, meeting_id, item_id, description, owner_id, due, status, done_on,
         meeting_date) in db.execute(_ACTION_SELECT + sql, params).fetchall():
        result.append(Action(
            id=id_, meeting_id=meeting_id, agenda_item_id=item_id, description=description,
            owner_id=owner_id, owner=member_name(db, owner_id, cache), due_date=from_iso(due),
            status=status, done_on=from_iso(done_on), meeting_date=from_iso(meeting_date)))
    return result


def _check_action(description: str, due_date: dt.date | None) -> str:
    description = clean(description).strip()
    if not description:
        raise ValidationError(tr("Describe the action."), "description")
    if due_date is not None:
        check_date_range(due_date, "due_date")
    return description


def add_action(db: Database, meeting_id: int, description: str, owner_id: int | None = None,
               due_date: dt.date | None = None, agenda_item_id: int | None = None) -> int:
    get_meeting(db, meeting_id)
    description = _check_action(description, due_date)
    with db.atomic():
        return new_row_id(db.execute(
            "INSERT INTO actions (meeting_id, agenda_item_id, description, owner_id, due_date)"
            " VALUES (?, ?, ?, ?, ?)",
            [meeting_id, agenda_item_id, description, owner_id, to_iso(due_date)]).lastrowid)


def get_action(db: Database, action_id: int) -> Action:
    found = _actions(db, "WHERE a.id = ?", [action_id])
    if not found:
        raise NotFoundError(tr("This action no longer exists."))
    return found[0]


def update_action(db: Database, action_id: int, description: str, owner_id: int | None,
                  due_date: dt.date | None) -> None:
    get_action(db, action_id)
    description = _check_action(description, due_date)
    db.execute("UPDATE actions SET description = ?, owner_id = ?, due_date = ? WHERE id = ?",
               [description, owner_id, to_iso(due_date), action_id])


def set_action_status(db: Database, action_id: int, status: str,
                      done_on: dt.date | None = None) -> None:
    """Mark an action done (on ``done_on``, default today) or open again."""
    if status not in ACTION_STATUSES:
        raise ValidationError(tr("Choose open or done."), "status")
    get_action(db, action_id)
    done = to_iso(done_on or dt.date.today()) if status == "done" else None
    db.execute("UPDATE actions SET status = ?, done_on = ? WHERE id = ?",
               [status, done, action_id])


def delete_action(db: Database, action_id: int) -> None:
    db.execute("DELETE FROM actions WHERE id = ?", [action_id])


def actions_of_meeting(db: Database, meeting_id: int) -> list[Action]:
    """The actions agreed at this meeting."""
    return _actions(db, "WHERE a.meeting_id = ? ORDER BY a.id", [meeting_id])


def carried_over_actions(db: Database, meeting_id: int) -> list[Action]:
    """The action list (actielijst) of a meeting: actions of earlier meetings of its series
    (its kind; for a working group, that group) that are still open, plus those finished
    since the previous meeting (reported once)."""
    meeting = get_meeting(db, meeting_id)
    previous = previous_meeting_of_kind(db, meeting)
    since = to_iso(previous.date) if previous else "0000-00-00"
    return _actions(
        db,
        "WHERE m.kind = ? AND m.working_group_id IS ? "
        "AND (m.date < ? OR (m.date = ? AND m.start_time < ?)) "
        "AND (a.status = 'open' OR a.done_on > ?) "
        "ORDER BY a.status DESC, a.due_date IS NULL, a.due_date, a.id",
        [meeting.kind, meeting.working_group_id, to_iso(meeting.date), to_iso(meeting.date),
         meeting.start_time, since])


def open_actions(db: Database) -> list[Action]:
    return _actions(db, "WHERE a.status = 'open' ORDER BY a.due_date IS NULL, a.due_date, a.id",
                    [])


# --- Overzicht ---------------------------------------------------------------------------
def _overdue_line(action: Action, meetings: dict[int, Meeting], db: Database) -> AttentionItem:
    meeting = meetings.get(action.meeting_id) or get_meeting(db, action.meeting_id)
    meetings[action.meeting_id] = meeting
    detail = tr("Due {date} · from {meeting}", date=format_date(action.due_date),
                meeting=meeting.label)
    if action.owner:
        detail = tr("{owner} · {detail}", owner=action.owner, detail=detail)
    return AttentionItem(section="meetings", item_id=action.meeting_id,
                         title=tr("Overdue action: {text}", text=action.description[:120]),
                         detail=detail, due=action.due_date, severity="overdue",
                         group=tr("Meetings"))


def attention_items(db: Database, today: dt.date) -> list[AttentionItem]:
    """Overdue actions, and the meetings of the coming two weeks."""
    meetings: dict[int, Meeting] = {}
    items = [_overdue_line(action, meetings, db) for action in open_actions(db)
             if action.is_overdue(today)]
    for meeting in list_meetings(db, today, upcoming=True):
        if (meeting.date - today).days > SOON_DAYS:
            break
        count = db.execute("SELECT COUNT(*) FROM agenda_items WHERE meeting_id = ?",
                           [meeting.id]).fetchone()[0]
        items.append(AttentionItem(
            section="meetings", item_id=meeting.id,
            title=tr("{meeting} at {time}", meeting=meeting.label,
                     time=format_clock(meeting.start_time)),
            detail=trn("The agenda has {count} item.",
                       "The agenda has {count} items.",
                       count), due=meeting.date,
            severity="soon", group=tr("Meetings")))
    return items
