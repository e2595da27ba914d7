"""The path of an advice: writing the text, moving the status, and the response.

Rules a secretary can rely on: the text is frozen once the council adopted it; an
advice is only "sent" with an advice letter; a response only comes after sending.
"""

import datetime as dt

from sqlite_utils import Database

from core.advice.model import (
    FROZEN_STATUSES,
    OUTCOMES,
    STATUSES,
    Response,
    format_reference,
    status_index,
    status_label,
)
from core.advice.points import checked_points, write_points
from core.advice.repository import add_history, get_advice, now_text
from core.dates import check_date_range, to_iso
from core.documents.text import clean
from core.errors import ValidationError
from core.files import delete_file
from core.i18n import format_date, tr
from core.letters import delete_letter, mark_sent
from core.meetings import list_agenda_items_for_linking
from core.search.attachments import store_document

MAX_TEXT = 200_000


def save_text(db: Database, advice_id: int, text: str) -> None:
    """Keep the advice text; refused once the advice was adopted."""
    advice = get_advice(db, advice_id)
    if advice.text_frozen:
        raise ValidationError(
            tr("The advice was adopted on {date}; its text can no longer be changed.",
               date=format_date(advice.adopted_on)), "body")
    text = clean(text)
    if len(text) > MAX_TEXT:
        raise ValidationError(tr("The advice text is too long."), "body")
    with db.atomic():
        db.execute("UPDATE advice SET body = ?, updated_at = ? WHERE id = ?",
                   [text, now_text(), advice_id])


def allowed_statuses(db: Database, advice_id: int) -> list[str]:
    """The statuses the advice may move to by hand now (for the status menu)."""
    advice = get_advice(db, advice_id)
    result = []
    for code in STATUSES:
        try:
            _check_transition(advice, code)
        except ValidationError:
            continue
        result.append(code)
    return result


def _check_transition(advice, target: str) -> None:
    if target not in STATUSES:
        raise ValidationError(tr("'{status}' is not a status of an advice.",
                                 status=str(target)[:40]), "status")
    if target == advice.status:
        raise ValidationError(tr("The advice already has the status '{status}'.",
                                 status=status_label(target)), "status")
    if _back_to_draft(advice, target):
        return  # until it is sent, an adopted advice can still be reopened
    if advice.status in FROZEN_STATUSES and status_index(target) < status_index(advice.status):
        raise ValidationError(
            tr("An advice that was adopted cannot go back to '{status}'.",
               status=status_label(target)), "status")
    if target == "adopted" and not clean(advice.body).strip():
        raise ValidationError(tr("Write the advice text before the council adopts it."),
                              "status")
    if target == "sent":
        if advice.status != "adopted":
            raise ValidationError(tr("Only an adopted advice can be sent."), "status")
        if advice.letter_id is None:
            raise ValidationError(
                tr("Make the advice letter first: an advice is sent with a letter."), "status")
    if target == "responded":
        if advice.sent_on is None:
            raise ValidationError(tr("A response can only come after the advice was sent."),
                                  "status")
        raise ValidationError(
            tr("Record the response (date and outcome); the status then follows."), "status")
    if target == "closed" and advice.status not in ("sent", "responded"):
        raise ValidationError(tr("Only an advice that was sent can be closed."), "status")


def _back_to_draft(advice, target: str) -> bool:
    """An adopted advice that was not sent goes back to concept: its text opens again."""
    return target == "draft" and advice.status == "adopted" and advice.sent_on is None


def _reopen(db: Database, advice) -> None:
    """Back to concept: the adoption is undone and the unsent letter with the old text goes
    (it is made again after the next adoption); inside the caller's transaction."""
    db.execute("UPDATE advice SET adopted_on = NULL, adopted_how = '', "
               "adopted_decision_id = NULL, round_for = NULL, round_against = NULL, "
               "round_abstained = NULL, round_note = '', letter_id = NULL WHERE id = ?",
               [advice.id])
    if advice.letter_id is not None:
        delete_letter(db, advice.letter_id)


