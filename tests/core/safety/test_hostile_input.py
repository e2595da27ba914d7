"""Hostile input everywhere: arbitrary Unicode (control characters, emoji, 100,000-character
strings, SQL-looking text, markup) through every create and update function in core.

What a correct program does with any text: it is saved and read back unchanged (up to the
documented trimming and the removal of unprintable characters), or it is refused with a
clear, short message and nothing is written. Every document that shows the text prints.
Out-of-range dates and numbers are refused the same way, never with a traceback.
"""

import datetime as dt
import importlib.util
import io
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from core.database import open_council
from core.errors import ValidationError


def _load_targets():
    path = Path(__file__).with_name("hostile_targets.py")
    spec = importlib.util.spec_from_file_location("hostile_targets", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOSTILE = _load_targets()
TARGETS = {target.name: target for target in HOSTILE.TARGETS}
# Fields kept in the file but printed in no document (notes for the secretary only).
NOT_PRINTED = {"member.notes", "signal.neighbourhood", "advice.notes", "signal_contact.name",
               "signal_status.note"}
# Printed shortened ("Zwaluwstaart Rober..."): the agenda's list of invited guests.
SHORTENED_IN_PRINT = {"meeting_guest.name"}
SHORT_NASTY = [text for text in HOSTILE.NASTY if len(text) <= 80]

# Every code point a keyboard or clipboard can give (lone surrogates cannot be typed).
any_char = st.characters(codec="utf-8")
odd_char = st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "So", "Mn"])
hostile_text = st.one_of(
    st.text(any_char, max_size=300),
    st.text(odd_char, max_size=60),
    st.sampled_from(HOSTILE.NASTY),
    st.lists(st.sampled_from(SHORT_NASTY), min_size=1, max_size=4).map(" ".join),
    st.tuples(any_char, st.integers(1_000, 100_000)).map(lambda pair: pair[0] * pair[1]),
)
HYPOTHESIS = settings(max_examples=25, deadline=None,
                      suppress_health_check=[HealthCheck.too_slow,
                                             HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """One council file per target, kept open for all examples of that target."""
    opened = {}
    yield lambda name: opened.setdefault(
        name, open_council(tmp_path_factory.mktemp("hostile") / "raad.raadswerk"))
    for council in opened.values():
        council.close()


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def assert_clear_refusal(error: ValidationError) -> None:
    message = str(error)
    assert message.strip(), "a refusal needs a message"
    assert len(message) < 400, "the message must not repeat a huge input"
    assert "Traceback" not in message


def save_or_refuse(db, target, text):
    """Create a record with ``text``; returns its id, or None when clearly refused."""
    before = count(db, target.table)
    try:
        record_id = target.create(db, text)
    except ValidationError as error:
        assert_clear_refusal(error)
        assert count(db, target.table) == before, "a refused save wrote something"
        return None
    assert target.read(db, record_id) == target.expected(text)
    return record_id


@pytest.mark.parametrize("name", list(TARGETS))
@HYPOTHESIS
@given(first=hostile_text, second=hostile_text)
def test_any_text_is_kept_unchanged_or_refused_clearly(files, name, first, second):
    db = files(name).db
    target = TARGETS[name]
    assert target.table in db.table_names(), f"{target.table} is missing from the file"
    record_id = save_or_refuse(db, target, first)
    if record_id is None or target.update is None:
        return
    try:
        target.update(db, record_id, second)
    except ValidationError as error:
        assert_clear_refusal(error)
        assert target.read(db, record_id) == target.expected(first), "a refused update changed it"
        return
    assert target.read(db, record_id) == target.expected(second)


@pytest.mark.parametrize("name", list(TARGETS))
@pytest.mark.parametrize("nasty", SHORT_NASTY)
def test_text_people_really_type_is_accepted_and_kept(files, name, nasty):
    """SQL, markup, emoji, right-to-left and the like are ordinary text: never refused."""
    db = files(name).db
    target = TARGETS[name]
    assert target.table in db.table_names(), f"{target.table} is missing from the file"
    text = f"Øzdemir {nasty} {uuid.uuid4().hex[:6]}"
    record_id = target.create(db, text)
    assert target.read(db, record_id) == target.expected(text)
    if target.update is not None:
        target.update(db, record_id, text + " (gewijzigd)")
        assert target.read(db, record_id) == target.expected(text + " (gewijzigd)")


def pdf_text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    return "".join(page.extract_text() for page in reader.pages)


def print_documents(db, target, record_id) -> str:
    return "\n".join(pdf_text(pdf) for _name, pdf in target.documents(db, record_id))


@pytest.mark.parametrize("name", list(TARGETS))
def test_every_document_that_shows_the_text_prints_it(files, name):
    db = files(name).db
    target = TARGETS[name]
    assert target.table in db.table_names(), f"{target.table} is missing from the file"
    printed = ""
    for text in nasty_texts(db, target):
        record_id = target.create(db, text)
        printed += print_documents(db, target, record_id)
    if name not in NOT_PRINTED:
        assert "Zwaluwstaart" in printed
    if name not in NOT_PRINTED | SHORTENED_IN_PRINT:
        assert "DROP TABLE" in printed and "Øzdemir" in printed


def nasty_texts(db, target) -> list[str]:
    """All short nasty texts in one; in pieces where the field holds less."""
    everything = "Zwaluwstaart " + " | ".join(SHORT_NASTY)
    try:
        with db.atomic():
            kept = target.read(db, target.create(db, everything))
            raise _Probe(kept)
    except _Probe as probe:
        if "DROP TABLE" in probe.args[0] and "Øzdemir" in probe.args[0]:
            return [everything]
    except ValidationError:
        pass
    return [f"Zwaluwstaart {text} {n}" for n, text in enumerate(SHORT_NASTY)]


class _Probe(Exception):
    """Rolls a trial save back."""


@pytest.mark.parametrize("name", list(TARGETS))
@settings(max_examples=3, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(any_char, min_size=1, max_size=200))
def test_documents_print_arbitrary_text(files, name, text):
    db = files(name).db
    target = TARGETS[name]
    assert target.table in db.table_names(), f"{target.table} is missing from the file"
    record_id = save_or_refuse(db, target, text)
    if record_id is not None:
        print_documents(db, target, record_id)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(TARGETS))
def test_documents_print_100000_character_text(files, name):
    db = files(name).db
    target = TARGETS[name]
    assert target.table in db.table_names(), f"{target.table} is missing from the file"
    record_id = save_or_refuse(db, target, "Lorem ipsum dolor " * 5_555)
    if record_id is not None:
        print_documents(db, target, record_id)


def test_a_too_long_agenda_item_title_is_refused_not_cut(files):
    db = files("agenda_item.title").db
    target = TARGETS["agenda_item.title"]
    with pytest.raises(ValidationError):
        target.create(db, "t" * 5_000)


# --- out-of-range dates and numbers --------------------------------------------------


def _member(**values):
    def write(db):
        from core.members import create_member

        create_member(db, {"first_name": "Anneke", "last_name": "Berg", **values})
    return write


def _meeting(**values):
    def write(db):
        from core.meetings.model import KINDS, Meeting
        from core.meetings.repository import create_meeting

        fields = {"id": None, "kind": next(iter(KINDS)), "date": dt.date(2026, 12, 10),
                  "start_time": "19:30", "end_time": "21:30", **values}
        create_meeting(db, Meeting(**fields))
    return write


def _agenda_duration(duration):
    def write(db):
        from core.meetings.agenda import add_item

        meeting_id = db.execute("SELECT max(id) FROM meetings").fetchone()[0]
        add_item(db, meeting_id, "Agendapunt", duration=duration)
    write.prepare = _meeting()
    return write


def _signal(received_on):
    def write(db):
        from core.signals import CHANNELS, SignalInput, log_signal
        from core.signals.themes import list_themes

        log_signal(db, SignalInput(received_on=received_on, channel=next(iter(CHANNELS)),
                                   theme_ids=[list_themes(db)[0].id], description="Vraag"),
                   today=dt.date(2026, 11, 22))
    return write


def _advice(**values):
    def write(db):
        from core.advice.model import AdviceInput
        from core.advice.repository import create_advice

        fields = {"kind": "requested", "subject": "Wmo", "request_date": dt.date(2026, 11, 1),
                  **values}
        create_advice(db, AdviceInput(**fields))
    return write


def _letter(letter_date):
    def write(db):
        from core.documents.letter import LetterContent
        from core.letters import archive_letter

        archive_letter(db, LetterContent(addressee="Aan het college", subject="Proef",
                                         body="Tekst", letter_date=letter_date),
                       "free", HOSTILE.FAKE_PDF)
    return write


def _parse(text):
    def write(db):
        from core.dates import parse_date

        parse_date(text)
    return write


def _setting(module: str, function: str, *values):
    def write(db):
        import importlib

        getattr(importlib.import_module(module), function)(db, *values)
    return write


OUT_OF_RANGE = {
    "term of office of 0 years": _setting("core.members.terms", "save_term_settings", 0, 3),
    "term of office of 10^9 years": _setting("core.members.terms", "save_term_settings",
                                             10**9, 3),
    "term warning of -1 months": _setting("core.members.terms", "save_term_settings", 4, -1),
    "advice term of 0 weeks": _setting("core.advice.deadlines", "save_advice_settings", 0, 6),
    "advice term of 10^9 weeks": _setting("core.advice.deadlines", "save_advice_settings",
                                          10**9, 6),
    "signal retention of 0 months": _setting("core.signals.options", "save_options", 0, 3, 30),
    "signal threshold of 10^6": _setting("core.signals.options", "save_options", 12, 10**6, 30),
    "signal warning of -5 days": _setting("core.signals.options", "save_options", 12, 3, -5),
    "member start 31-02-2026": _member(start_date="31-02-2026"),
    "member start year 1": _member(start_date="0001-01-01"),
    "member start year 9999": _member(start_date="31-12-9999"),
    "member start gibberish": _member(start_date="gisteren ofzo"),
    "meeting in year 1": _meeting(date=dt.date(1, 1, 1)),
    "meeting in year 9999": _meeting(date=dt.date(9999, 12, 31)),
    "meeting at 25:99": _meeting(start_time="25:99"),
    "meeting ends before it starts": _meeting(start_time="21:00", end_time="19:00"),
    "agenda item of -5 minutes": _agenda_duration(-5),
    "agenda item of 10^12 minutes": _agenda_duration(10**12),
    "agenda item of 'veel' minutes": _agenda_duration("veel"),
    "signal from 1800": _signal(dt.date(1800, 1, 1)),
    "signal from next year": _signal(dt.date(2027, 11, 22)),
    "advice requested in year 1": _advice(request_date=dt.date(1, 1, 1)),
    "advice deadline before request": _advice(deadline=dt.date(2026, 10, 1)),
    "letter dated 9999": _letter(dt.date(9999, 12, 31)),
    "date 32-13-2026": _parse("32-13-2026"),
    "date 99999999999": _parse("99999999999"),
    "date with emoji": _parse("1😀-03-2026"),
}


@pytest.mark.parametrize("case", list(OUT_OF_RANGE))
def test_out_of_range_dates_and_numbers_are_refused_clearly(council, case):
    write = OUT_OF_RANGE[case]
    if hasattr(write, "prepare"):
        write.prepare(council.db)
    tables = {name: count(council.db, name) for name in council.db.table_names()}
    try:
        write(council.db)
    except ValidationError as error:
        assert_clear_refusal(error)
    except Exception as error:  # noqa: BLE001 - a traceback is exactly the finding
        pytest.fail(f"{case}: {type(error).__name__}: {error}")
    else:
        pytest.fail(f"{case}: accepted")
    assert {name: count(council.db, name) for name in tables} == tables, "nothing is written"
