"""Handing an e-mail draft to the secretary's own mail program (Outlook, Thunderbird, Mail)."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from core.email_drafts import EmailDraft, record_mailing, write_draft
from core.errors import RaadswerkError
from core.i18n import tr, trn
from ui.errors import show_error, show_message


def open_with_system(path: Path) -> bool:
    """Let the system open the .eml with the mail program set for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def hand_to_mail_program(parent, db, draft: EmailDraft, folder: Path, document: str,
                         meeting_id: int | None = None, letter_id: int | None = None,
                         without_address: int = 0) -> Path | None:
    """Write the draft, record it on its meeting or letter, and open it; None on failure."""
    try:
        path = write_draft(db, draft, folder)
        record_mailing(db, document, draft, meeting_id=meeting_id, letter_id=letter_id)
    except RaadswerkError as error:
        show_error(parent, error)
        return None
    if without_address:
        show_message(parent, trn("{count} invited member has no e-mail address and is not in the "
                                 "draft: send them the document by post.",
                                 "{count} invited members have no e-mail address and are not in "
                                 "the draft: send them the document by post.",
                                 without_address))
    if not open_with_system(path):
        show_message(parent, tr("The e-mail draft was saved as {path}. Open it with your mail "
                                "program to send it.", path=path))
    return path
