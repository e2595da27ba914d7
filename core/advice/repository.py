"""The advice register: keeping advice, its references and files, and reading them back."""

import datetime as dt

from sqlite_utils import Database

from core import driver
from core.advice.deadlines import (
    default_deadline,
    response_overdue,
    response_weeks,
    term_weeks,
)
from core.advice.model import (
    ADDRESSEES,
    KINDS,
    OPEN_STATUSES,
    STATUS_ORDER,
    Adoption,
    Advice,
    AdviceInput,
    AdviceSummary,
    Response,
    StatusChange,
    format_reference,
)
from core.advice.points import load_points
from core.dates import check_date_range, date_from_iso, from_iso, to_iso
from core.documents.text import clean
from core.errors import NotFoundError, ValidationError
from core.files import delete_file
from core.i18n import tr
from core.inserts import new_row_id
from core.profile import load_profile
from core.search.attachments import store_document
from core.search.query import index_filter

MAX_SUBJECT = 300
MAX_FIELD = 300

# Sort keys the register offers (name → SQL); ids break ties so paging is stable.
_STATUS_CASE = "CASE status " + " ".join(
    f"WHEN '{code}' THEN {index}" for index, code in enumerate(STATUS_ORDER)) + " END"
SORT_KEYS = {
    "reference": "ref_year {dir}, ref_number {dir}",
    "kind": "kind {dir}",
    "subject": "subject COLLATE NOCASE {dir}",
    "policy_area": "policy_area COLLATE NOCASE {dir}",
    "status": _STATUS_CASE + " {dir}",
    "request_date": "request_date {dir}",
    "deadline": "deadline IS NULL, deadline {dir}",
    "sent_on": "sent_on IS NULL, sent_on {dir}",
    "outcome": "response_outcome {dir}",
}


def now_text() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _text(value: str | None, limit: int, field: str, label: str) -> str:
    text = clean(value).strip()
    if len(text) > limit:
        raise ValidationError(
            tr("{label} is too long (at most {most} characters).", label=label, most=limit),
            field)
    return text


def _exists(db: Database, table: str, row_id: int | None) -> bool:
    if row_id is None:
        return True
    try:
        return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None
    except driver.OperationalError:  # the table of a feature not yet in this file
        return False


def validate_input(db: Database, data: AdviceInput) -> dict:
    """Check what the form holds; returns the columns to store."""
    if data.kind not in KINDS:
        raise ValidationError(tr("Choose whether the advice was requested or unsolicited."),
                              "kind")
    subject = _text(data.subject, MAX_SUBJECT, "subject", tr("The subject"))
    if not subject:
        raise ValidationError(tr("The advice needs a subject."), "subject")
    if data.request_date is None:
        raise ValidationError(tr("Give the date of the request (or of the start)."),
                              "request_date")
    check_date_range(data.request_date, "request_date")
    deadline = data.deadline
    if deadline is None and data.kind == "requested":
        deadline = default_deadline(data.request_date, term_weeks(db))
    if deadline is not None:
        check_date_range(deadline, "deadline")
        if deadline < data.request_date:
            raise ValidationError(tr("The deadline lies before the request date."), "deadline")
    if data.addressee not in ADDRESSEES:
        raise ValidationError(tr("Choose to whom the advice goes."), "addressee")
    if not _exists(db, "working_groups", data.working_group_id):
        raise ValidationError(tr("That working group no longer exists."), "working_group")
    if not _exists(db, "members", data.rapporteur_id):
        raise ValidationError(tr("That member no longer exists."), "rapporteur")
    if not _exists(db, "relations", data.sender_relation_id):
        raise ValidationError(tr("That relation is no longer in Relaties."), "sender")
    return {
        "kind": data.kind,
        "subject": subject,
        "policy_area": _text(data.policy_area, MAX_FIELD, "policy_area", tr("The policy area")),
        "requested_by": _text(data.requested_by, MAX_FIELD, "requested_by",
                              tr("Who asked")),
        "their_reference": _text(data.their_reference, MAX_FIELD, "their_reference",
                                 tr("Their reference")),
        "request_date": to_iso(data.request_date),
        "deadline": to_iso(deadline),
        "working_group_id": data.working_group_id,
        "rapporteur_id": data.rapporteur_id,
        "addressee": data.addressee,
        "notes": clean(data.notes).strip(),
        "sender_relation_id": data.sender_relation_id,
        "confidential": int(bool(data.confidential)),
        "municipality": _municipality(db, data.municipality),
    }


def _municipality(db: Database, name: str) -> str:
    """'' for the council's own municipality, else one of those the profile names."""
    name = clean(name).strip()
    profile = load_profile(db)
    if not name or name == profile.municipality.strip():
        return ""
    if name not in profile.municipalities:
        raise ValidationError(tr("The council does not advise {name}: add the municipality "
                                 "under Instellingen → Raad first.", name=name),
                              "municipality")
    return name


