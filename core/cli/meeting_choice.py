"""Which meeting a command is about (``--meeting ID`` or ``--meeting next``), and for whom
(``--public``: the version for publication)."""

import datetime as dt

from core.errors import RaadswerkError
from core.i18n import tr
from core.meetings.papers import MeetingPapers, for_public, load_papers
from core.meetings.repository import get_meeting, next_meeting


def add_meeting_argument(parser, required: bool = True) -> None:
    parser.add_argument("--meeting", metavar="ID", required=required,
                        help=tr("the meeting's number, or 'next' for the next meeting"))


def meeting_id(db, value: str) -> int:
    """The id typed after --meeting: a number, or 'next'."""
    if value.strip().lower() in ("next", "volgende"):
        meeting = next_meeting(db, dt.date.today())
        if meeting is None:
            raise RaadswerkError(tr("There is no upcoming meeting."))
        return meeting.saved_id
    try:
        number = int(value)
    except ValueError:
        raise RaadswerkError(
            tr("'{value}' is not a meeting number.", value=value[:20])) from None
    return get_meeting(db, number).saved_id


def add_public_argument(parser) -> None:
    parser.add_argument("--public", action="store_true",
                        help=tr("for publication: without the confidential items and "
                                "documents"))


def meeting_papers(db, chosen: int, public: bool, with_attachments: bool = False
                   ) -> MeetingPapers:
    """The meeting's papers, for the members or (``public``) for publication."""
    papers = load_papers(db, chosen, with_attachments=with_attachments)
    return for_public(papers) if public else papers
