"""Every create and update function in core that keeps text a person types, as targets
for hostile input (used by test_hostile_input.py and tests/benchmarks/reliability.py).

A target writes one text into one field: ``create(db, text) -> id``, ``update(db, id,
text)``, ``read(db, id) -> str``. ``expected(text)`` is what a correct save keeps: the text
unchanged, except for what the feature documents (surrounding spaces trimmed; characters
that cannot be printed at all, such as control characters, left out by
``core.documents.text.clean``). ``documents(db, id)`` renders every PDF that shows the
field; ``table`` is counted to prove a refused save wrote nothing.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from core.documents.text import clean

TODAY = dt.date(2026, 11, 22)


def exact(text: str) -> str:
    return text


def stripped(text: str) -> str:
    return text.strip()


def cleaned(text: str) -> str:
    return clean(text)


def cleaned_stripped(text: str) -> str:
    return clean(text).strip()


def squashed(text: str) -> str:
    return " ".join(text.split())


def agenda_title(text: str) -> str:
    """Meetings cuts titles at 500 characters without a message (reported to meetings)."""
    return clean(text).strip()[:500]


def guest_name(text: str) -> str:
    """Meetings cuts guest names at 200 characters without a message (reported)."""
    return clean(text).strip()[:200]


def document_title(text: str) -> str:
    """Meetings cuts document titles at 300 characters without a message (reported)."""
    return clean(text).strip()[:300]


@dataclass
class Target:
    name: str
    table: str
    create: Callable
    read: Callable
    expected: Callable[[str], str]
    update: Callable | None = None
    documents: Callable | None = None


# --- profile and letters ------------------------------------------------------------


def _profile(db, **fields):
    from core.profile import CouncilProfile, save_profile

    values = {"name": "Wmo-raad Lindewaarde", "kind": "wmo", "municipality": "Lindewaarde",
              **fields}
    save_profile(db, CouncilProfile(**values))
    return 1


def _read_profile(field):
    def read(db, _id):
        from core.profile import load_profile

        return getattr(load_profile(db), field)
    return read


def _letterhead_pdf(db, _id):
    from core.documents.letter import LetterContent, render_letter
    from core.documents.letterhead import load_letterhead

    content = LetterContent(addressee="Aan het college", subject="Proef", body="Tekst",
                            letter_date=TODAY)
    return [("letter on the letterhead", render_letter(load_letterhead(db), content))]


def _letter_content(text, field):
    from core.documents.letter import LetterContent

    values = {"addressee": "Aan het college van B&W", "subject": "Proef", "body": "Tekst",
              "letter_date": TODAY}
    values[field] = text
    return LetterContent(**values)


FAKE_PDF = b"%PDF-1.4\n% a stand-in: the stored PDF is not what is tested here\n"


def _archive(field):
    def create(db, text):
        from core.letters import archive_letter

        return archive_letter(db, _letter_content(text, field), "free", FAKE_PDF)
    return create


def _replace(field):
    def update(db, letter_id, text):
        from core.letters import replace_letter

        replace_letter(db, letter_id, _letter_content(text, field), FAKE_PDF)
    return update


def _read_letter(field):
    def read(db, letter_id):
        from core.letters import get_letter

        return getattr(get_letter(db, letter_id).content, field)
    return read


def _letter_pdf(db, letter_id):
    from core.documents.letter import render_letter
    from core.documents.letterhead import load_letterhead
    from core.letters import get_letter

    return [("letter", render_letter(load_letterhead(db), get_letter(db, letter_id).content))]


# --- members -------------------------------------------------------------------------


def _member_values(field, text):
    values = {"first_name": "Anneke", "last_name": "Berg", "start_date": "2025-01-01"}
    values[field] = text
    return values


def _create_member(field):
    def create(db, text):
        from core.members import create_member

        return create_member(db, _member_values(field, text))
    return create


def _update_member(field):
    def update(db, member_id, text):
        from core.members import update_member

        update_member(db, member_id, _member_values(field, text))
    return update


def _read_member(field):
    def read(db, member_id):
        from core.members import get_member

        return getattr(get_member(db, member_id), field)
    return read


def _member_list(db, _id):
    from core.members.member_list import member_list_pdf

    return [("member list", member_list_pdf(db, today=TODAY)),
            ("public member list", member_list_pdf(db, public=True, today=TODAY))]


def _create_group(db, text):
    from core.members import create_working_group

    return create_working_group(db, text)


def _update_group(db, group_id, text):
    from core.members import update_working_group

    update_working_group(db, group_id, text, "working_group", "", None, [])


def _read_group(db, group_id):
    from core.members import get_working_group

    return get_working_group(db, group_id).name


# --- meetings ------------------------------------------------------------------------


def _meeting(db, **fields):
    from core.meetings.model import KINDS, Meeting
    from core.meetings.repository import create_meeting

    meeting = Meeting(id=None, kind=next(iter(KINDS)), date=dt.date(2026, 12, 10),
                      start_time="19:30", end_time="21:30", **fields)
    return create_meeting(db, meeting)


def _create_meeting(field):
    return lambda db, text: _meeting(db, **{field: text})


def _update_meeting(field):
    def update(db, meeting_id, text):
        from core.meetings.repository import get_meeting, update_meeting

        meeting = get_meeting(db, meeting_id)
        setattr(meeting, field, text)
        update_meeting(db, meeting)
    return update


def _read_meeting(field):
    def read(db, meeting_id):
        from core.meetings.repository import get_meeting

        return getattr(get_meeting(db, meeting_id), field)
    return read


def _meeting_papers(meeting_id_of):
    def documents(db, record_id):
        from core.meetings import agenda_pdf
        from core.meetings.minutes_document import render_minutes
        from core.meetings.papers import load_papers

        meeting_id = meeting_id_of(db, record_id)
        return [("agenda", agenda_pdf(db, meeting_id)),
                ("minutes", render_minutes(load_papers(db, meeting_id)))]
    return documents


def _create_item(field):
    def create(db, text):
        from core.meetings.agenda import add_item

        fields = {"title": "Agendapunt", field: text}
        with db.atomic():  # a meeting with this item: a refusal leaves neither
            return add_item(db, _meeting(db), **fields)
    return create


def _update_item(field):
    def update(db, item_id, text):
        from core.meetings.agenda import update_item

        update_item(db, item_id, **{field: text})
    return update


def _read_item(field):
    def read(db, item_id):
        from core.meetings.agenda import get_item

        return getattr(get_item(db, item_id), field)
    return read


def _item_meeting(db, item_id):
    from core.meetings.agenda import get_item

    return get_item(db, item_id).meeting_id


def _create_decision(db, text):
    from core.meetings.followup import add_decision

    with db.atomic():
        return add_decision(db, _meeting(db), text).id


def _update_decision(db, decision_id, text):
    from core.meetings.followup import update_decision

    update_decision(db, decision_id, text)


def _read_decision(db, decision_id):
    return db.execute("SELECT text FROM decisions WHERE id = ?", [decision_id]).fetchone()[0]


def _decision_meeting(db, decision_id):
    return db.execute("SELECT meeting_id FROM decisions WHERE id = ?",
                      [decision_id]).fetchone()[0]


def _create_action(db, text):
    from core.meetings.followup import add_action

    with db.atomic():
        return add_action(db, _meeting(db), text, due_date=dt.date(2026, 12, 31))


def _update_action(db, action_id, text):
    from core.meetings.followup import update_action

    update_action(db, action_id, text, None, dt.date(2026, 12, 31))


def _read_action(db, action_id):
    from core.meetings.followup import get_action

    return get_action(db, action_id).description


def _action_meeting(db, action_id):
    from core.meetings.followup import get_action

    return get_action(db, action_id).meeting_id


# --- signals -------------------------------------------------------------------------


def _signal_input(db, field, text):
    from core.signals import CHANNELS, SignalInput
    from core.signals.themes import list_themes

    values = {"received_on": dt.date(2026, 11, 2), "channel": next(iter(CHANNELS)),
              "theme_ids": [list_themes(db)[0].id], "description": "Vraag over vervoer"}
    values[field] = text
    return SignalInput(**values)


def _create_signal(field):
    def create(db, text):
        from core.signals import log_signal

        return log_signal(db, _signal_input(db, field, text), today=TODAY)
    return create


def _update_signal(field):
    def update(db, signal_id, text):
        from core.signals import update_signal

        update_signal(db, signal_id, _signal_input(db, field, text), today=TODAY)
    return update


def _read_signal(field):
    def read(db, signal_id):
        from core.signals import get_signal

        return getattr(get_signal(db, signal_id), field)
    return read


def _create_handled_note(db, text):
    """A signal logged with what was done with it (one step here, so a refusal writes nothing)."""
    from core.signals import log_signal
    from core.signals.repository import set_handled_note

    with db.atomic():
        signal_id = log_signal(db, _signal_input(db, "description", "Vraag"), today=TODAY)
        set_handled_note(db, signal_id, text)
    return signal_id


def _update_handled_note(db, signal_id, text):
    from core.signals.repository import set_handled_note

    set_handled_note(db, signal_id, text)


def _create_guest(db, text):
    from core.meetings.repository import add_guest

    with db.atomic():
        return add_guest(db, _meeting(db), text, "Gemeente Lindewaarde")


def _read_guest(db, invitee_id):
    return db.execute("SELECT guest_name FROM meeting_invitees WHERE id = ?",
                      [invitee_id]).fetchone()[0]


def _guest_meeting(db, invitee_id):
    return db.execute("SELECT meeting_id FROM meeting_invitees WHERE id = ?",
                      [invitee_id]).fetchone()[0]


def _create_contact(db, text):
    from core.signals import ContactInput, log_signal

    contact = ContactInput(consent_on=dt.date(2026, 11, 2), name=text, phone="06-12345678")
    return log_signal(db, _signal_input(db, "description", "Vraag"), contact, today=TODAY)


def _read_contact(db, signal_id):
    from core.signals.privacy import get_contact

    return get_contact(db, signal_id).name


def _create_status_note(db, text):
    from core.signals import change_status, log_signal

    with db.atomic():
        signal_id = log_signal(db, _signal_input(db, "description", "Vraag"), today=TODAY)
        change_status(db, signal_id, "in_progress", note=text, today=TODAY)
    return signal_id


def _read_status_note(db, signal_id):
    from core.signals import status_history

    return status_history(db, signal_id)[-1].note


def _create_theme(db, text):
    from core.signals.themes import add_theme

    return add_theme(db, text).id


def _update_theme(db, theme_id, text):
    from core.signals.themes import rename_theme

    rename_theme(db, theme_id, text)


def _read_theme(db, theme_id):
    from core.signals.themes import get_theme

    return get_theme(db, theme_id).name


def _themed_report(db, theme_id):
    """A signal with the theme, so that the report shows the theme's name."""
    from core.signals import CHANNELS, SignalInput, log_signal

    log_signal(db, SignalInput(received_on=dt.date(2026, 11, 2), channel=next(iter(CHANNELS)),
                               theme_ids=[theme_id], description="Vraag"), today=TODAY)
    return _signals_report(db, theme_id)


