"""``Raadswerk --self-test``: proves that an installation works, without a window.

It builds a temporary council file (every schema step), fills the demo council,
renders every kind of document to PDF and reads each one back. It exits 0 when
all is well, and otherwise names what failed. Nothing outside a temporary
folder is touched, so it is safe on a secretary's own computer.

Every ``print`` command that a feature registers on the command line is run
here too, so a new kind of document is checked as soon as it can be printed.
"""

import contextlib
import datetime as dt
import io
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from sqlite_utils import Database

from core import APP_NAME, __version__
from core.backup import backup_database, restore_backup
from core.cli import build_parser
from core.database import check_file, integrity_check, open_council
from core.demo import write_demo
from core.documents.letter import LetterContent, render_letter
from core.documents.letterhead import load_letterhead
from core.encrypting import change_encryption
from core.encryption import new_key, unlock
from core.errors import RaadswerkError
from core.file_format import applied_steps, schema_version
from core.i18n import LANGUAGES, current_language, format_date, set_language, tr
from core.meetings import next_meeting
from core.profile import load_profile
from core.resources import resource_path, resources_dir
from core.schema import LATEST_VERSION, STEPS

# Names every document must print: the bundled fonts carry these letters (Hebrew: the
# fallback font, in reading order).
FONT_PROBE = "Øzdemir Ōgai Łukasz € 12,50 Cohen שלום"
REQUIRED_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
                  "NotoSans-BoldItalic.ttf", "OFL.txt", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                  "DejaVu-LICENSE.txt")
# Which table holds the records a ``print`` command's option points at.
RECORD_TABLES = {
    "meeting": "meetings",
    "advice": "advice",
    "letter": "letters",
    "signal": "signals",
    "member": "members",
    "agenda_item": "agenda_items",
    "working_group": "working_groups",
}
DATE_OPTIONS = {"from", "to", "start", "end", "since", "until", "date"}
YEAR_OPTIONS = {"year"}
# How many records a command is tried with before it counts as failed: the first
# record may rightly be refused (an advice without text has no letter yet).
MAX_TRIES = 40


class SelfTestError(Exception):
    """One check failed; the message says what a reader of the output must know."""


@dataclass
class CheckResult:
    name: str
    passed: bool
    detail: str = ""


@dataclass
class Workspace:
    """The temporary folder and the demo council the checks share."""

    folder: Path
    demo_path: Path | None = None
    council_name: str = ""
    today: dt.date = field(default_factory=dt.date.today)


Check = Callable[[Workspace], str]


# --- resources and language -------------------------------------------------------

def check_resources(_workspace: Workspace) -> str:
    missing = [name for name in REQUIRED_FONTS if not resource_path("fonts", name).is_file()]
    if not resource_path("style.qss").is_file():
        missing.append("style.qss")
    if not any(resource_path("icons").glob("raadswerk*.png")):
        missing.append("icons/raadswerk-*.png")
    missing += [f"manual/{language}.md" for language in LANGUAGES
                if not resource_path("manual", f"{language}.md").is_file()]
    if missing:
        raise SelfTestError(tr("Missing in {folder}: {names}",
                               folder=resources_dir(), names=", ".join(missing)))
    return tr("fonts, icons and style found")


def check_languages(_workspace: Workspace) -> str:
    """Both catalogs load and translate, and Babel has the dates of both languages."""
    chosen = current_language()
    sample = dt.date(2026, 3, 14)
    expected = {"nl": "14 maart 2026", "en": "14 March 2026"}
    try:
        for language in LANGUAGES:
            set_language(language)
            if format_date(sample) != expected[language]:
                raise SelfTestError(tr("Dates in {language} print as {text}",
                                       language=language, text=format_date(sample)))
        set_language("nl")
        if tr("Page {page} of {total}", page=1, total=2) == "Page 1 of 2":
            raise SelfTestError(tr("The Dutch translations were not found."))
    finally:
        set_language(chosen)
    return ", ".join(sorted(LANGUAGES))


