"""E-mail drafts: a document as an .eml the secretary's own mail program opens as a draft.

The draft carries ``X-Unsent: 1`` (Outlook and Apple Mail open it ready to send), the PDF
as attachment, the members in BCC (they do not see each other's addresses: AVG), and a
subject and a short text. It is written to the drafts folder and handed to the system,
so it works offline and goes out when the laptop is online. Every draft made is recorded
on its letter or meeting, with the number of recipients.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from sqlite_utils import Database

from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import format_date, mark, tr
from core.output import write_atomically
from core.profile import load_profile

# What can be sent (code → label): codes are stored with each mailing.
DOCUMENTS = {
    "agenda": mark("agenda"),
    "pack": mark("meeting pack"),
    "invitation": mark("invitation"),
    "minutes": mark("minutes"),
    "letter": mark("letter"),
}
KEEP_DRAFTS_DAYS = 7  # older drafts are removed: they hold addresses and papers


@dataclass
class EmailDraft:
    subject: str
    body: str
    filename: str
    pdf: bytes
    to: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    # A meeting's papers need members to go to; a letter's addressee may be typed later.
    needs_recipients: bool = True

    @property
    def recipients(self) -> int:
        return len(set(self.to) | set(self.bcc))


@dataclass
class Mailing:
    """One draft made: which document, when, to how many."""

    document: str
    recipients: int
    made_on: dt.date
    subject: str

    @property
    def line(self) -> str:
        if not self.recipients:
            return tr("E-mail draft of the {document} made on {date}",
                      document=tr(DOCUMENTS.get(self.document, DOCUMENTS["letter"])),
                      date=format_date(self.made_on))
        return tr("E-mailed {document} on {date} to {count}",
                  document=tr(DOCUMENTS.get(self.document, DOCUMENTS["letter"])),
                  date=format_date(self.made_on), count=self.recipients)


def draft_message(db: Database, draft: EmailDraft) -> bytes:
    """The .eml: from the council's address, unsent, the PDF attached."""
    profile = load_profile(db)
    message = EmailMessage()
    message["X-Unsent"] = "1"
    message["Subject"] = " ".join(clean(draft.subject).split())
    if profile.email.strip():
        message["From"] = formataddr((" ".join(clean(profile.name).split()),
                                      profile.email.strip()))
    if draft.to:
        message["To"] = ", ".join(draft.to)
    if draft.bcc:
        message["Bcc"] = ", ".join(draft.bcc)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="raadswerk.invalid")
    message.set_content(clean(draft.body))
    message.add_attachment(bytes(draft.pdf), maintype="application", subtype="pdf",
                           filename=draft.filename)
    return message.as_bytes()


def _safe_name(text: str) -> str:
    name = re.sub(r"[^\w\- ]+", " ", text, flags=re.UNICODE)
    return "-".join(name.split())[:70] or "concept"


def remove_old_drafts(folder: Path, today: dt.date) -> None:
    """Drafts older than a week go: they hold member addresses and meeting papers."""
    if not folder.is_dir():
        return
    limit = dt.datetime.combine(today - dt.timedelta(days=KEEP_DRAFTS_DAYS), dt.time())
    for path in folder.glob("*.eml"):
        try:
            if dt.datetime.fromtimestamp(path.stat().st_mtime) < limit:
                path.unlink()
        except OSError:
            continue  # one locked old draft never stops a new one


def write_draft(db: Database, draft: EmailDraft, folder: Path | str,
                today: dt.date | None = None) -> Path:
    """Write the .eml into ``folder`` (old drafts are cleared first); returns its path."""
    if draft.needs_recipients and not draft.to and not draft.bcc:
        raise ValidationError(tr("Nobody to send it to: no recipient has an e-mail address."),
                              "recipients")
    folder = Path(folder)
    today = today or dt.date.today()
    remove_old_drafts(folder, today)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return write_atomically(folder / f"{stamp}-{_safe_name(draft.subject)}.eml",
                            draft_message(db, draft))


def record_mailing(db: Database, document: str, draft: EmailDraft,
                   meeting_id: int | None = None, letter_id: int | None = None) -> None:
    if document not in DOCUMENTS:
        raise ValidationError(tr("'{kind}' cannot be sent by e-mail.", kind=document[:40]))
    with db.atomic():
        db.execute("INSERT INTO mailings (document, meeting_id, letter_id, recipients, subject, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                   [document, meeting_id, letter_id, draft.recipients, clean(draft.subject),
                    dt.datetime.now().isoformat(timespec="seconds")])


def mailings(db: Database, meeting_id: int | None = None,
             letter_id: int | None = None) -> list[Mailing]:
    """The drafts made for a meeting or a letter, newest first."""
    column, value = ("meeting_id", meeting_id) if meeting_id is not None else \
        ("letter_id", letter_id)
    rows = db.execute(f"SELECT document, recipients, created_at, subject FROM mailings "
                      f"WHERE {column} = ? ORDER BY created_at DESC, id DESC", [value])
    return [Mailing(document, recipients, dt.date.fromisoformat(created[:10]), subject)
            for document, recipients, created, subject in rows.fetchall()]


def member_addresses(db: Database, meeting_id: int) -> tuple[list[str], int]:
    """The e-mail addresses of the invited members, and how many invited have none."""
    rows = db.execute(
        "SELECT TRIM(COALESCE(m.email, '')) FROM meeting_invitees i "
        "JOIN members m ON m.id = i.member_id WHERE i.meeting_id = ?", [meeting_id]).fetchall()
    addresses = sorted({email for (email,) in rows if email})
    return addresses, sum(1 for (email,) in rows if not email)


def meeting_draft(db: Database, meeting, document: str, pdf: bytes, filename: str
                  ) -> EmailDraft:
    """The members in BCC, a subject naming the document and meeting, a short text."""
    profile = load_profile(db)
    label = tr(DOCUMENTS[document])
    subject = tr("{document} {meeting}", document=label[:1].upper() + label[1:],
                 meeting=meeting.label)
    body = "\n\n".join([
        tr("Dear members,"),
        tr("Attached is the {document} of the {meeting}.", document=label,
           meeting=meeting.label),
        tr("Kind regards,") + "\n" + "\n".join(
            filter(None, [profile.signers[-1].name if profile.signers else "",
                          " ".join(clean(profile.name).split())])),
    ])
    bcc, _without = member_addresses(db, meeting.id)
    return EmailDraft(subject=subject, body=body, filename=filename, pdf=pdf, bcc=bcc)


def letter_draft(db: Database, letter, pdf: bytes, filename: str,
                 address: str = "") -> EmailDraft:
    """An archived letter to its addressee (the relation's e-mail when it has one)."""
    profile = load_profile(db)
    content = letter.content
    body = "\n\n".join([
        clean(content.salutation).strip() or tr("Dear Sir or Madam,"),
        tr("Attached is our letter of {date} about {subject}.",
           date=format_date(content.letter_date), subject=" ".join(content.subject.split())),
        tr("Kind regards,") + "\n" + " ".join(clean(profile.name).split()),
    ])
    return EmailDraft(subject=content.subject, body=body, filename=filename, pdf=pdf,
                      to=[address] if address else [], needs_recipients=False)
