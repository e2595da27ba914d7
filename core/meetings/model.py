"""What a meeting is: kinds, agenda purposes, attendance, the records, and their rules."""

import datetime as dt
import re
from dataclasses import dataclass, field

from core.dates import check_date_range
from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import format_date, mark, tr

# Codes are stored; labels are translated when shown.
KINDS = {
    "council": mark("Council meeting"),
    "alderman": mark("Consultation with the alderman"),
    "civil_servants": mark("Civil-servant consultation"),
    "working_group": mark("Working-group meeting"),
    "backing_group": mark("Backing-group meeting"),
    "municipal_council": mark("Consultation with the municipal council or parties"),
    "site_visit": mark("Site visit"),
    "theme_meeting": mark("Theme meeting"),
    "training": mark("Training"),
}
# Each kind as the object of a sentence, with the article its Dutch name needs
# ("het overleg", "de bijeenkomst"): "We invite you to {meeting}".
KIND_PHRASES = {
    "council": mark("the meeting of the {council}"),
    "alderman": mark("the consultation with the alderman"),
    "civil_servants": mark("the civil-servant consultation"),
    "working_group": mark("the meeting of the {group}"),
    "backing_group": mark("the backing-group meeting"),
    "municipal_council": mark("the consultation with the municipal council"),
    "site_visit": mark("the site visit"),
    "theme_meeting": mark("the theme meeting"),
    "training": mark("the training"),
}
PURPOSES = {
    "": mark("(not stated)"),
    "information": mark("for information"),
    "discussion": mark("for discussion"),
    "decision": mark("for decision"),
}
ATTENDANCE = {
    "": mark("not recorded"),
    "present": mark("present"),
    "absent_notice": mark("absent with notice"),
    "absent": mark("absent"),
}
ACTION_STATUSES = {"open": mark("open"), "done": mark("done")}
# Standard agenda items a template can hold; "actions" is where open actions carry over.
STANDARD_ITEMS = {
    "opening": mark("Opening and adoption of the agenda"),
    "announcements": mark("Announcements"),
    "minutes": mark("Minutes of the previous meeting"),
    "actions": mark("Action list"),
    "incoming": mark("Incoming documents"),
    "aob": mark("Any other business"),
    "closing": mark("Closing of the meeting"),
}

MAX_ITEM_MINUTES = 240  # one agenda item of more than four hours is a typo
MAX_MEETING_MINUTES = 12 * 60
TITLE_LIMIT = 500
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2})|(\d{2}))?\s*(?:u(?:ur)?)?\s*$")


def kind_label(code: str) -> str:
    return tr(KINDS.get(code, KINDS["council"]))


def purpose_label(code: str) -> str:
    return tr(PURPOSES.get(code, PURPOSES[""]))


def attendance_label(code: str) -> str:
    return tr(ATTENDANCE.get(code, ATTENDANCE[""]))


def status_label(code: str) -> str:
    return tr(ACTION_STATUSES.get(code, ACTION_STATUSES["open"]))


def parse_time(text: str, field_name: str = "start_time") -> str:
    """Read '19:30', '19.30', '1930' or '19' as 'HH:MM'; a clear message otherwise."""
    raw = clean(text).strip()
    match = _TIME.match(raw)
    if not raw:
        raise ValidationError(tr("Fill in a time, such as 19:30."), field_name)
    if match:
        hours = int(match.group(1))
        minutes = int(match.group(2) or match.group(3) or 0)
        if hours < 24 and minutes < 60:
            return f"{hours:02d}:{minutes:02d}"
    raise ValidationError(
        tr("'{text}' is not a time. Write it as 19:30.", text=raw[:20]), field_name
    )


def time_to_minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def minutes_to_time(total: int) -> str:
    """'HH:MM' for minutes since midnight; past midnight wraps (a very long agenda)."""
    total %= 24 * 60
    return f"{total // 60:02d}:{total % 60:02d}"


@dataclass
class Meeting:
    id: int | None  # None until the meeting is created
    kind: str
    date: dt.date
    start_time: str
    end_time: str
    title: str = ""
    location: str = ""
    chair_id: int | None = None
    minute_taker_id: int | None = None
    notes: str = ""
    minutes_approved_on: dt.date | None = None
    # A working-group meeting belongs to one group; its name is read with the meeting.
    working_group_id: int | None = None
    group_name: str = ""
    # What the council calls itself ("Wmo-raad"), read from the profile with the meeting.
    council_name: str = ""

    @property
    def saved_id(self) -> int:
        """The id of a meeting read from the file (only one not yet created has none)."""
        if self.id is None:
            raise ValueError("this meeting is not in the council file yet")
        return self.id

    @property
    def display_title(self) -> str:
        """The title typed for it, the working group's name, the council's own meeting
        named after the council ("Vergadering van de Wmo-raad"), or the kind."""
        if self.title.strip():
            return self.title.strip()
        if self.kind == "working_group" and self.group_name:
            return self.group_name
        if self.kind == "council" and self.council_name:
            return tr("Meeting of the {council}", council=self.council_name)
        return kind_label(self.kind)

    @property
    def in_sentence(self) -> str:
        """The meeting as the object of a sentence, with the right article."""
        if self.title.strip():
            return tr("the meeting “{title}”", title=self.title.strip())
        if self.kind == "working_group" and self.group_name:
            return tr(KIND_PHRASES["working_group"], group=self.group_name)
        if self.kind == "council":
            return tr(KIND_PHRASES["council"], council=self.council_name or tr("council"))
        return tr(KIND_PHRASES[self.kind]) if self.kind in KIND_PHRASES else tr("the meeting")

    @property
    def label(self) -> str:
        """'Raadsvergadering 12 maart 2026'."""
        return f"{self.display_title} {format_date(self.date)}"

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, dt.time.fromisoformat(self.start_time))

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.date, dt.time.fromisoformat(self.end_time))