def _create_document_title(db, text):
    from core.meetings.agenda import add_item
    from core.meetings.attachments import add_document

    with db.atomic():
        item_id = add_item(db, _meeting(db), "Agendapunt met stukken")
        return add_document(db, item_id, "stuk.pdf", FAKE_PDF, title=text)


def _update_document_title(db, document_id, text):
    from core.meetings.agenda import rename_document

    rename_document(db, document_id, text)


def _read_document_title(db, document_id):
    return db.execute("SELECT title FROM agenda_item_documents WHERE id = ?",
                      [document_id]).fetchone()[0]


def _document_meeting(db, document_id):
    return db.execute("SELECT i.meeting_id FROM agenda_item_documents d JOIN agenda_items i "
                      "ON i.id = d.agenda_item_id WHERE d.id = ?", [document_id]).fetchone()[0]


def _update_contact(db, signal_id, text):
    from core.signals import ContactInput
    from core.signals.privacy import set_contact

    set_contact(db, signal_id, ContactInput(consent_on=dt.date(2026, 11, 2), name=text,
                                            phone="06-12345678"),
                today=TODAY)


def _save_template(db, text):
    from core.meetings.model import KINDS
    from core.meetings.templates import TemplateItem, save_template

    save_template(db, next(iter(KINDS)), [TemplateItem(title="Opening"), TemplateItem(title=text)])
    return 1


