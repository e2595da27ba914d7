"""`Raadswerk --self-test`: passes on a working installation and names what fails."""

import argparse
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from core import __version__, selftest
from core.schema import STEPS
from core.selftest import SelfTestError, Workspace, pdf_creator, read_pdf, run_self_test
from main import main

ROOT = Path(__file__).resolve().parents[3]

TODAY = dt.date(2026, 11, 22)


def run(**kwargs) -> tuple[int, str]:
    out = io.StringIO()
    code = run_self_test(out=out, today=TODAY, **kwargs)
    return code, out.getvalue()


def plain_pdf(text: str, creator: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setCreator(creator)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def documented_print_kinds() -> set[str]:
    """The documents the README promises on the command line (``python main.py print X``)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"python main\.py print ([a-z][a-z-]*)", readme))


def test_self_test_passes_and_prints_every_documented_document():
    code, output = run()
    assert code == 0, output
    assert "Zelftest geslaagd" in output
    assert "MISLUKT" not in output
    printed = set(re.findall(r"goed +print ([a-z-]+): pagina's: \d+", output))
    assert printed == documented_print_kinds()
    assert "letter (builder)" in output
    assert f"{len(STEPS)} stappen van de databaseopbouw" in output


def test_the_command_line_prints_what_the_readme_documents():
    # Independent of the self-test: the parser's print commands against the README.
    assert set(selftest.print_kinds()) == documented_print_kinds()
    assert {"members", "agenda", "minutes", "signals", "advice", "letter"} <= \
        documented_print_kinds()


def test_a_broken_document_fails_the_self_test_and_says_which(monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("lettertype kapot")

    monkeypatch.setattr(selftest, "render_letter", broken)
    code, output = run()
    assert code == 1
    assert re.search(r"MISLUKT +letter \(builder\): RuntimeError: lettertype kapot", output)
    assert "Zelftest mislukt: letter (builder)" in output


def test_an_extra_check_from_the_caller_is_run_and_reported():
    def failing(_workspace):
        raise SelfTestError("Qt-platform ontbreekt")

    code, output = run(extra_checks=[("qt", failing)])
    assert code == 1
    assert "qt: Qt-platform ontbreekt" in output


def test_the_self_test_leaves_no_files_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    run()
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_flag_runs_it(capsys):
    assert main(["--self-test"]) == 0
    assert f"Raadswerk {__version__}: zelftest" in capsys.readouterr().out


def test_read_pdf_refuses_what_is_not_a_pdf():
    with pytest.raises(SelfTestError, match="geen PDF"):
        read_pdf(b"<html>not a pdf</html>")


def test_the_maker_of_a_pdf_is_read_from_its_metadata():
    assert pdf_creator(plain_pdf("Hallo", creator="Iets anders 1.0")) == "Iets anders 1.0"
    assert read_pdf(plain_pdf("Hallo", creator=f"Raadswerk {__version__}")) == "pagina's: 1"


def test_read_pdf_checks_the_words_a_reader_expects():
    data = plain_pdf("Adviesraad   Lindewaarde", creator=f"Raadswerk {__version__}")
    assert read_pdf(data, expect=["Adviesraad Lindewaarde"])
    with pytest.raises(SelfTestError, match="Øzdemir"):
        read_pdf(data, expect=["Øzdemir"])


def test_an_option_the_self_test_cannot_fill_is_named(tmp_path):
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--colour", required=True)
    workspace = Workspace(folder=tmp_path, demo_path=tmp_path / "demo.raadswerk")
    with pytest.raises(SelfTestError, match="--colour"):
        selftest._argument_sets("poster", parser, workspace)


def test_dates_and_record_numbers_are_filled_from_the_demo(demo_file, tmp_path):
    parser = argparse.ArgumentParser()
    parser.add_argument("--meeting", required=True)
    parser.add_argument("--from", dest="start", required=True)
    workspace = Workspace(folder=tmp_path, demo_path=demo_file, today=TODAY)
    argument_sets = selftest._argument_sets("agenda", parser, workspace)
    assert argument_sets
    first = argument_sets[0]
    assert first[0] == "--meeting" and first[1].isdigit()
    assert first[2:] == ["--from", "2024-11-22"]