@dataclass
class Invitee:
    id: int
    meeting_id: int
    member_id: int | None
    name: str
    organisation: str
    attendance: str = ""

    @property
    def is_guest(self) -> bool:
        return self.member_id is None


@dataclass
class AgendaDocument:
    id: int
    agenda_item_id: int
    file_id: int
    title: str
    name: str
    mime_type: str
    size: int
    confidential: bool = False

    @property
    def is_pdf(self) -> bool:
        return self.mime_type == "application/pdf" or self.name.lower().endswith(".pdf")


@dataclass
class AgendaItem:
    id: int
    meeting_id: int
    parent_id: int | None
    position: int
    title: str
    explanation: str = ""
    presenter: str = ""
    duration: int = 0
    purpose: str = ""
    standard: str = ""
    requested_by_id: int | None = None
    requested_by: str = ""
    minutes: str = ""
    number: str = ""
    start: str = ""
    documents: list[AgendaDocument] = field(default_factory=list)
    # In the closed part of the meeting (besloten deel): not in what is printed for the
    # public. A sub-item of a confidential item is confidential too.
    confidential: bool = False
    withheld: bool = False  # a public print shows only its number and a neutral title

    @property
    def is_sub_item(self) -> bool:
        return self.parent_id is not None


def votes_text(votes_for: int, against: int | None, abstained: int | None) -> str:
    """'6 voor, 2 tegen, 1 onthouding': a decision's or a written round's votes."""
    return tr("{votes_for} for, {against} against, {abstained} abstained",
              votes_for=votes_for, against=against or 0, abstained=abstained or 0)


@dataclass
class Decision:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    year: int
    number: int
    text: str
    unanimous: bool = False
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None

    @property
    def code(self) -> str:
        """'2026-07': the year and the number within it."""
        return f"{self.year}-{self.number:02d}"

    @property
    def has_vote(self) -> bool:
        return self.unanimous or self.votes_for is not None

    @property
    def vote_text(self) -> str:
        """'met algemene stemmen', or the counts: '6 voor, 2 tegen, 1 onthouding'."""
        if self.unanimous:
            return tr("unanimously")
        if self.votes_for is None:
            return ""
        return votes_text(self.votes_for, self.votes_against, self.votes_abstained)


@dataclass
class Action:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    description: str
    owner_id: int | None
    owner: str
    due_date: dt.date | None
    status: str
    done_on: dt.date | None
    meeting_date: dt.date | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.due_date is not None and self.due_date < today


def validate_meeting(meeting: Meeting) -> None:
    if meeting.kind not in KINDS:
        raise ValidationError(tr("Choose the kind of meeting."), "kind")
    if meeting.kind != "working_group":
        meeting.working_group_id = None
    elif meeting.working_group_id is None:
        raise ValidationError(tr("Choose the working group whose meeting this is."),
                              "working_group")
    if meeting.date is None:
        raise ValidationError(tr("A meeting needs a date."), "date")
    check_date_range(meeting.date, "date")
    meeting.start_time = parse_time(meeting.start_time, "start_time")
    meeting.end_time = parse_time(meeting.end_time, "end_time")
    start, end = time_to_minutes(meeting.start_time), time_to_minutes(meeting.end_time)
    if end <= start:
        raise ValidationError(
            tr("The meeting ends ({end}) before it starts ({start}). Check the times.",
               end=meeting.end_time, start=meeting.start_time), "end_time")
    if end - start > MAX_MEETING_MINUTES:
        raise ValidationError(tr("A meeting of more than twelve hours is not possible. "
                                 "Check the times."), "end_time")
    meeting.title = clean(meeting.title).strip()
    if len(meeting.title) > TITLE_LIMIT:
        raise ValidationError(
            tr("A meeting title has at most {limit} characters.", limit=TITLE_LIMIT), "title")
    meeting.location = clean(meeting.location).strip()
    meeting.notes = clean(meeting.notes)


def validate_duration(value) -> int:
    """Minutes for an agenda item: a whole number from 0 to four hours."""
    try:
        minutes = int(str(value).strip() or 0)
    except ValueError:
        raise ValidationError(
            tr("The duration '{text}' is not a number of minutes.", text=str(value)[:20]),
            "duration") from None
    if minutes < 0:
        raise ValidationError(tr("A duration cannot be negative."), "duration")
    if minutes > MAX_ITEM_MINUTES:
        raise ValidationError(
            tr("{minutes} minutes for one item is too long (at most {limit}).",
               minutes=minutes, limit=MAX_ITEM_MINUTES), "duration")
    return minutes


def validate_item_title(title: str) -> str:
    title = clean(title).strip()
    if not title:
        raise ValidationError(tr("An agenda item needs a title."), "title")
    if len(title) > TITLE_LIMIT:
        # Refuse rather than cut: what was typed must never change silently.
        raise ValidationError(
            tr("An agenda item title has at most {limit} characters; put the rest in the "
               "explanation.", limit=TITLE_LIMIT), "title")
    return title