def _read_template(db, _id):
    from core.meetings.model import KINDS
    from core.meetings.templates import load_templates

    return load_templates(db)[next(iter(KINDS))][1].title


def _template_meeting(db, _id):
    """A new meeting made from the template, so that the agenda shows its items."""
    return _meeting(db)


def _signals_report(db, _id):
    from core.signals.report import signals_report_pdf

    return [("signals report", signals_report_pdf(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                                  include_sensitive=True, print_date=TODAY))]


# --- advice --------------------------------------------------------------------------


def _advice_input(field, text):
    from core.advice.model import AdviceInput

    values = {"kind": "requested", "subject": "Beleidsregels Wmo",
              "request_date": dt.date(2026, 11, 1), "deadline": dt.date(2026, 12, 15)}
    values[field] = text
    return AdviceInput(**values)


def _create_advice(field):
    def create(db, text):
        from core.advice.repository import create_advice
        from core.advice.workflow import save_text

        advice_id = create_advice(db, _advice_input(field, text))
        save_text(db, advice_id, "De raad adviseert het college.")
        return advice_id
    return create


def _update_advice(field):
    def update(db, advice_id, text):
        from core.advice.repository import update_advice

        update_advice(db, advice_id, _advice_input(field, text))
    return update


def _read_advice(field):
    def read(db, advice_id):
        from core.advice.repository import get_advice

        return getattr(get_advice(db, advice_id), field)
    return read