# --- the council file -------------------------------------------------------------

def check_schema(workspace: Workspace) -> str:
    council = open_council(workspace.folder / "empty.raadswerk", create=True)
    try:
        steps = applied_steps(council.db)
        if len(steps) != len(STEPS) or schema_version(council.db) != LATEST_VERSION:
            raise SelfTestError(tr("Only {done} of {total} schema steps were applied.",
                                   done=len(steps), total=len(STEPS)))
        problems = integrity_check(council.db)
        if problems:
            raise SelfTestError(problems[0])
    finally:
        council.close()
    return tr("{count} schema steps", count=len(steps))


def check_demo(workspace: Workspace) -> str:
    path = write_demo(workspace.folder / "demo.raadswerk", today=workspace.today)
    council = open_council(path, create=False)
    try:
        workspace.council_name = load_profile(council.db).name
        problems = integrity_check(council.db)
        counts = _record_counts(council.db)
    finally:
        council.close()
    if problems:
        raise SelfTestError(problems[0])
    if not workspace.council_name:
        raise SelfTestError(tr("The demo council has no name."))
    workspace.demo_path = path
    return ", ".join(f"{table} {count}" for table, count in counts.items())


def check_encryption(workspace: Workspace) -> str:
    """An encrypted copy of the demo: unreadable bytes, opened by passphrase and by
    recovery code, backed up, restored and checked, and printed from the command line."""
    folder = workspace.folder / "versleuteld"
    folder.mkdir(exist_ok=True)
    path = folder / "demo.raadswerk"
    path.write_bytes(_demo(workspace).read_bytes())
    passphrase = "zelftest van Raadswerk"
    council = open_council(path, create=False, backup_dir=folder)
    key = new_key(passphrase)
    council = change_encryption(council, key, folder).council
    try:
        copy = backup_database(council.db, folder / "kopie", key=key)
    finally:
        council.close()
    if workspace.council_name.encode() in path.read_bytes() + copy.read_bytes():
        raise SelfTestError(tr("The encrypted file can still be read without its passphrase."))
    if unlock(path, key.recovery_code()) != unlock(copy, passphrase):
        raise SelfTestError(tr("The recovery code does not open the encrypted file."))
    restore_backup(path, copy, folder, key=key)
    problems = check_file(path, key)["problems"]
    if problems:
        raise SelfTestError(problems[0])
    secret = folder / "wachtwoord.txt"
    secret.write_text(passphrase, encoding="utf-8")
    output = folder / "ledenlijst.pdf"
    code = _run_command(["print", "members", "--db", str(path), "--passphrase-file", str(secret),
                         "-o", str(output)])
    if code != 0 or not output.is_file():
        raise SelfTestError(tr("Printing from the encrypted file failed."))
    return read_pdf(output.read_bytes(), expect=[workspace.council_name])


def _run_command(argv: list[str]) -> int:
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured), contextlib.redirect_stderr(captured):
        args = build_parser().parse_args(argv)
        return args.handler(args)


def _record_counts(db: Database) -> dict[str, int]:
    names = set(db.table_names())
    return {table: db.table(table).count for table in sorted(set(RECORD_TABLES.values()))
            if table in names}


# --- documents --------------------------------------------------------------------

def read_pdf(data: bytes, expect: Iterable[str] = ()) -> str:
    """Read a rendered PDF back as a reader would; returns a short description."""
    if not data.startswith(b"%PDF"):
        raise SelfTestError(tr("The result is not a PDF."))
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if pages == 0 or not text.strip():
        raise SelfTestError(tr("The PDF has no readable text."))
    flat = " ".join(text.split())
    absent = [word for word in expect if word and " ".join(word.split()) not in flat]
    if absent:
        raise SelfTestError(tr("Not found in the PDF: {words}", words=", ".join(absent)))
    return tr("pages: {count}", count=pages)


