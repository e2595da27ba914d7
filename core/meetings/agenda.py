"""The agenda: items and sub-items (4, 4a, 4b), their order, times and documents."""

import string

from sqlite_utils import Database

from core.documents.text import clean
from core.errors import NotFoundError, ValidationError
from core.files import delete_file, file_bytes
from core.i18n import format_date, tr
from core.inserts import new_row_id
from core.meetings.model import (
    PURPOSES,
    STANDARD_ITEMS,
    AgendaDocument,
    AgendaItem,
    Meeting,
    minutes_to_time,
    time_to_minutes,
    validate_duration,
    validate_item_title,
)
from core.meetings.people import member_name
from core.meetings.repository import all_meetings, get_meeting
from core.text_fields import short_text

# Standard items that stay at the end when an item is added.
CLOSING_ITEMS = ("aob", "closing")
_ITEM_COLUMNS = ("id, meeting_id, parent_id, position, title, explanation, presenter, "
                 "duration, purpose, standard, requested_by_id, minutes, confidential")


def sub_letter(index: int) -> str:
    """a, b, … z, aa, ab …: the letter of the index-th sub-item."""
    letters = string.ascii_lowercase
    result = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        result = letters[rest] + result
    return result


def order_items(items: list[AgendaItem]) -> list[AgendaItem]:
    """Flat agenda order: each item followed by its sub-items."""
    top = sorted((i for i in items if i.parent_id is None), key=lambda i: (i.position, i.id))
    children: dict[int, list[AgendaItem]] = {}
    for item in items:
        if item.parent_id is not None:
            children.setdefault(item.parent_id, []).append(item)
    ordered = []
    for item in top:
        ordered.append(item)
        ordered += sorted(children.get(item.id, []), key=lambda i: (i.position, i.id))
    return ordered


def number_and_time(items: list[AgendaItem], start_time: str) -> list[AgendaItem]:
    """Put the agenda in order and give each item its number and start time.

    Items follow one another: each starts when the one before it ends, so a main
    item with sub-items starts at the time of its own introduction.
    """
    ordered = order_items(items)
    clock = time_to_minutes(start_time)
    top_number, sub_index = 0, 0
    for item in ordered:
        if item.parent_id is None:
            top_number += 1
            sub_index = 0
            item.number = str(top_number)
        else:
            item.number = f"{top_number}{sub_letter(sub_index)}"
            sub_index += 1
        item.start = minutes_to_time(clock)
        clock += item.duration
    return ordered


def agenda_end(items: list[AgendaItem], start_time: str) -> str:
    return minutes_to_time(time_to_minutes(start_time) + sum(i.duration for i in items))


def overrun_minutes(meeting: Meeting, items: list[AgendaItem]) -> int:
    """How many minutes the agenda runs past the meeting's end time (0: it fits)."""
    planned = time_to_minutes(meeting.start_time) + sum(i.duration for i in items)
    return max(0, planned - time_to_minutes(meeting.end_time))


def overrun_warning(meeting: Meeting, items: list[AgendaItem]) -> str:
    over = overrun_minutes(meeting, items)
    if not over:
        return ""
    return tr("The agenda ends at {end}, {minutes} minutes after the planned end ({planned}).",
              end=agenda_end(items, meeting.start_time), minutes=over, planned=meeting.end_time)


def _item(row, cache: dict, db: Database) -> AgendaItem:
    (id_, meeting_id, parent_id, position, title, explanation, presenter, duration, purpose,
     standard, requested_by_id, minutes, confidential) = row
    return AgendaItem(
        id=id_, meeting_id=meeting_id, parent_id=parent_id, position=position, title=title,
        explanation=explanation, presenter=presenter, duration=duration, purpose=purpose,
        standard=standard, requested_by_id=requested_by_id,
        requested_by=member_name(db, requested_by_id, cache), minutes=minutes,
        confidential=bool(confidential))


def _documents(db: Database, meeting_id: int) -> dict[int, list[AgendaDocument]]:
    rows = db.execute(
        "SELECT d.id, d.agenda_item_id, d.file_id, d.title, f.name, f.mime_type, f.size, "
        "d.confidential "
        "FROM agenda_item_documents d JOIN files f ON f.id = d.file_id "
        "JOIN agenda_items a ON a.id = d.agenda_item_id WHERE a.meeting_id = ? "
        "ORDER BY d.position, d.id", [meeting_id]).fetchall()
    found: dict[int, list[AgendaDocument]] = {}
    for row in rows:
        *fields, confidential = row
        document = AgendaDocument(*fields)
        document.confidential = bool(confidential)
        found.setdefault(document.agenda_item_id, []).append(document)
    return found


def list_agenda(db: Database, meeting_id: int) -> list[AgendaItem]:
    """The meeting's agenda in order, numbered and timed, with each item's documents."""
    meeting = get_meeting(db, meeting_id)
    cache: dict = {}
    rows = db.execute(f"SELECT {_ITEM_COLUMNS} FROM agenda_items WHERE meeting_id = ?",
                      [meeting_id]).fetchall()
    items = [_item(row, cache, db) for row in rows]
    documents = _documents(db, meeting_id)
    closed = {item.id for item in items if item.confidential}
    for item in items:
        item.documents = documents.get(item.id, [])
        item.confidential = item.confidential or item.parent_id in closed
    return number_and_time(items, meeting.start_time)