def _create_advice_text(db, text):
    from core.advice.repository import create_advice
    from core.advice.workflow import save_text

    advice_id = create_advice(db, _advice_input("subject", "Beleidsregels Wmo"))
    save_text(db, advice_id, text)
    return advice_id


def _update_advice_text(db, advice_id, text):
    from core.advice.workflow import save_text

    save_text(db, advice_id, text)


def _advice_letter(db, advice_id):
    from core.advice.letters import advice_letter_pdf
    from core.advice.repository import get_advice

    if not get_advice(db, advice_id).body.strip():
        return []  # no text, no letter: the feature says so in a clear message
    return [("advice letter", advice_letter_pdf(db, advice_id))]


TARGETS = [
    Target("profile.name", "settings", lambda db, t: _profile(db, name=t),
           _read_profile("name"), exact, None, _letterhead_pdf),
    Target("profile.postal_address", "settings", lambda db, t: _profile(db, postal_address=t),
           _read_profile("postal_address"), exact, None, _letterhead_pdf),
    Target("letter.subject", "letters", _archive("subject"), _read_letter("subject"), cleaned,
           _replace("subject"), _letter_pdf),
    Target("letter.body", "letters", _archive("body"), _read_letter("body"), cleaned,
           _replace("body"), _letter_pdf),
    Target("letter.addressee", "letters", _archive("addressee"), _read_letter("addressee"),
           cleaned, _replace("addressee"), _letter_pdf),
    Target("member.last_name", "members", _create_member("last_name"),
           _read_member("last_name"), stripped, _update_member("last_name"), _member_list),
    Target("member.notes", "members", _create_member("notes"), _read_member("notes"), stripped,
           _update_member("notes"), _member_list),
    Target("member.represents", "members", _create_member("represents"),
           _read_member("represents"), stripped, _update_member("represents"), _member_list),
    Target("working_group.name", "working_groups", _create_group, _read_group, squashed,
           _update_group, _member_list),
    Target("meeting.location", "meetings", _create_meeting("location"),
           _read_meeting("location"), cleaned_stripped, _update_meeting("location"),
           _meeting_papers(lambda db, meeting_id: meeting_id)),
    Target("meeting.notes", "meetings", _create_meeting("notes"), _read_meeting("notes"),
           cleaned, _update_meeting("notes"), _meeting_papers(lambda db, meeting_id: meeting_id)),
    Target("agenda_item.title", "agenda_items", _create_item("title"), _read_item("title"),
           agenda_title, _update_item("title"), _meeting_papers(_item_meeting)),
    Target("agenda_item.explanation", "agenda_items", _create_item("explanation"),
           _read_item("explanation"), cleaned, _update_item("explanation"),
           _meeting_papers(_item_meeting)),
    Target("decision.text", "decisions", _create_decision, _read_decision, cleaned_stripped,
           _update_decision, _meeting_papers(_decision_meeting)),
    Target("action.description", "actions", _create_action, _read_action, cleaned_stripped,
           _update_action, _meeting_papers(_action_meeting)),
    Target("meeting_guest.name", "meeting_invitees", _create_guest, _read_guest, guest_name,
           None, _meeting_papers(_guest_meeting)),
    Target("agenda_document.title", "agenda_item_documents", _create_document_title,
           _read_document_title, document_title, _update_document_title,
           _meeting_papers(_document_meeting)),
    Target("signal_theme.name", "signal_themes", _create_theme, _read_theme, squashed,
           _update_theme, _themed_report),
    Target("signal_contact.name", "signal_contacts", _create_contact, _read_contact, stripped,
           _update_contact, _signals_report),
    Target("meeting_template.title", "settings", _save_template, _read_template, agenda_title,
           None, _meeting_papers(_template_meeting)),
    Target("signal_status.note", "signal_status_history", _create_status_note,
           _read_status_note, stripped, None, _signals_report),
    Target("signal.description", "signals", _create_signal("description"),
           _read_signal("description"), stripped, _update_signal("description"),
           _signals_report),
    Target("signal.neighbourhood", "signals", _create_signal("neighbourhood"),
           _read_signal("neighbourhood"), stripped, _update_signal("neighbourhood"),
           _signals_report),
    Target("signal.handled_note", "signals", _create_handled_note, _read_signal("handled_note"),
           stripped, _update_handled_note, _signals_report),
    Target("advice.subject", "advice", _create_advice("subject"), _read_advice("subject"),
           cleaned_stripped, _update_advice("subject"), _advice_letter),
    Target("advice.requested_by", "advice", _create_advice("requested_by"),
           _read_advice("requested_by"), cleaned_stripped, _update_advice("requested_by"),
           _advice_letter),
    Target("advice.notes", "advice", _create_advice("notes"), _read_advice("notes"),
           cleaned_stripped, _update_advice("notes"), _advice_letter),
    Target("advice.body", "advice", _create_advice_text, _read_advice("body"), cleaned,
           _update_advice_text, _advice_letter),
]