def pdf_creator(data: bytes) -> str:
    """The program a PDF names as its maker (metadata /Creator); '' when none."""
    metadata = PdfReader(io.BytesIO(data)).metadata
    return str(metadata.get("/Creator", "")) if metadata else ""


def check_letter(workspace: Workspace) -> str:
    """The formal letter, straight from the builder, with letters only the font has."""
    council = open_council(_demo(workspace), create=False, read_only=True)
    try:
        head = load_letterhead(council.db)
    finally:
        council.close()
    content = LetterContent(
        addressee=tr("To the Board of Mayor and Aldermen"),
        subject=tr("Test letter from the self-test"),
        body=f"{FONT_PROBE}\n\nAT&T <b> 5 < 6",
        letter_date=workspace.today,
    )
    data = render_letter(head, content)
    return read_pdf(data, expect=[FONT_PROBE, "AT&T <b> 5 < 6", workspace.council_name])


def print_kinds() -> dict[str, object]:
    """{kind: its argparse subparser} for every ``print`` command that is registered."""
    top = _subparsers(build_parser())
    kinds = _subparsers(top.choices["print"]) if top and "print" in top.choices else None
    if kinds is None or not kinds.choices:
        # Nothing to print would make every document check vanish, and the test pass.
        raise SelfTestError(tr("The command line has no print commands."))
    return dict(kinds.choices)


def _subparsers(parser):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            return action
    return None


def _option_key(action) -> str:
    name = action.option_strings[-1] if action.option_strings else action.dest
    key = name.lstrip("-").replace("-", "_")
    return key.removesuffix("_id")


def _needed_options(subparser) -> list:
    """The arguments a print command needs filled in (besides --db and --output)."""
    needed = []
    for action in subparser._actions:
        if action.dest in {"help", "db", "output"}:
            continue
        if action.required or (not action.option_strings and action.nargs is None):
            needed.append(action)
    return needed


def _preferred_ids(db: Database, table: str, today: dt.date) -> list[int]:
    """Records worth trying first: the next meeting has the papers a pack joins."""
    if table != "meetings":
        return []
    meeting = next_meeting(db, today)
    return [meeting.id] if meeting is not None and meeting.id is not None else []


def _record_ids(demo_path: Path, table: str, today: dt.date) -> list[int]:
    council = open_council(demo_path, create=False, read_only=True)
    try:
        if table not in council.db.table_names():
            return []
        preferred = _preferred_ids(council.db, table, today)
        rows = council.db.execute(f"SELECT id FROM [{table}] ORDER BY id DESC").fetchall()
    finally:
        council.close()
    return preferred + [row[0] for row in rows if row[0] not in preferred]


def _argument_sets(kind: str, subparser, workspace: Workspace) -> list[list[str]]:
    """Command lines to try for one kind, each filled from the demo council."""
    filled: list[list[str]] = [[]]
    for action in _needed_options(subparser):
        key = _option_key(action)
        flag = action.option_strings[0] if action.option_strings else None
        if key in DATE_OPTIONS:
            value = workspace.today - dt.timedelta(days=730) if key in {"from", "start", "since"} \
                else workspace.today
            values = [value.isoformat()]
        elif key in YEAR_OPTIONS:
            values = [str(workspace.today.year - 1)]  # the demo's complete previous year
        elif key in RECORD_TABLES:
            values = [str(i) for i in _record_ids(_demo(workspace), RECORD_TABLES[key],
                                                  workspace.today)]
            if not values:
                raise SelfTestError(tr("The demo council has no records for {option}.",
                                       option=flag or key))
        else:
            raise SelfTestError(tr("The self-test does not know how to fill in {option} "
                                   "of 'print {kind}'.", option=flag or key, kind=kind))
        filled = [done + ([flag, value] if flag else [value])
                  for done in filled for value in values[:MAX_TRIES]]
    return filled[:MAX_TRIES]


