"""What an archived letter is, and checking one before it is kept."""

import datetime as dt
from dataclasses import dataclass

from core.documents.letter import LetterContent
from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import mark, tr

# Kinds of letter (code → label): codes are stored, labels translated when shown.
KINDS = {
    "free": mark("Letter"),
    "advice": mark("Advice letter"),
    "reminder": mark("Reminder"),
    "invitation": mark("Invitation"),
}
MAX_SIGNERS = 2


def kind_label(kind: str) -> str:
    return tr(KINDS.get(kind, KINDS["free"]))


@dataclass
class ArchivedLetter:
    """One letter in the archive: what was written, and the PDF as it was sent."""

    id: int
    kind: str
    content: LetterContent
    sent_on: dt.date | None
    pdf_file_id: int | None
    created_at: str = ""
    updated_at: str = ""


@dataclass
class LetterSummary:
    """One line of the archive list."""

    id: int
    kind: str
    letter_date: dt.date
    addressee: str  # the first line of the address: who it went to
    subject: str
    reference: str
    sent_on: dt.date | None

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


def first_line(text: str) -> str:
    return next((line.strip() for line in clean(text).split("\n") if line.strip()), "")


def validate_letter(content: LetterContent, kind: str) -> None:
    """A letter needs someone to go to and a subject; an archive needs a known kind."""
    if kind not in KINDS:
        raise ValidationError(tr("'{kind}' is not a kind of letter.", kind=str(kind)[:40]),
                              "kind")
    if not isinstance(content.letter_date, dt.date):
        raise ValidationError(tr("The letter needs a date."), "letter_date")
    if not first_line(content.addressee):
        raise ValidationError(tr("Write to whom the letter goes (the address)."), "addressee")
    if not clean(content.subject).strip():
        raise ValidationError(tr("The letter needs a subject."), "subject")
    if len(content.signers) > MAX_SIGNERS:
        raise ValidationError(tr("A letter has at most two signers."), "signers")
    for signer in content.signers:
        if not clean(signer.name).strip():
            raise ValidationError(tr("Every signer needs a name."), "signers")


def validate_pdf(pdf: bytes) -> None:
    if not pdf or not bytes(pdf[:5]) == b"%PDF-":
        raise ValidationError(tr("The letter has no PDF to keep."), "pdf")
