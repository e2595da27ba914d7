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