def print_document(kind: str, subparser, workspace: Workspace) -> tuple[bytes, list[str]]:
    """Run ``print KIND`` the way the command line does; (the PDF, the arguments used)."""
    parser = build_parser()
    failures = []
    for number, extra in enumerate(_argument_sets(kind, subparser, workspace)):
        output = workspace.folder / f"{kind}-{number}.pdf"
        argv = ["print", kind, "--db", str(_demo(workspace)), "-o", str(output), *extra]
        captured = io.StringIO()
        try:
            with contextlib.redirect_stdout(captured), contextlib.redirect_stderr(captured):
                args = parser.parse_args(argv)
                code = args.handler(args)
        except (RaadswerkError, OSError) as error:
            failures.append(f"{' '.join(extra)}: {error}")
            continue
        except SystemExit as error:  # argparse refused the arguments
            failures.append(f"{' '.join(extra)}: {captured.getvalue().strip() or error}")
            continue
        if code != 0 or not output.is_file():
            failures.append(f"{' '.join(extra)}: exit {code} {captured.getvalue().strip()}")
            continue
        return output.read_bytes(), extra
    raise SelfTestError("; ".join(failures)[:500])


def run_print_command(kind: str, subparser, workspace: Workspace) -> str:
    """Print one kind of document from the demo council and read it back."""
    data, extra = print_document(kind, subparser, workspace)
    described = read_pdf(data, expect=[workspace.council_name])
    return f"{described} ({' '.join(extra)})" if extra else described


def _demo(workspace: Workspace) -> Path:
    if workspace.demo_path is None:
        raise SelfTestError(tr("There is no demo council to print from."))
    return workspace.demo_path


def document_checks() -> list[tuple[str, Check]]:
    """The letter builder plus one check per registered ``print`` command."""
    checks: list[tuple[str, Check]] = [("letter (builder)", check_letter)]
    for kind, subparser in sorted(print_kinds().items()):
        checks.append((f"print {kind}", _print_check(kind, subparser)))
    return checks


def _print_check(kind: str, subparser) -> Check:
    def check(workspace: Workspace) -> str:
        return run_print_command(kind, subparser, workspace)
    return check


def all_checks() -> list[tuple[str, Check]]:
    return [
        ("resources", check_resources),
        ("languages", check_languages),
        ("schema", check_schema),
        ("demo council", check_demo),
        ("encryption", check_encryption),
        *document_checks(),
    ]


# --- running ----------------------------------------------------------------------

def run_check(name: str, check: Check, workspace: Workspace) -> CheckResult:
    try:
        return CheckResult(name, True, check(workspace))
    except SelfTestError as error:
        return CheckResult(name, False, str(error))
    except Exception as error:  # noqa: BLE001 - the self-test reports every failure
        where = traceback.extract_tb(error.__traceback__)[-1]
        return CheckResult(name, False, f"{type(error).__name__}: {error} "
                                        f"({Path(where.filename).name}:{where.lineno})")


def run_self_test(out=None, extra_checks: Iterable[tuple[str, Check]] = (),
                  today: dt.date | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, else 1."""
    out = out or sys.stdout
    print(tr("{name} {version}: self-test", name=APP_NAME, version=__version__), file=out)
    results = []
    with tempfile.TemporaryDirectory(prefix="raadswerk-selftest-") as folder:
        workspace = Workspace(folder=Path(folder), today=today or dt.date.today())
        for name, check in [*all_checks(), *extra_checks]:
            result = run_check(name, check, workspace)
            results.append(result)
            mark = tr("ok") if result.passed else tr("FAILED")
            print(f"  {mark:7} {name}: {result.detail}", file=out, flush=True)
    failed = [result.name for result in results if not result.passed]
    if failed:
        print(tr("Self-test failed: {names}", names=", ".join(failed)), file=out)
        return 1
    print(tr("Self-test passed: {count} checks.", count=len(results)), file=out)
    return 0
