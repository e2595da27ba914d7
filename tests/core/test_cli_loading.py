"""The command line loads only what the command being run needs (#18): ``--version`` and
``check`` start without ReportLab, pypdf, icalendar, openpyxl, Qt or the demo; ``print
agenda`` without pypdf; and the list of commands in core/cli/__init__.py agrees with what
the modules declare."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.cli import ALL_MODULES, COMMANDS, build_parser, command_words, modules_for
from tests.test_docs import _subcommands

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pypdf", "icalendar", "openpyxl", "PySide6", "core.demo",
         "core.documents")
# Runs main.py as the command line does, then reports the heavy modules it had loaded.
PROBE = """
import json, runpy, sys
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as stop:
    code = stop.code
heavy = sorted({name for name in sys.modules if name.startswith(HEAVY)})
print(json.dumps({"code": code, "heavy": heavy}))
"""


def loaded(*args: str) -> dict:
    script = f"HEAVY = {HEAVY!r}\n" + PROBE
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_version_loads_nothing_heavy():
    assert loaded("--version") == {"code": 0, "heavy": []}


def test_check_loads_nothing_heavy(demo_file):
    assert loaded("--db", str(demo_file), "check") == {"code": 0, "heavy": []}


def test_the_probe_sees_a_command_that_does_load_reportlab(demo_file, tmp_path):
    result = loaded("--db", str(demo_file), "print", "members", "-o", str(tmp_path / "l.pdf"))
    assert result["code"] == 0
    assert "reportlab" in {name.split(".")[0] for name in result["heavy"]}


def test_print_agenda_loads_no_pdf_reader(demo_file, tmp_path):
    """pypdf is for joining attached documents (print pack), not for an agenda."""
    result = loaded("--db", str(demo_file), "print", "agenda", "--meeting", "next",
                    "-o", str(tmp_path / "agenda.pdf"))
    assert result["code"] == 0
    tops = {name.split(".")[0] for name in result["heavy"]}
    assert "reportlab" in tops  # the probe saw the printing
    assert "pypdf" not in tops and "PySide6" not in tops and "openpyxl" not in tops


def test_print_pack_still_joins_with_pypdf(demo_file, tmp_path):
    result = loaded("--db", str(demo_file), "print", "pack", "--meeting", "next",
                    "-o", str(tmp_path / "pack.pdf"))
    assert result["code"] == 0
    assert "pypdf" in {name.split(".")[0] for name in result["heavy"]}
    pack = PdfReader(tmp_path / "pack.pdf")
    assert len(pack.pages) >= 8  # the agenda and the demo's attached documents
    assert "Agenda" in pack.pages[0].extract_text()


def declared_commands() -> dict[str, str]:
    """Every command of the full parser, as typed, with the module of its handler."""
    found = {}
    for name, parser in _subcommands(build_parser()).items():
        for sub, subparser in (_subcommands(parser) or {"": parser}).items():
            found[f"{name} {sub}".strip()] = subparser.get_default("handler").__module__
    return found


def test_the_list_of_commands_names_each_command_and_its_module():
    assert declared_commands() == COMMANDS


@pytest.mark.parametrize(("argv", "words"), [
    (["--db", "print", "check"], ["check"]),
    (["print", "agenda", "--meeting", "next"], ["print", "agenda"]),
    (["--lang=en", "print", "--db", "x", "agenda"], ["print", "agenda"]),
    (["--version"], []),
    (["--take-over", "import", "members", "--db", "x", "leden.csv"], ["import", "members"]),
])
def test_command_words_skip_the_options(argv, words):
    assert command_words(argv) == words


def test_only_the_modules_of_the_command_are_loaded():
    assert modules_for(["--db", "x", "check"]) == ("core.cli.file_commands",)
    assert modules_for(["print", "agenda"]) == ("core.cli.meeting_commands",)
    assert modules_for(["--take-over", "import", "members"]) == ("core.cli.member_commands",)
    assert modules_for(["--version"]) == ()
    assert modules_for([]) == ()  # the window
    printing = modules_for(["print", "--help"])
    assert "core.cli.letter_commands" in printing and "core.cli.file_commands" not in printing
    assert modules_for(["--help"]) == ALL_MODULES
    assert modules_for(["no-such-command"]) == ALL_MODULES  # argparse lists them all


def test_print_agenda_loads_no_calendar_and_no_spreadsheet(demo_file, tmp_path):
    result = loaded("--db", str(demo_file), "print", "agenda", "--meeting", "next",
                    "-o", str(tmp_path / "agenda.pdf"))
    assert result["code"] == 0
    assert not {"icalendar", "openpyxl", "PySide6", "core.demo"} & {
        name.split(".")[0] if not name.startswith("core.") else ".".join(name.split(".")[:2])
        for name in result["heavy"]}


def test_every_command_module_is_in_the_list():
    """A new core/cli/*_commands.py that is not in COMMANDS would never be loaded."""
    on_disk = {f"core.cli.{path.stem}" for path in (ROOT / "core" / "cli").glob("*_commands.py")}
    assert on_disk == set(ALL_MODULES)
