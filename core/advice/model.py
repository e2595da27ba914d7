"""What an advice is: kinds, the status path, outcomes of the response, and the records."""

import datetime as dt
from dataclasses import dataclass, field

from core.i18n import mark, tr

# Codes are stored; labels are translated when shown.
KINDS = {
    "requested": mark("Requested"),
    "unsolicited": mark("Unsolicited"),
}

# The path of an advice, in order. The index is used to compare statuses.
STATUSES = {
    "received": mark("Request received"),
    "preparing": mark("In preparation"),
    "draft": mark("Draft"),
    "adopted": mark("Adopted by the council"),
    "sent": mark("Sent"),
    "responded": mark("Response received"),
    "closed": mark("Completed"),
}
STATUS_ORDER = list(STATUSES)
# Until the advice is sent the council still owes it: the deadline counts.
OPEN_STATUSES = ("received", "preparing", "draft", "adopted")
# From "adopted" on, the advice text is the council's decision and no longer changes.
FROZEN_STATUSES = ("adopted", "sent", "responded", "closed")

OUTCOMES = {
    "adopted": mark("Adopted in full"),
    "partly": mark("Partly adopted"),
    "rejected": mark("Not adopted"),
}

ADDRESSEES = {
    "college": mark("The Board of Mayor and Aldermen"),
    "council": mark("The municipal council"),
}


def kind_label(code: str) -> str:
    return tr(KINDS.get(code, KINDS["requested"]))


# Steps in an advice's history that do not change its status.
EVENTS = {"extended": mark("Extension agreed")}


def status_label(code: str) -> str:
    """The label of a status, or of another step in the history (an extension)."""
    label = STATUSES.get(code) or EVENTS.get(code)
    return tr(label) if label else code


def outcome_label(code: str | None) -> str:
    return tr(OUTCOMES[code]) if code in OUTCOMES else ""


def addressee_label(code: str) -> str:
    return tr(ADDRESSEES.get(code, ADDRESSEES["college"]))


def status_index(code: str) -> int:
    return STATUS_ORDER.index(code) if code in STATUS_ORDER else -1


def format_reference(year: int, number: int) -> str:
    """'2026-07': the year and the advice's number within it."""
    return f"{year}-{number:02d}"


@dataclass
class AdviceInput:
    """What the register form edits (everything but status, text and response)."""

    kind: str = "requested"
    subject: str = ""
    policy_area: str = ""
    requested_by: str = ""
    their_reference: str = ""
    request_date: dt.date | None = None
    deadline: dt.date | None = None
    working_group_id: int | None = None
    rapporteur_id: int | None = None
    addressee: str = "college"
    notes: str = ""
    sender_relation_id: int | None = None  # who sent the request (Relaties)
    confidential: bool = False  # its letters say so on every page
    municipality: str = ""  # which municipality asked (a regional council); '' its own


ADOPTED_HOW = {
    "meeting": mark("in a meeting"),
    "written_round": mark("in a written round"),
}


@dataclass
class Adoption:
    """How the council adopted the advice: in a meeting (a decision in its minutes) or in
    a written round between meetings, with the votes and what members replied."""

    on: dt.date
    how: str = "meeting"
    decision_id: int | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    note: str = ""


@dataclass
class PointResponse:
    """The answer to one numbered point of the advice."""

    number: int
    point: str
    outcome: str
    note: str = ""

    @property
    def outcome_label(self) -> str:
        return outcome_label(self.outcome)


@dataclass
class Response:
    """The college's (or council's) answer to an advice, as a whole and per point."""

    date: dt.date
    outcome: str
    reasons: str = ""
    points: list[PointResponse] = field(default_factory=list)


@dataclass
class StatusChange:
    status: str
    changed_on: dt.date
    note: str = ""

    @property
    def label(self) -> str:
        return status_label(self.status)


class _CodeLabels:
    """Translated labels for the kind and status codes an advice record carries."""

    kind: str
    status: str

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def status_label(self) -> str:
        return status_label(self.status)


@dataclass
class Advice(_CodeLabels):
    id: int
    reference: str
    ref_year: int
    ref_number: int
    kind: str
    subject: str
    policy_area: str
    requested_by: str
    their_reference: str
    request_date: dt.date
    deadline: dt.date | None
    request_file_id: int | None
    working_group_id: int | None
    rapporteur_id: int | None
    addressee: str
    status: str
    body: str
    adopted_on: dt.date | None
    letter_id: int | None
    sent_on: dt.date | None
    response: Response | None
    response_file_id: int | None
    reminder_letter_id: int | None
    reminded_on: dt.date | None
    notes: str
    history: list[StatusChange] = field(default_factory=list)
    sender_relation_id: int | None = None
    adoption: Adoption | None = None  # how it was adopted, when that was recorded
    confidential: bool = False
    municipality: str = ""

    @property
    def text_frozen(self) -> bool:
        return self.status in FROZEN_STATUSES

    @property
    def label(self) -> str:
        return f"{self.reference} — {self.subject}"

    def to_input(self) -> AdviceInput:
        return AdviceInput(
            kind=self.kind, subject=self.subject, policy_area=self.policy_area,
            requested_by=self.requested_by, their_reference=self.their_reference,
            request_date=self.request_date, deadline=self.deadline,
            working_group_id=self.working_group_id, rapporteur_id=self.rapporteur_id,
            addressee=self.addressee, notes=self.notes, confidential=self.confidential,
            municipality=self.municipality,
            sender_relation_id=self.sender_relation_id,
        )


@dataclass
class AdviceSummary(_CodeLabels):
    """One line of the register."""

    id: int
    reference: str
    kind: str
    subject: str
    policy_area: str
    status: str
    request_date: dt.date
    deadline: dt.date | None
    sent_on: dt.date | None
    response_outcome: str | None
    overdue: bool = False  # deadline passed, or response overdue

    @property
    def outcome_label(self) -> str:
        return outcome_label(self.response_outcome)