def next_reference(db: Database, year: int) -> tuple[int, int]:
    """The next free number in ``year``: (2026, 8) after 2026-07."""
    row = db.execute("SELECT MAX(ref_number) FROM advice WHERE ref_year = ?", [year]).fetchone()
    return year, (row[0] or 0) + 1


def add_history(db: Database, advice_id: int, status: str, on: dt.date, note: str = "") -> None:
    db.execute(
        "INSERT INTO advice_status_history (advice_id, status, changed_on, note, recorded_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [advice_id, status, to_iso(on), clean(note).strip()[:MAX_FIELD], now_text()],
    )


def create_advice(db: Database, data: AdviceInput, request_file: tuple[str, bytes] | None = None
                  ) -> int:
    """Register an advice (with its request letter); it gets the next number of its year."""
    row = validate_input(db, data)
    request_date = data.request_date
    assert request_date is not None  # validate_input refuses an advice without one
    status = "received" if data.kind == "requested" else "preparing"
    now = now_text()
    with db.atomic():
        year, number = next_reference(db, request_date.year)
        file_id = store_document(db, *request_file) if request_file else None
        cursor = db.execute(
            f"INSERT INTO advice (ref_year, ref_number, {', '.join(row)}, request_file_id, "
            f"status, created_at, updated_at) VALUES (?, ?, {', '.join('?' for _ in row)}, "
            "?, ?, ?, ?)",
            [year, number, *row.values(), file_id, status, now, now],
        )
        advice_id = new_row_id(cursor.lastrowid)
        add_history(db, advice_id, status, request_date)
    return advice_id


def update_advice(db: Database, advice_id: int, data: AdviceInput) -> None:
    """Save the register fields; the reference stays what it was."""
    get_advice(db, advice_id)
    row = validate_input(db, data)
    assignments = ", ".join(f"{column} = ?" for column in row)
    with db.atomic():
        db.execute(f"UPDATE advice SET {assignments}, updated_at = ? WHERE id = ?",
                   [*row.values(), now_text(), advice_id])


def _replace_file(db: Database, advice_id: int, column: str, file: tuple[str, bytes] | None
                  ) -> None:
    old = db.execute(f"SELECT {column} FROM advice WHERE id = ?", [advice_id]).fetchone()
    if old is None:
        raise NotFoundError(tr("Advice {id} does not exist (any more).", id=advice_id))
    with db.atomic():
        new_id = store_document(db, *file) if file else None
        db.execute(f"UPDATE advice SET {column} = ?, updated_at = ? WHERE id = ?",
                   [new_id, now_text(), advice_id])
        if old[0] is not None:
            delete_file(db, old[0])


def set_request_letter(db: Database, advice_id: int, file: tuple[str, bytes] | None) -> None:
    """Store (or with None remove) the request letter; the old one goes."""
    _replace_file(db, advice_id, "request_file_id", file)


def set_response_letter(db: Database, advice_id: int, file: tuple[str, bytes] | None) -> None:
    _replace_file(db, advice_id, "response_file_id", file)


def delete_advice(db: Database, advice_id: int) -> None:
    """Remove an advice with its stored request and response letters.

    Letters in the archive stay: they were sent and belong to the archive.
    """
    advice = get_advice(db, advice_id)
    with db.atomic():
        db.execute("DELETE FROM advice WHERE id = ?", [advice_id])
        for file_id in (advice.request_file_id, advice.response_file_id):
            if file_id is not None:
                delete_file(db, file_id)


def _history(db: Database, advice_id: int) -> list[StatusChange]:
    rows = db.execute(
        "SELECT status, changed_on, note FROM advice_status_history WHERE advice_id = ? "
        "ORDER BY changed_on, id", [advice_id]).fetchall()
    return [StatusChange(status, date_from_iso(changed_on), note)
            for status, changed_on, note in rows]


def _adoption(row: dict) -> Adoption | None:
    if not row.get("adopted_how") or not row["adopted_on"]:
        return None
    return Adoption(date_from_iso(row["adopted_on"]), row["adopted_how"],
                    row["adopted_decision_id"], row["round_for"], row["round_against"],
                    row["round_abstained"], row["round_note"])


