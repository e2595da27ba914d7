"""The text of an attached document, taken out once when it is attached, for search.

A PDF that cannot be read (damaged, encrypted, only scanned images) is still attached;
it is simply not found by its text.
"""

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlite_utils import Database

from core.files import store_bytes

# Enough for any council document; a 2,000-page annex is searched by its start.
MAX_PAGES = 500
MAX_CHARACTERS = 2_000_000
log = logging.getLogger(__name__)


def pdf_text(data: bytes) -> str:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return ""
        parts, size = [], 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size >= MAX_CHARACTERS:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        log.info("no text from an attached PDF: %s", error)
        return ""
    return " ".join(" ".join(parts).split())[:MAX_CHARACTERS]


def document_text(name: str, mime_type: str | None, data: bytes) -> str:
    """The searchable text of a document (PDF or plain text); empty when it has none."""
    lowered = name.lower()
    if mime_type == "application/pdf" or lowered.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if mime_type == "text/plain" or lowered.endswith(".txt"):
        return " ".join(data[:MAX_CHARACTERS].decode("utf-8", errors="replace").split())
    return ""


def store_document(db: Database, name: str, data: bytes, mime_type: str | None = None) -> int:
    """Keep an attached document in the file with its text for search; the new file id.
    (Apart from core/files.py, so that what only reads files loads no pypdf.)"""
    return store_bytes(db, name, data, mime_type, text=document_text(name, mime_type, data))
