"""Everything the printed meeting documents need, read from the file in one go.

Reading happens on the UI thread (``load_papers``); the documents are then built
from these plain values alone, so rendering can run off the UI thread.
"""

from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from core.documents.letterhead import load_letterhead
from core.documents.page import Letterhead
from core.i18n import tr
from core.meetings.agenda import confidential_item_ids, document_bytes, list_agenda
from core.meetings.followup import actions_of_meeting, carried_over_actions, list_decisions
from core.meetings.model import Action, AgendaDocument, AgendaItem, Decision, Invitee, Meeting
from core.meetings.people import member_name, member_role
from core.meetings.repository import AttendanceCount, attendance_count, get_meeting, list_invitees
from core.meetings.rules import QuorumStatus, quorum_status


@dataclass
class MeetingPapers:
    head: Letterhead
    meeting: Meeting
    items: list[AgendaItem]
    invitees: list[Invitee]
    chair: str = ""
    minute_taker: str = ""
    roles: dict[int, str] = field(default_factory=dict)  # member id → role label
    carried_actions: list[Action] = field(default_factory=list)
    new_actions: list[Action] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    attendance: AttendanceCount | None = None
    quorum: QuorumStatus | None = None  # council meetings only
    # For the meeting pack: the stored bytes of each attached document.
    attachments: dict[int, bytes] = field(default_factory=dict)
    # Confidential agenda items of earlier meetings that carried actions come from.
    closed_earlier: set[int] = field(default_factory=set)

    def item(self, item_id: int | None) -> AgendaItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def documents(self) -> list[AgendaDocument]:
        return [document for item in self.items for document in item.documents]

    def closed_items(self) -> set[int]:
        """The ids of confidential items: this meeting's and earlier ones' with actions."""
        return {item.id for item in self.items if item.confidential} | self.closed_earlier

    @property
    def has_confidential(self) -> bool:
        """Whether anything in the papers is confidential: then every page says so."""
        return bool(self.closed_items()) or any(d.confidential for d in self.documents())


def load_papers(db: Database, meeting_id: int, with_attachments: bool = False) -> MeetingPapers:
    meeting = get_meeting(db, meeting_id)
    invitees = list_invitees(db, meeting_id)
    papers = MeetingPapers(
        head=load_letterhead(db),
        meeting=meeting,
        items=list_agenda(db, meeting_id),
        invitees=invitees,
        chair=member_name(db, meeting.chair_id),
        minute_taker=member_name(db, meeting.minute_taker_id),
        roles={i.member_id: member_role(db, i.member_id) for i in invitees
               if i.member_id is not None},
        carried_actions=carried_over_actions(db, meeting_id),
        new_actions=actions_of_meeting(db, meeting_id),
        decisions=list_decisions(db, meeting_id),
        attendance=attendance_count(db, meeting_id),
        quorum=quorum_status(db, meeting_id),
    )
    papers.closed_earlier = confidential_item_ids(
        db, {action.agenda_item_id for action in papers.carried_actions
             if action.agenda_item_id is not None})
    if with_attachments:
        papers.attachments = {document.id: document_bytes(db, document)
                              for document in papers.documents()}
    return papers


def for_public(papers: MeetingPapers) -> MeetingPapers:
    """The papers as the public may read them. A confidential item keeps its number under
    a neutral title and nothing else; confidential documents, and the decisions, actions
    and notes of confidential items, are left out."""
    closed = papers.closed_items()
    items = [_public_item(item) for item in papers.items]
    kept = {document.id for item in items for document in item.documents}
    return replace(
        papers, items=items,
        carried_actions=[a for a in papers.carried_actions if a.agenda_item_id not in closed],
        new_actions=[a for a in papers.new_actions if a.agenda_item_id not in closed],
        decisions=[d for d in papers.decisions if d.agenda_item_id not in closed],
        attachments={key: data for key, data in papers.attachments.items() if key in kept},
        closed_earlier=set())


def _public_item(item: AgendaItem) -> AgendaItem:
    if item.confidential:
        return replace(item, title=tr("Confidential item (closed part of the meeting)"),
                       explanation="", presenter="", requested_by="", requested_by_id=None,
                       minutes="", standard="", documents=[], confidential=False,
                       withheld=True)
    return replace(item, documents=[d for d in item.documents if not d.confidential])