def get_advice(db: Database, advice_id: int) -> Advice:
    cursor = db.execute("SELECT * FROM advice WHERE id = ?", [advice_id])
    values = cursor.fetchone()
    if values is None:
        raise NotFoundError(tr("Advice {id} does not exist (any more).", id=advice_id))
    row = dict(zip([d[0] for d in cursor.description], values, strict=True))
    response = None
    if row["response_date"]:
        response = Response(date_from_iso(row["response_date"]), row["response_outcome"],
                            row["response_reasons"], load_points(db, advice_id))
    return Advice(
        id=row["id"], reference=format_reference(row["ref_year"], row["ref_number"]),
        ref_year=row["ref_year"], ref_number=row["ref_number"], kind=row["kind"],
        subject=row["subject"], policy_area=row["policy_area"],
        requested_by=row["requested_by"], their_reference=row["their_reference"],
        request_date=date_from_iso(row["request_date"]), deadline=from_iso(row["deadline"]),
        request_file_id=row["request_file_id"], working_group_id=row["working_group_id"],
        rapporteur_id=row["rapporteur_id"], addressee=row["addressee"], status=row["status"],
        body=row["body"], adopted_on=from_iso(row["adopted_on"]), letter_id=row["letter_id"],
        sent_on=from_iso(row["sent_on"]), response=response,
        response_file_id=row["response_file_id"],
        reminder_letter_id=row["reminder_letter_id"],
        reminded_on=from_iso(row["reminded_on"]), notes=row["notes"],
        history=_history(db, advice_id), sender_relation_id=row.get("sender_relation_id"),
        adoption=_adoption(row), confidential=bool(row.get("confidential")),
        municipality=row.get("municipality") or "",
    )


def _where(year: int | None, status: str | None, search: str) -> tuple[str, list]:
    clauses: list[str] = []
    params: list[object] = []
    if year is not None:
        clauses.append("ref_year = ?")
        params.append(year)
    if status == "open":
        clauses.append("status NOT IN ('responded', 'closed')")
    elif status:
        clauses.append("status = ?")
        params.append(status)
    text_filter = index_filter("search_advice", clean(search), "id")
    if text_filter is not None:
        # A reference ("2026-07") is one advice, not every advice with a 07 in it.
        clauses.append(f"({text_filter[0]} AND (? NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9]*' "
                       "OR (ref_year || '-' || printf('%02d', ref_number)) = ?))")
        params += [*text_filter[1], clean(search).strip(), clean(search).strip()]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_advice(db: Database, year: int | None = None, status: str | None = None,
                 search: str = "") -> int:
    where, params = _where(year, status, search)
    return db.execute(f"SELECT COUNT(*) FROM advice{where}", params).fetchone()[0]


def fetch_advice(db: Database, offset: int = 0, limit: int = 200, sort_key: str | None = None,
                 descending: bool = True, year: int | None = None, status: str | None = None,
                 search: str = "", today: dt.date | None = None) -> list[AdviceSummary]:
    """One page of the register, newest first unless another order is asked for."""
    today = today or dt.date.today()
    weeks = response_weeks(db)
    where, params = _where(year, status, search)
    order = SORT_KEYS.get(sort_key or "reference", SORT_KEYS["reference"])
    order = order.format(dir="DESC" if descending else "ASC")
    rows = db.execute(
        "SELECT id, ref_year, ref_number, kind, subject, policy_area, status, request_date, "
        f"deadline, sent_on, response_outcome, response_date FROM advice{where} "
        f"ORDER BY {order}, id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [_summary(row, today, weeks) for row in rows]


def _summary(row, today: dt.date, weeks: int) -> AdviceSummary:
    (advice_id, year, number, kind, subject, area, status, request_date, deadline, sent_on,
     outcome, response_date) = row
    deadline_date, sent_date = from_iso(deadline), from_iso(sent_on)
    late = (status in OPEN_STATUSES and deadline_date is not None
            and deadline_date < today)
    overdue = late or (status == "sent" and response_overdue(
        sent_date, from_iso(response_date), today, weeks))
    return AdviceSummary(advice_id, format_reference(year, number), kind, subject, area, status,
                         date_from_iso(request_date), deadline_date, sent_date, outcome, overdue)


def list_advice(db: Database, year: int | None = None, status: str | None = None,
                today: dt.date | None = None) -> list[AdviceSummary]:
    return fetch_advice(db, 0, -1, "reference", True, year, status, "", today)


def list_advice_for_linking(db: Database) -> list[tuple[int, str]]:
    """Every advice as (id, "2026-07 — Subject"), newest first: for link pickers."""
    rows = db.execute("SELECT id, ref_year, ref_number, subject FROM advice "
                      "ORDER BY ref_year DESC, ref_number DESC").fetchall()
    return [(row[0], f"{format_reference(row[1], row[2])} — {row[3]}") for row in rows]


def advice_years(db: Database) -> list[int]:
    """The years that have advice (by reference or by sending), newest first."""
    rows = db.execute(
        "SELECT ref_year FROM advice UNION SELECT CAST(substr(sent_on, 1, 4) AS INTEGER) "
        "FROM advice WHERE sent_on IS NOT NULL ORDER BY 1 DESC").fetchall()
    return [row[0] for row in rows]


def policy_areas(db: Database) -> list[str]:
    """The policy areas used so far, to offer them again."""
    rows = db.execute("SELECT DISTINCT policy_area FROM advice WHERE policy_area != '' "
                      "ORDER BY policy_area COLLATE NOCASE").fetchall()
    return [row[0] for row in rows]
