"""The commands: print annual-report, export annual-figures, export statistics."""

import io
import json
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from main import main

ROOT = Path(__file__).resolve().parents[3]


def test_print_annual_report_end_to_end(demo_file, tmp_path):
    target = tmp_path / "jaarverslag.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "nl", "print", "annual-report",
         "--db", str(demo_file), "--year", "2025", "-o", str(target)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert f"Geschreven: {target}" in result.stdout
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Jaarverslag 2025" in text and "Samenstelling van de raad" in text


def test_export_statistics_and_figures(demo_file, tmp_path, capsys):
    json_target, csv_target = tmp_path / "cijfers.json", tmp_path / "cijfers.csv"
    xlsx_target = tmp_path / "cijfers.xlsx"
    for kind, target in (("statistics", json_target), ("statistics", csv_target),
                         ("annual-figures", xlsx_target)):
        assert main(["export", kind, "--db", str(demo_file), "--year", "2025",
                     "-o", str(target)]) == 0
    document = json.loads(json_target.read_text(encoding="utf-8"))
    assert document["year"] == 2025 and document["format"] == "raadswerk-statistics"
    assert {"measure": "meetings_held", "category": "council", "detail": "", "quarter": None,
            "value": 10} in document["figures"]
    assert csv_target.read_bytes().startswith(b"\xef\xbb\xbfformat_version;year;")
    book = load_workbook(io.BytesIO(xlsx_target.read_bytes()))
    assert "Adviezen" in book.sheetnames
    assert capsys.readouterr().out.count("Geschreven:") == 3


def test_wrong_year_and_wrong_file_kind_give_dutch_messages(demo_file, tmp_path, capsys):
    out = tmp_path / "uit"
    out.mkdir()
    assert main(["export", "statistics", "--db", str(demo_file), "--year", "twintig",
                 "-o", str(out / "x.json")]) == 1
    assert "Geef een jaar van 1990 tot en met 2999, bijvoorbeeld 2026." in \
        capsys.readouterr().err
    assert main(["export", "statistics", "--db", str(demo_file), "--year", "2025",
                 "-o", str(out / "x.xlsx")]) == 1
    assert "x.xlsx: kies een bestandsnaam die eindigt op .json / .csv." in \
        capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_a_missing_file_or_an_unwritable_target_ends_with_one_line(demo_file, tmp_path,
                                                                   capsys):
    out = tmp_path / "uit"
    out.mkdir()
    assert main(["print", "annual-report", "--db", str(tmp_path / "geen.raadswerk"),
                 "--year", "2025", "-o", str(out / "j.pdf")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    blocker = out / "bestand"
    blocker.write_text("geen map")
    assert main(["print", "annual-report", "--db", str(demo_file), "--year", "2025",
                 "-o", str(blocker / "j.pdf")]) == 1
    error = capsys.readouterr().err
    assert error.startswith("raadswerk: ") and "Traceback" not in error
    assert len(error.strip().splitlines()) == 1
    assert [path.name for path in out.iterdir()] == ["bestand"]  # no temporary file left
