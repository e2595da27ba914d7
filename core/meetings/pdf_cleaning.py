"""An attached PDF made fit for the meeting pack: readable page by page, without active content.

Members open the pack on their own computers, so nothing in it may run: scripts,
actions on opening a page, launching programs, submitting forms, embedded files
and form fields are taken out. Only the pages themselves (text, pictures, plain
web links) go in. A PDF that cannot be read page by page (no page size, a broken
page tree) is refused here, so that one bad attachment never stops the pack.
"""

import io

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, NameObject

# Page keys that make a page act by itself: /AA runs actions when the page opens.
_PAGE_KEYS = ("/AA",)
# Annotations that carry programs, files, media or form fields.
_ACTIVE_ANNOTATIONS = {"/FileAttachment", "/Widget", "/Screen", "/Movie", "/Sound",
                       "/RichMedia", "/3D"}
# Actions that do something other than show a place or a web page.
_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm",
                   "/GoToE", "/GoToR", "/Rendition", "/Sound", "/Movie", "/RichMediaExecute",
                   "/SetOCGState", "/Hide", "/Named", "/Trans", "/GoTo3DView"}
# Errors pypdf raises on malformed input besides its own.
_MALFORMED = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
              OSError, RecursionError, ZeroDivisionError, AssertionError)


def _is_active(annotation) -> bool:
    if annotation.get("/Subtype") in _ACTIVE_ANNOTATIONS or "/AA" in annotation:
        return True
    action = annotation.get("/A")
    return action is not None and action.get_object().get("/S") in _ACTIVE_ACTIONS


def _clean_page(page) -> None:
    for key in _PAGE_KEYS:
        if key in page:
            del page[NameObject(key)]
    annotations = page.get("/Annots")
    if annotations is None:
        return
    kept = ArrayObject(ref for ref in annotations.get_object()
                       if not _is_active(ref.get_object()))
    if kept:
        page[NameObject("/Annots")] = kept
    else:
        del page[NameObject("/Annots")]


def _check_page(page) -> None:
    """Raise for a page that cannot be placed in the pack (no usable page size)."""
    box = page.mediabox
    if not (float(box.width) > 0 and float(box.height) > 0):
        raise ValueError("page without a size")


def cleaned_pdf(data: bytes) -> PdfReader | None:
    """A clean copy of the attached PDF, or None when it cannot be read (damaged,
    encrypted with a password, not a PDF, a page without a size)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        writer = PdfWriter()
        for page in reader.pages:
            _check_page(page)
            _clean_page(writer.add_page(page))
        # Only pages were copied: the document's scripts, opening action, forms and
        # embedded files (all in the catalog) stay behind.
        out = io.BytesIO()
        writer.write(out)
        cleaned = PdfReader(io.BytesIO(out.getvalue()))
        return cleaned if len(cleaned.pages) else None
    except _MALFORMED:
        return None
