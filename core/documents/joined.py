"""What a PDF joined from parts with pypdf (a meeting's pack) is given that ReportLab
gives its own documents: the language and the metadata. Apart from core/documents/page.py
so that a document that is not joined loads no pypdf."""

from pypdf.generic import NameObject, TextStringObject

from core.documents.page import MAKER, document_language
from core.documents.text import clean


def set_document_language(writer) -> None:
    """Name the language in a PDF joined with pypdf (its catalog has no /Lang of its own)."""
    writer._root_object[NameObject("/Lang")] = TextStringObject(document_language())


def joined_metadata(title: str, author: str = "", subject: str = "") -> dict[str, str]:
    """Metadata for a PDF joined from parts with pypdf, which starts without any."""
    return {"/Title": clean(title), "/Author": clean(author), "/Subject": clean(subject or title),
            "/Creator": MAKER, "/Producer": MAKER}
