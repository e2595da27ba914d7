"""Storing and finding signals: create, change, delete, and the filtered list."""

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from core.dates import check_date_range, date_from_iso, from_iso, to_iso
from core.errors import NotFoundError, ValidationError
from core.i18n import tr
from core.inserts import new_row_id
from core.search.query import count_matches, index_filter
from core.signals.model import (
    CHANNELS,
    MAX_DESCRIPTION,
    MAX_SHORT,
    STATUSES,
    Signal,
    SignalInput,
    Theme,
)
from core.signals.people import member_exists, member_names
from core.signals.themes import list_themes

SIGNAL_COLUMNS = (
    "s.id, s.received_on, s.channel, s.target_group, s.neighbourhood, s.description, "
    "s.sensitive, s.status, s.handled_note, s.logged_by, s.closed_on, s.erased_on, "
    "EXISTS (SELECT 1 FROM signal_contacts c WHERE c.signal_id = s.id)"
)
SORT_KEYS = {
    "received_on": "s.received_on",
    "channel": "s.channel",
    "status": "s.status",
    "target_group": "s.target_group COLLATE NOCASE",
    "id": "s.id",
}


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@dataclass
class SignalFilter:
    """What the Signalen page filters on; every part is optional."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    theme_id: int | None = None
    status: str | None = None  # a status code, or "open" for every status but closed
    channel: str | None = None
    text: str = ""


def _check_text(value: str, field: str, limit: int = MAX_SHORT) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(tr("This field takes at most {count} characters.", count=limit),
                              field)
    return value


def validate(db: Database, data: SignalInput, today: dt.date | None = None) -> SignalInput:
    """Check what the form gives; returns the cleaned input."""
    today = today or dt.date.today()
    if data.received_on is None:
        raise ValidationError(tr("Fill in the date the signal came in."), "received_on")
    check_date_range(data.received_on, "received_on")
    if data.received_on > today:
        raise ValidationError(tr("The date of a signal cannot lie in the future."),
                              "received_on")
    if data.channel not in CHANNELS:
        raise ValidationError(tr("Choose how the signal came in."), "channel")
    theme_ids = list(dict.fromkeys(data.theme_ids))
    if not theme_ids:
        raise ValidationError(tr("Choose at least one theme."), "themes")
    known = {theme.id for theme in list_themes(db, include_inactive=True)}
    if any(theme_id not in known for theme_id in theme_ids):
        raise ValidationError(tr("One of the chosen themes no longer exists."), "themes")
    description = (data.description or "").strip()
    if not description:
        raise ValidationError(tr("Describe what the signal is about."), "description")
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(tr("The description takes at most {count} characters.",
                                 count=MAX_DESCRIPTION), "description")
    if data.logged_by is not None and not member_exists(db, data.logged_by):
        raise ValidationError(tr("The member who logged this is no longer in the list."),
                              "logged_by")
    return SignalInput(
        received_on=data.received_on, channel=data.channel, theme_ids=theme_ids,
        description=description,
        target_group=_check_text(data.target_group, "target_group"),
        neighbourhood=_check_text(data.neighbourhood, "neighbourhood"),
        sensitive=bool(data.sensitive), logged_by=data.logged_by,
    )


def _write_themes(db: Database, signal_id: int, theme_ids: list[int]) -> None:
    db.execute("DELETE FROM signal_theme_links WHERE signal_id = ?", [signal_id])
    for theme_id in theme_ids:
        db.execute("INSERT INTO signal_theme_links (signal_id, theme_id) VALUES (?, ?)",
                   [signal_id, theme_id])


def insert_signal(db: Database, data: SignalInput, stamp: str) -> int:
    """The signal row, its themes and its first history line (inside the caller's transaction)."""
    cursor = db.execute(
        "INSERT INTO signals (received_on, channel, target_group, neighbourhood, description, "
        "sensitive, status, logged_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)",
        [to_iso(data.received_on), data.channel, data.target_group, data.neighbourhood,
         data.description, int(data.sensitive), data.logged_by, stamp, stamp],
    )
    signal_id = new_row_id(cursor.lastrowid)
    _write_themes(db, signal_id, data.theme_ids)
    db.execute(
        "INSERT INTO signal_status_history (signal_id, changed_at, old_status, new_status, "
        "changed_by) VALUES (?, ?, NULL, 'new', ?)",
        [signal_id, stamp, data.logged_by],
    )
    return signal_id


def update_signal(db: Database, signal_id: int, data: SignalInput,
                  today: dt.date | None = None) -> Signal:
    """Change what was logged (not the status: that goes through change_status)."""
    with db.atomic():
        current = get_signal(db, signal_id)
        if current.erased_on:
            raise ValidationError(tr("This signal was erased on request and cannot be changed."))
        data = validate(db, data, today)
        db.execute(
            "UPDATE signals SET received_on = ?, channel = ?, target_group = ?, "
            "neighbourhood = ?, description = ?, sensitive = ?, logged_by = ?, updated_at = ? "
            "WHERE id = ?",
            [to_iso(data.received_on), data.channel, data.target_group, data.neighbourhood,
             data.description, int(data.sensitive), data.logged_by, now(), signal_id],
        )
        _write_themes(db, signal_id, data.theme_ids)
    return get_signal(db, signal_id)


def set_handled_note(db: Database, signal_id: int, note: str) -> None:
    """What was done with the signal (free text)."""
    note = _check_text(note, "handled_note", MAX_DESCRIPTION)
    with db.atomic():
        get_signal(db, signal_id)
        db.execute("UPDATE signals SET handled_note = ?, updated_at = ? WHERE id = ?",
                   [note, now(), signal_id])


def delete_signal(db: Database, signal_id: int) -> None:
    """Delete a signal with everything that hangs on it (contact, history, links)."""
    with db.atomic():
        get_signal(db, signal_id)
        db.execute("DELETE FROM signals WHERE id = ?", [signal_id])


def _themes_for(db: Database, signal_ids: list[int]) -> dict[int, list[Theme]]:
    if not signal_ids:
        return {}
    themes = {theme.id: theme for theme in list_themes(db, include_inactive=True)}
    marks = ",".join("?" * len(signal_ids))
    rows = db.execute(
        f"SELECT l.signal_id, l.theme_id FROM signal_theme_links l "
        f"JOIN signal_themes t ON t.id = l.theme_id WHERE l.signal_id IN ({marks}) "
        "ORDER BY t.position, t.id", signal_ids).fetchall()
    found: dict[int, list[Theme]] = {signal_id: [] for signal_id in signal_ids}
    for signal_id, theme_id in rows:
        found[signal_id].append(themes[theme_id])
    return found


def _signals_from_rows(db: Database, rows) -> list[Signal]:
    ids = [row[0] for row in rows]
    themes = _themes_for(db, ids)
    names = member_names(db, {row[9] for row in rows})
    return [
        Signal(
            id=row[0], received_on=date_from_iso(row[1]), channel=row[2], target_group=row[3],
            neighbourhood=row[4], description=row[5], sensitive=bool(row[6]), status=row[7],
            handled_note=row[8], logged_by=row[9], logged_by_name=names.get(row[9], ""),
            closed_on=from_iso(row[10]), erased_on=from_iso(row[11]), has_contact=bool(row[12]),
            themes=themes[row[0]], theme_ids=[theme.id for theme in themes[row[0]]],
        )
        for row in rows
    ]


def get_signal(db: Database, signal_id: int) -> Signal:
    rows = db.execute(f"SELECT {SIGNAL_COLUMNS} FROM signals s WHERE s.id = ?",
                      [signal_id]).fetchall()
    if not rows:
        raise NotFoundError(tr("This signal no longer exists."))
    return _signals_from_rows(db, rows)[0]


def _where(criteria: SignalFilter) -> tuple[str, list]:
    clauses: list[str] = []
    params: list[object] = []
    if criteria.date_from:
        clauses.append("s.received_on >= ?")
        params.append(to_iso(criteria.date_from))
    if criteria.date_to:
        clauses.append("s.received_on <= ?")
        params.append(to_iso(criteria.date_to))
    if criteria.theme_id is not None:
        clauses.append("EXISTS (SELECT 1 FROM signal_theme_links l "
                       "WHERE l.signal_id = s.id AND l.theme_id = ?)")
        params.append(criteria.theme_id)
    if criteria.status == "open":
        clauses.append("s.status != 'closed'")
    elif criteria.status in STATUSES:
        clauses.append("s.status = ?")
        params.append(criteria.status)
    if criteria.channel in CHANNELS:
        clauses.append("s.channel = ?")
        params.append(criteria.channel)
    text_filter = index_filter("search_signals", criteria.text or "", "s.id")
    if text_filter is not None:
        clauses.append(text_filter[0])
        params += text_filter[1]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def count_signals(db: Database, criteria: SignalFilter | None = None) -> int:
    criteria = criteria or SignalFilter()
    if criteria.text and dataclasses.replace(criteria, text="") == SignalFilter():
        matches = count_matches(db, "search_signals", criteria.text)  # the index alone knows
        if matches is not None:
            return matches
    where, params = _where(criteria)
    return db.execute(f"SELECT COUNT(*) FROM signals s{where}", params).fetchone()[0]


def fetch_signals(db: Database, criteria: SignalFilter | None = None, offset: int = 0,
                  limit: int = 200, sort_key: str | None = None,
                  descending: bool = True) -> list[Signal]:
    """One page of the filtered list; newest first unless sorted otherwise."""
    where, params = _where(criteria or SignalFilter())
    order = SORT_KEYS.get(sort_key or "received_on", SORT_KEYS["received_on"])
    direction = "DESC" if descending else "ASC"
    rows = db.execute(
        f"SELECT {SIGNAL_COLUMNS} FROM signals s{where} "
        f"ORDER BY {order} {direction}, s.id {direction} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return _signals_from_rows(db, rows)


def list_signals(db: Database, criteria: SignalFilter | None = None) -> list[Signal]:
    """All signals that match, oldest first (for reports and counts)."""
    return fetch_signals(db, criteria, 0, -1, "received_on", descending=False)


def target_groups(db: Database) -> list[str]:
    """Target groups used before: the form offers them as completions."""
    rows = db.execute("SELECT DISTINCT target_group FROM signals WHERE target_group != '' "
                      "ORDER BY target_group COLLATE NOCASE").fetchall()
    return [row[0] for row in rows]


def neighbourhoods(db: Database) -> list[str]:
    rows = db.execute("SELECT DISTINCT neighbourhood FROM signals WHERE neighbourhood != '' "
                      "ORDER BY neighbourhood COLLATE NOCASE").fetchall()
    return [row[0] for row in rows]
