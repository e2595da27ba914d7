"""Links between signals and the advice and agenda items that took them up."""

import datetime as dt

from sqlite_utils import Database

from core.advice import list_advice_for_linking
from core.errors import NotFoundError
from core.i18n import format_date, tr
from core.meetings import list_agenda_items_for_linking
from core.signals.model import Signal
from core.signals.repository import get_signal
from core.signals.status import record_status


def signal_label(signal: Signal) -> str:
    """'12-03-2026 · Wonen — Huurtoeslag komt te laat' (never a sensitive description)."""
    return f"{format_date(signal.received_on, 'short')} · {signal.theme_labels} — " \
           f"{signal.summary(60)}"


def _require(db: Database, table: str, row_id: int, message: str) -> None:
    if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is None:
        raise NotFoundError(message)


def _labels_for(db: Database, signal_ids: list[int]) -> list[tuple[int, str]]:
    return [(signal.id, signal_label(signal))
            for signal in (get_signal(db, signal_id) for signal_id in signal_ids)]


# --- advice (the contract in the BRIEF) --------------------------------------------------

def link_signal_to_advice(db: Database, signal_id: int, advice_id: int,
                          today: dt.date | None = None) -> None:
    """Link; a signal that is not closed moves to 'taken up in advice' (with history)."""
    with db.atomic():
        signal = get_signal(db, signal_id)
        _require(db, "advice", advice_id, tr("This advice no longer exists."))
        db.execute("INSERT OR IGNORE INTO advice_signals (advice_id, signal_id) VALUES (?, ?)",
                   [advice_id, signal_id])
        if signal.status not in ("closed", "in_advice"):
            subject = _advice_subject(db, advice_id)
            record_status(db, signal_id, signal.status, "in_advice",
                          tr("Linked to the advice '{subject}'.", subject=subject), None,
                          today or dt.date.today())


def unlink_signal_from_advice(db: Database, signal_id: int, advice_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM advice_signals WHERE advice_id = ? AND signal_id = ?",
                   [advice_id, signal_id])


def signals_for_advice(db: Database, advice_id: int) -> list[tuple[int, str]]:
    rows = db.execute(
        "SELECT a.signal_id FROM advice_signals a JOIN signals s ON s.id = a.signal_id "
        "WHERE a.advice_id = ? ORDER BY s.received_on, s.id", [advice_id]).fetchall()
    return _labels_for(db, [row[0] for row in rows])


def advice_for_signal(db: Database, signal_id: int) -> list[tuple[int, str]]:
    rows = db.execute(
        "SELECT a.id, a.subject FROM advice_signals l JOIN advice a ON a.id = l.advice_id "
        "WHERE l.signal_id = ? ORDER BY a.id", [signal_id]).fetchall()
    return [(row[0], row[1] or tr("(advice without a subject)")) for row in rows]


def _advice_subject(db: Database, advice_id: int) -> str:
    row = db.execute("SELECT subject FROM advice WHERE id = ?", [advice_id]).fetchone()
    return (row[0] if row else "") or tr("(advice without a subject)")


# --- agenda items ------------------------------------------------------------------------

def link_signal_to_agenda_item(db: Database, signal_id: int, agenda_item_id: int) -> None:
    with db.atomic():
        get_signal(db, signal_id)
        _require(db, "agenda_items", agenda_item_id, tr("This agenda item no longer exists."))
        db.execute("INSERT OR IGNORE INTO signal_agenda_items (signal_id, agenda_item_id) "
                   "VALUES (?, ?)", [signal_id, agenda_item_id])


def unlink_signal_from_agenda_item(db: Database, signal_id: int, agenda_item_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM signal_agenda_items WHERE signal_id = ? AND agenda_item_id = ?",
                   [signal_id, agenda_item_id])


def agenda_item_choices(db: Database) -> list[tuple[int, str]]:
    """Every agenda item a signal can be linked to, labelled by the meetings feature."""
    return list(list_agenda_items_for_linking(db))


def advice_choices(db: Database) -> list[tuple[int, str]]:
    """Every advice a signal can be linked to, labelled by the advice feature."""
    return list(list_advice_for_linking(db))


def agenda_items_for_signal(db: Database, signal_id: int) -> list[tuple[int, str]]:
    ids = {row[0] for row in db.execute(
        "SELECT agenda_item_id FROM signal_agenda_items WHERE signal_id = ?",
        [signal_id]).fetchall()}
    if not ids:
        return []
    return [(item_id, label) for item_id, label in agenda_item_choices(db) if item_id in ids]


def signals_for_agenda_item(db: Database, agenda_item_id: int) -> list[tuple[int, str]]:
    rows = db.execute(
        "SELECT l.signal_id FROM signal_agenda_items l JOIN signals s ON s.id = l.signal_id "
        "WHERE l.agenda_item_id = ? ORDER BY s.received_on, s.id", [agenda_item_id]).fetchall()
    return _labels_for(db, [row[0] for row in rows])