def set_status(db: Database, advice_id: int, status: str, on: dt.date | None = None,
               note: str = "") -> None:
    """Move the advice to ``status`` on date ``on`` (recorded in its history)."""
    advice = get_advice(db, advice_id)
    on = check_date_range(on or dt.date.today(), "changed_on")
    _check_transition(advice, status)
    if on < advice.request_date:
        raise ValidationError(tr("The date lies before the request date."), "changed_on")
    if status == "sent" and advice.adopted_on and on < advice.adopted_on:
        raise ValidationError(tr("An advice cannot be sent before it was adopted."),
                              "changed_on")
    extra = {}
    if status == "adopted":
        extra["adopted_on"] = to_iso(on)
    if status == "sent":
        extra["sent_on"] = to_iso(on)
    assignments = "".join(f", {column} = ?" for column in extra)
    with db.atomic():
        if _back_to_draft(advice, status):
            _reopen(db, advice)
        db.execute(f"UPDATE advice SET status = ?{assignments}, updated_at = ? WHERE id = ?",
                   [status, *extra.values(), now_text(), advice_id])
        add_history(db, advice_id, status, on, note)
        if status == "sent" and advice.letter_id is not None:  # _check_transition saw to it
            mark_sent(db, advice.letter_id, on)


def record_response(db: Database, advice_id: int, response: Response,
                    file: tuple[str, bytes] | None = None) -> None:
    """Keep the college's response (with its answer per point, and its letter); the advice
    becomes 'response received'."""
    advice = get_advice(db, advice_id)
    if advice.sent_on is None:
        raise ValidationError(tr("A response can only come after the advice was sent."),
                              "response_date")
    check_date_range(response.date, "response_date")
    if response.date < advice.sent_on:
        raise ValidationError(
            tr("The response date lies before the advice was sent ({date}).",
               date=format_date(advice.sent_on)), "response_date")
    if response.outcome not in OUTCOMES:
        raise ValidationError(tr("Choose the outcome: adopted in full, partly, or not."),
                              "outcome")
    reasons = clean(response.reasons).strip()
    if len(reasons) > MAX_TEXT:
        raise ValidationError(tr("The reasons are too long."), "reasons")
    points = checked_points(response.points)
    with db.atomic():
        write_points(db, advice_id, points)
        file_id = advice.response_file_id
        if file is not None:
            file_id = store_document(db, *file)
        db.execute(
            "UPDATE advice SET response_date = ?, response_outcome = ?, response_reasons = ?, "
            "response_file_id = ?, updated_at = ? WHERE id = ?",
            [to_iso(response.date), response.outcome, reasons, file_id, now_text(), advice_id])
        if file is not None and advice.response_file_id is not None:
            delete_file(db, advice.response_file_id)
        if advice.status == "sent":
            db.execute("UPDATE advice SET status = 'responded' WHERE id = ?", [advice_id])
            add_history(db, advice_id, "responded", response.date)


def link_agenda_item(db: Database, advice_id: int, agenda_item_id: int) -> None:
    """Note that the advice was discussed under this agenda item (once is enough)."""
    get_advice(db, advice_id)
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO advice_agenda_items (advice_id, agenda_item_id) "
                   "VALUES (?, ?)", [advice_id, agenda_item_id])


def unlink_agenda_item(db: Database, advice_id: int, agenda_item_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM advice_agenda_items WHERE advice_id = ? AND agenda_item_id = ?",
                   [advice_id, agenda_item_id])


def agenda_items_for_advice(db: Database, advice_id: int) -> list[tuple[int, str]]:
    """The agenda items where the advice was discussed, as (id, label), by date."""
    linked = {row[0] for row in db.execute(
        "SELECT agenda_item_id FROM advice_agenda_items WHERE advice_id = ?", [advice_id])}
    if not linked:
        return []
    return [(item_id, label) for item_id, label in list_agenda_items_for_linking(db)
            if item_id in linked]


def advice_for_agenda_item(db: Database, agenda_item_id: int) -> list[tuple[int, str]]:
    """The advice discussed under one agenda item (for the meetings feature)."""
    rows = db.execute(
        "SELECT a.id, a.ref_year, a.ref_number, a.subject FROM advice a "
        "JOIN advice_agenda_items l ON l.advice_id = a.id WHERE l.agenda_item_id = ? "
        "ORDER BY a.ref_year, a.ref_number", [agenda_item_id]).fetchall()
    return [(row[0], f"{format_reference(row[1], row[2])} — {row[3]}") for row in rows]
