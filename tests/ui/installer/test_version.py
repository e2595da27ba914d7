"""One version number: --version, the About dialog, the PDFs and the bundle agree."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import __version__
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from main import main

ROOT = Path(__file__).resolve().parents[3]


def test_version_flag_prints_the_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"Raadswerk {__version__}"


def test_version_flag_works_without_a_display():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Raadswerk {__version__}"


def test_printed_documents_carry_the_version(db):
    pdf = render_letter(load_letterhead(db), LetterContent(
        addressee="College van B&W", subject="Versie", body="Tekst"))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.creator == f"Raadswerk {__version__}"
    assert info.producer == f"Raadswerk {__version__}"


def test_the_package_takes_its_version_from_core():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text
    assert 'version = { attr = "core.__version__" }' in text
