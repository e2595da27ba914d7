"""`python main.py print letter --db PATH --letter ID -o OUT.pdf`, without a display."""

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from core.letters import letter_pdf, list_letters

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "nl", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_print_letter_writes_the_archived_pdf(demo_council, tmp_path):
    letter = list_letters(demo_council.db, kind="free")[0]
    expected = letter_pdf(demo_council.db, letter.id)
    demo_council.close()
    target = tmp_path / "brief.pdf"
    result = _run("print", "letter", "--db", str(demo_council.path), "--letter",
                  str(letter.id), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == expected
    assert letter.subject in PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()


def test_unknown_letter_gives_a_dutch_message(demo_file, tmp_path):
    result = _run("print", "letter", "--db", str(demo_file), "--letter", "9999",
                  "-o", str(tmp_path / "x.pdf"))
    assert result.returncode != 0
    assert "Brief 9999 bestaat niet (meer)." in result.stderr
    assert not (tmp_path / "x.pdf").exists()
