"""What the document tests share: a letterhead and reading PDFs back as a reader would."""

import io

import pytest
from pypdf import PdfReader

from core.documents.page import Letterhead
from core.profile import CouncilProfile, Signer


class ReadPdf:
    """A rendered PDF, read back: its pages' text and its metadata."""

    def __init__(self, data: bytes):
        assert data.startswith(b"%PDF-")
        self.reader = PdfReader(io.BytesIO(data))
        self.pages = [page.extract_text() for page in self.reader.pages]
        self.text = "\n".join(self.pages)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def squeezed(self) -> str:
        """All text without any whitespace: line wrapping cannot hide a word."""
        return "".join(self.text.split())

    def position(self, needle: str) -> int:
        index = self.text.find(needle)
        assert index >= 0, f"{needle!r} not in the PDF text"
        return index


@pytest.fixture
def read_pdf():
    return ReadPdf


@pytest.fixture
def head() -> Letterhead:
    return Letterhead(CouncilProfile(
        name="Adviesraad Sociaal Domein Lindewaarde",
        municipality="Lindewaarde",
        postal_address="Postbus 1207\n7411 AB Lindewaarde",
        visiting_address="Stadhuisplein 3, Lindewaarde",
        email="secretariaat@adviesraad-lindewaarde.nl",
        phone="0570 - 69 12 34",
        signers=[Signer("Anneke van der Berg", "voorzitter"),
                 Signer("Mohamed El Amrani", "secretaris")],
    ))
