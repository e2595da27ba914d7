"""Attaching a document (stuk) to an agenda item.

Apart from core/meetings/agenda.py because its text is taken out for search when it is
attached (pypdf): the agenda, Overzicht and a printed agenda load no PDF reader.
"""

from sqlite_utils import Database

from core.documents.text import clean
from core.inserts import new_row_id
from core.meetings.agenda import get_item
from core.search.attachments import store_document
from core.text_fields import short_text


def add_document(db: Database, item_id: int, name: str, data: bytes, title: str = "") -> int:
    """Keep a document in the council file and attach it to the item."""
    get_item(db, item_id)
    name = clean(name).strip() or "document"
    with db.atomic():
        file_id = store_document(db, name, data)
        count = db.execute("SELECT COUNT(*) FROM agenda_item_documents WHERE "
                           "agenda_item_id = ?", [item_id]).fetchone()[0]
        return new_row_id(db.execute(
            "INSERT INTO agenda_item_documents (agenda_item_id, file_id, title, position) "
            "VALUES (?, ?, ?, ?)",
            [item_id, file_id, short_text(title, 300, "document_title"), count]).lastrowid)
