"""The letters archive (Documenten/Brieven): every letter the council sent, with its PDF.

Other features write to it too (advice letters, reminders, invitations):

    pdf = render_letter(head, content)
    letter_id = archive_letter(db, content, "advice", pdf)
"""

from core.letters.model import KINDS, ArchivedLetter, LetterSummary, kind_label
from core.letters.repository import (
    archive_letter,
    count_letters,
    delete_letter,
    fetch_letters,
    get_letter,
    letter_pdf,
    list_letters,
    mark_sent,
    recent_addressees,
    replace_letter,
)

__all__ = [
    "KINDS",
    "ArchivedLetter",
    "LetterSummary",
    "archive_letter",
    "count_letters",
    "delete_letter",
    "fetch_letters",
    "get_letter",
    "kind_label",
    "letter_pdf",
    "list_letters",
    "mark_sent",
    "recent_addressees",
    "replace_letter",
]
