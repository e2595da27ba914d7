"""What search finds: one definition per kind of record, with where a hit opens.

Each kind names its index (see core/schema/step_008_search.py), the SQL that reads a hit's
date and fields, and the section (page) of the window that shows it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from core.i18n import mark
from core.meetings.model import kind_label as meeting_kind_label
from core.signals.model import channel_label

# Groups that the command line's --kind chooses from.
GROUPS = ("members", "meetings", "signals", "advice", "letters")
_MEETING = "JOIN meetings m ON m.id = t.meeting_id"
_FILE_MEETING = ("(SELECT a.meeting_id FROM agenda_item_documents d JOIN agenda_items a "
                 "ON a.id = d.agenda_item_id WHERE d.file_id = t.id LIMIT 1)")
_FILE_ADVICE = ("(SELECT ad.id FROM advice ad WHERE ad.request_file_id = t.id "
                "OR ad.response_file_id = t.id LIMIT 1)")


@dataclass(frozen=True)
class Kind:
    code: str
    groups: tuple[str, ...]
    label: str  # marked for translation; shown as a heading over the hits
    index: str
    source: str  # FROM clause; the record is always ``t``
    day: str  # SQL for the date hits are sorted by (newest first)
    section: str  # SQL giving the window section that opens the hit
    target: str  # SQL giving the record id that section opens
    fields: tuple[tuple[str, str], ...]  # (label, SQL) of the text shown for a hit
    title: str = ""  # SQL for the hit's title (the first field when empty)
    # A code whose label titles the hit when the title is empty (or must not be shown).
    fallback: tuple[str, Callable[[str], str]] | None = None
    sensitive: str = "0"  # SQL: 1 when the private column holds sensitive text
    private_field: str = ""  # label of the field that is only searched when asked


KINDS = (
    Kind("member", ("members",), mark("Members"), "search_members", "members t",
         "t.start_date", "'members'", "t.id",
         ((mark("name"), "trim(t.first_name || ' ' || t.prefix) || ' ' || t.last_name"),
          (mark("organisation"), "t.represents"), (mark("e-mail"), "t.email"),
          (mark("phone"), "t.phone"), (mark("place"), "t.city"), (mark("notes"), "t.notes"))),
    Kind("working_group", ("members",), mark("Working groups"), "search_working_groups",
         "working_groups t", "substr(t.created_at, 1, 10)", "'working_groups'", "t.id",
         ((mark("name"), "t.name"), (mark("description"), "t.description"))),
    Kind("meeting", ("meetings",), mark("Meetings"), "search_meetings", "meetings t",
         "t.date", "'meetings'", "t.id",
         ((mark("title"), "t.title"), (mark("place"), "t.location"),
          (mark("notes"), "t.notes")),
         fallback=("t.kind", meeting_kind_label)),
    Kind("agenda_item", ("meetings",), mark("Agenda items"), "search_agenda_items",
         f"agenda_items t {_MEETING}", "m.date", "'meetings'", "t.meeting_id",
         ((mark("title"), "t.title"), (mark("explanation"), "t.explanation"),
          (mark("presenter"), "t.presenter"), (mark("minutes"), "t.minutes"))),
    Kind("decision", ("meetings",), mark("Decisions"), "search_decisions",
         f"decisions t {_MEETING}", "m.date", "'meetings'", "t.meeting_id",
         ((mark("decision"), "t.text"),),
         title="t.year || '-' || printf('%02d', t.number) || ': ' || t.text"),
    Kind("action", ("meetings",), mark("Actions"), "search_actions", f"actions t {_MEETING}",
         "m.date", "'meetings'", "t.meeting_id", ((mark("action"), "t.description"),)),
    Kind("signal", ("signals",), mark("Signals"), "search_signals", "signals t",
         "t.received_on", "'signals'", "t.id",
         ((mark("description"), "t.description"), (mark("target group"), "t.target_group"),
          (mark("neighbourhood"), "t.neighbourhood"),
          (mark("handling note"), "t.handled_note")),
         fallback=("t.channel", channel_label), sensitive="t.sensitive",
         private_field=mark("description")),
    Kind("advice", ("advice",), mark("Advice"), "search_advice", "advice t",
         "t.request_date", "'advice'", "t.id",
         ((mark("reference"), "t.ref_year || '-' || printf('%02d', t.ref_number)"),
          (mark("subject"), "t.subject"), (mark("policy area"), "t.policy_area"),
          (mark("requested by"), "t.requested_by"),
          (mark("their reference"), "t.their_reference"), (mark("advice text"), "t.body"),
          (mark("response"), "t.response_reasons"), (mark("notes"), "t.notes")),
         title="t.ref_year || '-' || printf('%02d', t.ref_number) || ' ' || t.subject"),
    Kind("letter", ("letters",), mark("Letters"), "search_letters", "letters t",
         "t.letter_date", "'letters'", "t.id",
         ((mark("subject"), "t.subject"), (mark("addressee"), "t.addressee"),
          (mark("reference"), "t.reference"), (mark("their reference"), "t.their_reference"),
          (mark("text"), "t.body"), (mark("enclosures"), "t.enclosures"),
          (mark("copies"), "t.copies"))),
    Kind("document", ("meetings", "advice"), mark("Attached documents"), "search_files",
         "files t",
         "substr(t.added_at, 1, 10)",
         f"CASE WHEN {_FILE_MEETING} IS NOT NULL THEN 'meetings' "
         f"WHEN {_FILE_ADVICE} IS NOT NULL THEN 'advice' END",
         f"coalesce({_FILE_MEETING}, {_FILE_ADVICE})",
         ((mark("file name"), "t.name"), (mark("document text"), "t.text"))),
)
KIND_BY_CODE = {kind.code: kind for kind in KINDS}


def kinds_in(groups: tuple[str, ...] | None) -> tuple[Kind, ...]:
    """The kinds of the chosen groups (all kinds without a choice)."""
    if not groups:
        return KINDS
    return tuple(kind for kind in KINDS if set(kind.groups) & set(groups))
