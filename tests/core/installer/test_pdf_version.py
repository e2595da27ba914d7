"""Every printed document names Raadswerk and its version as its maker (PDF metadata)."""

import shutil

import pytest

from core import __version__
from core.selftest import Workspace, pdf_creator, print_document, print_kinds

KINDS = sorted(print_kinds())


# The meeting pack and the invitation are joined with pypdf: they must name the maker too.
@pytest.mark.parametrize("kind", KINDS)
def test_printed_document_names_the_version(kind, demo_file, tmp_path):
    demo = tmp_path / "demo.raadswerk"
    shutil.copy(demo_file, demo)
    workspace = Workspace(folder=tmp_path, demo_path=demo)
    data, _arguments = print_document(kind, print_kinds()[kind], workspace)
    assert pdf_creator(data) == f"Raadswerk {__version__}"


def _font_names(reader) -> set[str]:
    names = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for font in fonts.values():
            names.add(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            inner = (xobject.get_object().get("/Resources") or {}).get("/Font") or {}
            names.update(str(font.get_object().get("/BaseFont")) for font in inner.values())
    return names


@pytest.mark.parametrize("kind", KINDS)
def test_printed_document_names_only_its_own_fonts_and_its_language(kind, demo_file,
                                                                    tmp_path):
    import io

    from pypdf import PdfReader

    demo = tmp_path / "demo.raadswerk"
    shutil.copy(demo_file, demo)
    workspace = Workspace(folder=tmp_path, demo_path=demo)
    data, _arguments = print_document(kind, print_kinds()[kind], workspace)
    reader = PdfReader(io.BytesIO(data))
    fonts = _font_names(reader)
    assert fonts and all("NotoSans" in name for name in fonts), fonts
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    metadata = reader.metadata
    assert metadata.title and metadata.author == "Adviesraad Sociaal Domein Lindewaarde"
