"""Files stored inside the council file (logo, request letters, meeting documents, PDFs)."""

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from core.errors import NotFoundError, ValidationError
from core.faults import explained
from core.file_format import database_file
from core.i18n import tr
from core.inserts import new_row_id

# Larger files make the council file slow to copy and back up.
MAX_FILE_SIZE = 50 * 1024 * 1024


@dataclass
class StoredFile:
    id: int
    name: str
    mime_type: str
    size: int
    added_at: str


def store_bytes(db: Database, name: str, data: bytes, mime_type: str | None = None, *,
                text: str = "") -> int:
    """Keep ``data`` in the file; returns the new file id.

    ``text``: what search finds the file by; an attached document gets its own text
    through ``store_document`` (core/search/attachments.py), taken out once, then. A
    letter's own PDF gets none: the letter's text is searched.
    """
    if len(data) > MAX_FILE_SIZE:
        raise ValidationError(
            tr("{name} is larger than 50 MB and cannot be stored.", name=name), "file"
        )
    mime_type = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with explained(database_file(db)):
        return _insert(db, name, data, mime_type, text)


def _insert(db: Database, name: str, data: bytes, mime_type: str, text: str) -> int:
    return new_row_id(db.table("files").insert(
        {
            "name": name,
            "mime_type": mime_type,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "data": data,
            "text": text,
            "added_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
    ).last_pk)


def read_document(path: Path) -> bytes:
    """The bytes of a file to attach; too large or unreadable gets a sentence naming it."""
    path = Path(path)
    with explained(path):
        if path.stat().st_size > MAX_FILE_SIZE:
            raise ValidationError(
                tr("{name} is larger than 50 MB and cannot be stored.", name=path.name), "file")
        return path.read_bytes()


def file_info(db: Database, file_id: int) -> StoredFile:
    row = db.execute(
        "SELECT id, name, mime_type, size, added_at FROM files WHERE id = ?", [file_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(tr("The stored file no longer exists."))
    return StoredFile(*row)


def file_bytes(db: Database, file_id: int) -> bytes:
    row = db.execute("SELECT data FROM files WHERE id = ?", [file_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("The stored file no longer exists."))
    return row[0]


def delete_file(db: Database, file_id: int) -> None:
    db.table("files").delete_where("id = ?", [file_id])
