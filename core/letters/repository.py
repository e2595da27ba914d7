"""Keeping letters in the council file and reading them back."""

import datetime as dt
import json

from sqlite_utils import Database

from core.dates import check_date_range, date_from_iso, from_iso, to_iso
from core.documents.letter import LetterContent
from core.documents.text import clean
from core.errors import NotFoundError, ValidationError
from core.files import delete_file, file_bytes, store_bytes
from core.i18n import tr
from core.inserts import new_row_id
from core.letters.model import (
    ArchivedLetter,
    LetterSummary,
    first_line,
    validate_letter,
    validate_pdf,
)
from core.profile import Signer
from core.search.query import index_filter

# Sort keys the archive list offers (name → SQL); ids break ties so paging is stable.
SORT_KEYS = {
    "letter_date": "letter_date",
    "kind": "kind",
    "addressee": "addressee COLLATE NOCASE",
    "subject": "subject COLLATE NOCASE",
    "reference": "reference COLLATE NOCASE",
    "sent_on": "sent_on",
}
_SUMMARY_COLUMNS = "id, kind, letter_date, addressee, subject, reference, sent_on"


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _pdf_name(content: LetterContent) -> str:
    """A file name for the stored PDF: date and the start of the subject."""
    subject = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in
                      clean(content.subject))
    words = "-".join(subject.split())[:60] or "brief"
    return f"{content.letter_date.isoformat()}-{words}.pdf"


def _content_row(content: LetterContent) -> dict:
    check_date_range(content.letter_date, "letter_date")
    return {
        "letter_date": to_iso(content.letter_date),
        "place": clean(content.place),
        "addressee": clean(content.addressee),
        "salutation": clean(content.salutation),
        "subject": clean(content.subject),
        "reference": clean(content.reference),
        "their_reference": clean(content.their_reference),
        "body": clean(content.body),
        "closing": clean(content.closing),
        "signers": json.dumps(
            [{"name": clean(s.name), "role": clean(s.role)} for s in content.signers],
            ensure_ascii=False),
        "enclosures": clean(content.enclosures),
        "copies": clean(content.copies),
        "relation_id": content.relation_id,
        "confidential": int(bool(content.confidential)),
    }


def archive_letter(db: Database, content: LetterContent, kind: str, pdf: bytes,
                   sent_on: dt.date | None = None) -> int:
    """Keep a letter and its PDF in one transaction; returns the letter's id."""
    validate_letter(content, kind)
    validate_pdf(pdf)
    if sent_on is not None:
        check_date_range(sent_on, "sent_on")
    row = _content_row(content)
    now = _now()
    with db.atomic():
        file_id = store_bytes(db, _pdf_name(content), bytes(pdf), "application/pdf")
        cursor = db.execute(
            f"INSERT INTO letters (kind, {', '.join(row)}, pdf_file_id, sent_on, created_at, "
            f"updated_at) VALUES (?, {', '.join('?' for _ in row)}, ?, ?, ?, ?)",
            [kind, *row.values(), file_id, to_iso(sent_on), now, now],
        )
        return new_row_id(cursor.lastrowid)


def replace_letter(db: Database, letter_id: int, content: LetterContent, pdf: bytes) -> None:
    """Rewrite a letter that was not sent yet (new text, new PDF), in one transaction."""
    letter = get_letter(db, letter_id)
    validate_letter(content, letter.kind)
    validate_pdf(pdf)
    if letter.sent_on is not None:
        raise ValidationError(
            tr("This letter was sent on {date} and can no longer be changed.",
               date=letter.sent_on.strftime("%d-%m-%Y")), "sent_on")
    row = _content_row(content)
    with db.atomic():
        file_id = store_bytes(db, _pdf_name(content), bytes(pdf), "application/pdf")
        assignments = ", ".join(f"{column} = ?" for column in row)
        db.execute(
            f"UPDATE letters SET {assignments}, pdf_file_id = ?, updated_at = ? WHERE id = ?",
            [*row.values(), file_id, _now(), letter_id],
        )
        if letter.pdf_file_id is not None:
            delete_file(db, letter.pdf_file_id)


def _signers(text: str) -> list[Signer]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    return [Signer(str(item.get("name", "")), str(item.get("role", "")))
            for item in data if isinstance(item, dict)]


