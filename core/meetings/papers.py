"""Everything the printed meeting documents need, read from the file in one go.

Reading happens on the UI thread (``load_papers``); the documents are then built
from these plain values alone, so rendering can run off the UI thread.
"""

from dataclasses import dataclass, field

from sqlite_utils import Database

from core.documents.letterhead import load_letterhead
from core.documents.page import Letterhead
from core.meetings.agenda import document_bytes, list_agenda
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

    def item(self, item_id: int | None) -> AgendaItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def documents(self) -> list[AgendaDocument]:
        return [document for item in self.items for document in item.documents]


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
    if with_attachments:
        papers.attachments = {document.id: document_bytes(db, document)
                              for document in papers.documents()}
    return papers