def available_targets(db) -> list[Target]:
    """The targets whose feature has landed (its table is in the file)."""
    tables = set(db.table_names())
    return [target for target in TARGETS if target.table in tables]


# Text a person can type (or paste) that has broken programs before.
NASTY = [
    "Robert'); DROP TABLE members;--",
    "' OR '1'='1",
    "\"; DELETE FROM advice WHERE \"\" = \"",
    "<b>vet</b> <para>&amp; &lt; &#x27; <font name='x'>",
    "<script>alert('x')</script>",
    "a & b < c > d \" e ' f",
    "Ōgai Øzdemir Łukasz Ðorđe Ærø façade naïve ĳsselmeer",
    "😀👍🏽👨‍👩‍👧‍👦🇳🇱 €£¥ ½ ™",
    "שלום مرحبا \u202eesrever\u202c",
    "zero\u200bwidth\u200djoiner\ufeffbom",
    "tab\there\r\nnew\rline\n\nparagraph",
    "\x00null\x07bell\x1bescape\x7fdel",
    "{name} {0} %s %(x)s {{}}",
    "**vet** _schuin_ # kop\n- punt\n1. nummer",
    "\\ back\\slash C:\\Users\\",
    "w" * 10_000,
    "Lorem ipsum " * 8_000,
    "é" * 100_000,
]