def confidential_item_ids(db: Database, item_ids: set[int]) -> set[int]:
    """Which of ``item_ids`` are confidential, themselves or through their main item."""
    if not item_ids:
        return set()
    marks = ", ".join("?" * len(item_ids))
    return {row[0] for row in db.execute(
        f"SELECT i.id FROM agenda_items i LEFT JOIN agenda_items p ON p.id = i.parent_id "
        f"WHERE i.id IN ({marks}) AND (i.confidential = 1 OR p.confidential = 1)",
        sorted(item_ids))}


def get_item(db: Database, item_id: int) -> AgendaItem:
    row = db.execute(f"SELECT {_ITEM_COLUMNS} FROM agenda_items WHERE id = ?",
                     [item_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This agenda item no longer exists."))
    return _item(row, {}, db)


# --- writing ----------------------------------------------------------------------
def _checked_fields(fields: dict) -> dict:
    checked: dict[str, object] = {}
    if "title" in fields:
        checked["title"] = validate_item_title(fields["title"])
    if "duration" in fields:
        checked["duration"] = validate_duration(fields["duration"])
    if "purpose" in fields:
        if fields["purpose"] not in PURPOSES:
            raise ValidationError(tr("Choose what is asked of the meeting."), "purpose")
        checked["purpose"] = fields["purpose"]
    for name in ("explanation", "presenter", "minutes"):
        if name in fields:
            checked[name] = clean(fields[name] or "")
    if "presenter" in fields:
        checked["presenter"] = short_text(clean(fields["presenter"] or ""), 200, "presenter")
    if "requested_by_id" in fields:
        checked["requested_by_id"] = fields["requested_by_id"] or None
    if "standard" in fields:
        checked["standard"] = fields["standard"] if fields["standard"] in STANDARD_ITEMS else ""
    if "confidential" in fields:
        checked["confidential"] = int(bool(fields["confidential"]))
    return checked


def _siblings(db: Database, meeting_id: int, parent_id: int | None) -> list[int]:
    if parent_id is None:
        sql = ("SELECT id FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL "
               "ORDER BY position, id")
        return [row[0] for row in db.execute(sql, [meeting_id]).fetchall()]
    sql = "SELECT id FROM agenda_items WHERE parent_id = ? ORDER BY position, id"
    return [row[0] for row in db.execute(sql, [parent_id]).fetchall()]


def _write_positions(db: Database, ids: list[int], parent_id: int | None) -> None:
    for position, item_id in enumerate(ids):
        db.execute("UPDATE agenda_items SET position = ?, parent_id = ? WHERE id = ?",
                   [position, parent_id, item_id])


def _insert_index(db: Database, siblings: list[int], parent_id, after_id) -> int:
    if after_id is not None and after_id in siblings:
        return siblings.index(after_id) + 1
    if parent_id is not None:
        return len(siblings)
    # A new main item goes before the closing standard items (Rondvraag, Sluiting).
    index = len(siblings)
    while index > 0:
        standard = db.execute("SELECT standard FROM agenda_items WHERE id = ?",
                              [siblings[index - 1]]).fetchone()[0]
        if standard not in CLOSING_ITEMS:
            break
        index -= 1
    return index


def add_item(db: Database, meeting_id: int, title: str, parent_id: int | None = None,
             after_id: int | None = None, **fields) -> int:
    """Add an item (or a sub-item of ``parent_id``); returns its id."""
    get_meeting(db, meeting_id)
    checked = _checked_fields({"title": title, **fields})
    if parent_id is not None:
        parent = get_item(db, parent_id)
        if parent.parent_id is not None:
            raise ValidationError(tr("A sub-item cannot have sub-items of its own."), "parent")
    with db.atomic():
        siblings = _siblings(db, meeting_id, parent_id)
        index = _insert_index(db, siblings, parent_id, after_id)
        columns = ["meeting_id", "parent_id", "position", *checked]
        item_id = new_row_id(db.execute(
            f"INSERT INTO agenda_items ({', '.join(columns)}) VALUES "
            f"({', '.join('?' for _ in columns)})",
            [meeting_id, parent_id, index, *checked.values()]).lastrowid)
        siblings.insert(index, item_id)
        _write_positions(db, siblings, parent_id)
    return item_id


def update_item(db: Database, item_id: int, **fields) -> None:
    get_item(db, item_id)
    checked = _checked_fields(fields)
    if not checked:
        return
    with db.atomic():
        db.execute(
            f"UPDATE agenda_items SET {', '.join(f'{key} = ?' for key in checked)} WHERE id = ?",
            [*checked.values(), item_id])


def delete_item(db: Database, item_id: int) -> None:
    """Delete an item with its sub-items and documents; the rest is renumbered."""
    item = get_item(db, item_id)
    with db.atomic():
        file_ids = [row[0] for row in db.execute(
            "SELECT file_id FROM agenda_item_documents WHERE agenda_item_id IN "
            "(SELECT id FROM agenda_items WHERE id = ? OR parent_id = ?)",
            [item_id, item_id]).fetchall()]
        db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
        for file_id in file_ids:
            delete_file(db, file_id)
        siblings = _siblings(db, item.meeting_id, item.parent_id)
        _write_positions(db, siblings, item.parent_id)


def move_item(db: Database, item_id: int, offset: int) -> bool:
    """Move an item ``offset`` places among its siblings; False when it cannot go further."""
    item = get_item(db, item_id)
    with db.atomic():
        siblings = _siblings(db, item.meeting_id, item.parent_id)
        index = siblings.index(item_id)
        target = max(0, min(len(siblings) - 1, index + offset))
        if target == index:
            return False
        siblings.insert(target, siblings.pop(index))
        _write_positions(db, siblings, item.parent_id)
    return True


def indent_item(db: Database, item_id: int) -> bool:
    """Make a main item the last sub-item of the item above it (4 → 3a)."""
    item = get_item(db, item_id)
    if item.parent_id is not None:
        return False
    if _siblings(db, item.meeting_id, item_id):
        raise ValidationError(
            tr("An item with sub-items cannot become a sub-item itself."), "parent")
    with db.atomic():
        siblings = _siblings(db, item.meeting_id, None)
        index = siblings.index(item_id)
        if index == 0:
            return False
        new_parent = siblings[index - 1]
        children = _siblings(db, item.meeting_id, new_parent) + [item_id]
        siblings.pop(index)
        _write_positions(db, siblings, None)
        _write_positions(db, children, new_parent)
    return True


def outdent_item(db: Database, item_id: int) -> bool:
    """Make a sub-item a main item right after its parent (3a → 4)."""
    item = get_item(db, item_id)
    if item.parent_id is None:
        return False
    with db.atomic():
        children = _siblings(db, item.meeting_id, item.parent_id)
        children.remove(item_id)
        _write_positions(db, children, item.parent_id)
        siblings = _siblings(db, item.meeting_id, None)
        siblings.insert(siblings.index(item.parent_id) + 1, item_id)
        _write_positions(db, siblings, None)
    return True


def set_order(db: Database, meeting_id: int, structure: list[tuple[int, list[int]]]) -> None:
    """Store a whole new order (after drag and drop): [(main item, [its sub-items])]."""
    given = [main for main, _ in structure] + [sub for _, subs in structure for sub in subs]
    existing = {row[0] for row in db.execute(
        "SELECT id FROM agenda_items WHERE meeting_id = ?", [meeting_id]).fetchall()}
    if len(given) != len(set(given)) or set(given) != existing:
        raise ValidationError(tr("The agenda changed in the meantime; please try again."),
                              "order")
    with db.atomic():
        _write_positions(db, [main for main, _ in structure], None)
        for main, subs in structure:
            _write_positions(db, subs, main)


# --- documents (stukken); attaching one is core/meetings/attachments.py --------------
def set_document_confidential(db: Database, document_id: int, confidential: bool) -> None:
    """Mark a document confidential: it stays out of the pack for publication."""
    with db.atomic():
        changed = db.execute("UPDATE agenda_item_documents SET confidential = ? WHERE id = ?",
                             [int(bool(confidential)), document_id]).rowcount
    if not changed:
        raise NotFoundError(tr("This document is no longer attached."))


def remove_document(db: Database, document_id: int) -> None:
    row = db.execute("SELECT file_id FROM agenda_item_documents WHERE id = ?",
                     [document_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("This document is no longer attached."))
    with db.atomic():
        db.execute("DELETE FROM agenda_item_documents WHERE id = ?", [document_id])
        delete_file(db, row[0])


def rename_document(db: Database, document_id: int, title: str) -> None:
    db.execute("UPDATE agenda_item_documents SET title = ? WHERE id = ?",
               [short_text(title, 300, "document_title"), document_id])


def document_bytes(db: Database, document: AgendaDocument) -> bytes:
    return file_bytes(db, document.file_id)


def document_label(document: AgendaDocument) -> str:
    return document.title or document.name


# --- links from other features -----------------------------------------------------------
def list_agenda_items_for_linking(db: Database) -> list[tuple[int, str]]:
    """Every agenda item as (id, 'Raadsvergadering 12 maart 2026 — 4. Huishoudelijke hulp'),
    latest meeting first."""
    result: list[tuple[int, str]] = []
    names: dict[int, str] = {}
    for meeting in reversed(all_meetings(db)):
        rows = db.execute(f"SELECT {_ITEM_COLUMNS} FROM agenda_items WHERE meeting_id = ?",
                          [meeting.id]).fetchall()
        items = [_item(row, names, db) for row in rows]
        heading = f"{meeting.display_title} {format_date(meeting.date)}"  # once: Babel is slow
        for item in number_and_time(items, meeting.start_time):
            result.append((item.id, f"{heading} — {item.number}. {item.title}"))
    return result