def _letter_from_row(row: dict) -> ArchivedLetter:
    content = LetterContent(
        addressee=row["addressee"],
        subject=row["subject"],
        body=row["body"],
        letter_date=date_from_iso(row["letter_date"]),
        place=row["place"],
        reference=row["reference"],
        their_reference=row["their_reference"],
        salutation=row["salutation"],
        closing=row["closing"],
        signers=_signers(row["signers"]),
        enclosures=row["enclosures"],
        copies=row["copies"],
        relation_id=row.get("relation_id"),
        confidential=bool(row.get("confidential")),
    )
    return ArchivedLetter(
        id=row["id"], kind=row["kind"], content=content, sent_on=from_iso(row["sent_on"]),
        pdf_file_id=row["pdf_file_id"], created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def get_letter(db: Database, letter_id: int) -> ArchivedLetter:
    cursor = db.execute("SELECT * FROM letters WHERE id = ?", [letter_id])
    values = cursor.fetchone()
    if values is None:
        raise NotFoundError(tr("Letter {id} does not exist (any more).", id=letter_id))
    columns = [description[0] for description in cursor.description]
    return _letter_from_row(dict(zip(columns, values, strict=True)))


def letter_pdf(db: Database, letter_id: int) -> bytes:
    """The PDF exactly as it was archived."""
    letter = get_letter(db, letter_id)
    if letter.pdf_file_id is None:
        raise NotFoundError(tr("The PDF of letter {id} is no longer stored.", id=letter_id))
    return file_bytes(db, letter.pdf_file_id)


def mark_sent(db: Database, letter_id: int, date: dt.date | None) -> None:
    """Record the day the letter went out (``None``: not sent after all)."""
    get_letter(db, letter_id)
    if date is not None:
        check_date_range(date, "sent_on")
    with db.atomic():
        db.execute("UPDATE letters SET sent_on = ?, updated_at = ? WHERE id = ?",
                   [to_iso(date), _now(), letter_id])


def delete_letter(db: Database, letter_id: int) -> None:
    """Remove a letter that was not sent, with its stored PDF; sent letters are records."""
    letter = get_letter(db, letter_id)
    if letter.sent_on is not None:
        raise ValidationError(
            tr("This letter was sent on {date}; a sent letter stays in the archive. "
               "Mark it as not sent first if it never went out.",
               date=letter.sent_on.strftime("%d-%m-%Y")), "sent_on")
    with db.atomic():
        db.execute("DELETE FROM letters WHERE id = ?", [letter_id])
        if letter.pdf_file_id is not None:
            delete_file(db, letter.pdf_file_id)


def _where(kind: str | None, search: str) -> tuple[str, list]:
    clauses, params = [], []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    text_filter = index_filter("search_letters", clean(search), "id")
    if text_filter is not None:
        clauses.append(text_filter[0])
        params += text_filter[1]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _summary(values) -> LetterSummary:
    letter_id, kind, letter_date, addressee, subject, reference, sent_on = values
    return LetterSummary(letter_id, kind, date_from_iso(letter_date), first_line(addressee),
                         subject, reference, from_iso(sent_on))


def count_letters(db: Database, kind: str | None = None, search: str = "") -> int:
    where, params = _where(kind, search)
    return db.execute(f"SELECT COUNT(*) FROM letters{where}", params).fetchone()[0]


def fetch_letters(db: Database, offset: int = 0, limit: int = 200,
                  sort_key: str | None = None, descending: bool = True,
                  kind: str | None = None, search: str = "") -> list[LetterSummary]:
    """One page of the archive; newest first unless asked otherwise."""
    where, params = _where(kind, search)
    order = SORT_KEYS.get(sort_key or "letter_date", "letter_date")
    direction = "DESC" if descending else "ASC"
    rows = db.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM letters{where} "
        f"ORDER BY {order} {direction}, id {direction} LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    ).fetchall()
    return [_summary(values) for values in rows]


def list_letters(db: Database, kind: str | None = None, search: str = "") -> list[LetterSummary]:
    """Every letter (optionally of one kind, or matching words), newest first."""
    return fetch_letters(db, 0, -1, kind=kind, search=search)


def recent_addressees(db: Database, limit: int = 15) -> list[str]:
    """Addresses written to before, most recent first (to pick instead of retyping)."""
    rows = db.execute(
        "SELECT addressee FROM letters WHERE TRIM(addressee) != '' "
        "GROUP BY addressee ORDER BY MAX(letter_date) DESC, MAX(id) DESC LIMIT ?",
        [int(limit)],
    ).fetchall()
    return [row[0] for row in rows]
