"""print allowances and export allowances on the demo council (€ 40 / € 25)."""

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from core.allowances.overview import allowance_overview
from core.database import open_council
from main import main

ROOT = Path(__file__).resolve().parents[3]


def _demo_figures(path: Path, year: int):
    council = open_council(path, read_only=True)
    try:
        return allowance_overview(council.db, year)
    finally:
        council.close()


def test_print_allowances_end_to_end(demo_file, tmp_path):
    target = tmp_path / "vergoeding.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "nl", "print", "allowances",
         "--db", str(demo_file), "--year", "2026", "-o", str(target)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert f"Geschreven: {target}" in result.stdout
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages)
                    .replace("\xa0", " ").split())
    overview = _demo_figures(demo_file, 2026)
    assert len(overview.members) >= 8  # a believable council, not one or two people
    assert "Vrijwilligersvergoeding 2026" in text
    assert "Vergadering van de adviesraad € 40,00" in text
    assert "Werkgroepoverleg € 25,00" in text
    first = overview.members[0]
    assert first.name in text
    total = f"{overview.total // 100:,}".replace(",", ".")
    assert f"€ {total},00" in text


def test_export_allowances_and_dutch_messages(demo_file, tmp_path, capsys):
    target = tmp_path / "vergoeding.xlsx"
    assert main(["export", "allowances", "--db", str(demo_file), "--year", "2026",
                 "-o", str(target)]) == 0
    book = load_workbook(target)
    overview = _demo_figures(demo_file, 2026)
    names = [row[0] for row in book["Per lid"].iter_rows(min_row=4, values_only=True)]
    assert names[:len(overview.members)] == [member.name for member in overview.members]
    assert "Geschreven:" in capsys.readouterr().out
    out = tmp_path / "uit"
    out.mkdir()
    assert main(["export", "allowances", "--db", str(demo_file), "--year", "2026",
                 "-o", str(out / "v.pdf")]) == 1
    assert "v.pdf: kies een bestandsnaam die eindigt op .xlsx." in capsys.readouterr().err
    assert main(["print", "allowances", "--db", str(demo_file), "--year", "volgend jaar",
                 "-o", str(out / "v.pdf")]) == 1
    assert "Geef een jaar van 1990 tot en met 2999" in capsys.readouterr().err
    assert list(out.iterdir()) == []
