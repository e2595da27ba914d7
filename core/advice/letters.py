"""The advice letter and the reminder, on the council's letterhead.

Both are built on the formal-letter builder and kept in the letters archive: the
advice letter with the date it was sent, the reminder with the date it went out.
"""

import datetime as dt

from sqlite_utils import Database

from core.advice.copies import copy_to_council, council_copy_line
from core.advice.model import FROZEN_STATUSES
from core.advice.opening import letter_body
from core.advice.repository import get_advice, now_text
from core.dates import check_date_range, to_iso
from core.documents.letter import LetterContent, default_salutation, render_letter
from core.documents.letterhead import load_letterhead
from core.documents.page import Letterhead
from core.errors import ValidationError
from core.i18n import format_date, tr
from core.letters import archive_letter, get_letter, letter_pdf, replace_letter
from core.profile import load_profile
from core.relations import address_block, find_relation, relation_for_role
from core.relations.model import Relation


def recipient(db: Database, advice) -> Relation | None:
    """The college (or the council, else its griffie) from Relaties, for the municipality
    named in the profile when Relaties holds more than one."""
    municipality = advice.municipality or load_profile(db).municipality
    roles = ("council", "griffie") if advice.addressee == "council" else ("college",)
    for role in roles:
        relation = relation_for_role(db, role, municipality)
        if relation is not None:
            return relation
    return None


def _attention(db: Database, advice) -> str | None:
    """Who asked for the advice: the person in Relaties, else what the form says. A letter
    to the council goes to the council's own contact (its griffier), not to the wethouder
    who asked (None: the relation's own 't.a.v.')."""
    if advice.addressee != "college":
        return None
    sender = find_relation(db, advice.sender_relation_id)
    if sender is not None and sender.kind == "person":
        return sender.name
    return advice.requested_by.strip()


def _addressee(db: Database, advice) -> tuple[str, int | None]:
    """The address block (full postal address when Relaties has it) and its relation."""
    relation = recipient(db, advice)
    attention = _attention(db, advice)
    if relation is not None:
        return address_block(relation, attention), relation.id
    municipality = (advice.municipality or load_profile(db).municipality).strip()
    if advice.addressee == "council":
        lines = [tr("To the members of the municipal council of {municipality}",
                    municipality=municipality) if municipality
                 else tr("To the members of the municipal council")]
    else:
        lines = [tr("To the Board of Mayor and Aldermen of {municipality}",
                    municipality=municipality) if municipality
                 else tr("To the Board of Mayor and Aldermen")]
    if attention:
        lines.append(tr("Attn. {name}", name=attention))
    return "\n".join(lines), None


def _salutation(db: Database, advice) -> str:
    relation = recipient(db, advice)
    if relation is not None and relation.salutation.strip():
        return relation.salutation.strip()
    if advice.addressee == "council":
        return tr("Dear members of the council,")
    return default_salutation()


def advice_letter_content(db: Database, advice_id: int, letter_date: dt.date | None = None
                          ) -> LetterContent:
    """The letter that carries the advice text: reference, subject, signers from the profile."""
    advice = get_advice(db, advice_id)
    # A letter to the college goes to the council too, ter kennisname (unless switched off).
    copies = (council_copy_line(db, advice.municipality)
              if advice.addressee == "college" and copy_to_council(db) else "")
    return _letter_about(db, advice, tr("Advice: {subject}", subject=advice.subject),
                         letter_body(advice), letter_date, copies)


def _letter_about(db: Database, advice, subject: str, body: str,
                  letter_date: dt.date | None, copies: str = "") -> LetterContent:
    """A letter to the advice's addressee under its references, signed as the profile says."""
    profile = load_profile(db)
    address, relation_id = _addressee(db, advice)
    return LetterContent(
        addressee=address,
        relation_id=relation_id,
        subject=subject,
        body=body,
        letter_date=letter_date or dt.date.today(),
        place=profile.place,
        reference=advice.reference,
        their_reference=advice.their_reference,
        salutation=_salutation(db, advice),
        signers=list(profile.signers),
        copies=copies,
        confidential=advice.confidential,
    )


def advice_letter_pdf(db: Database, advice_id: int, head: Letterhead | None = None) -> bytes:
    """The archived letter when there is one; otherwise a draft from the current text."""
    advice = get_advice(db, advice_id)
    if advice.letter_id is not None:
        return letter_pdf(db, advice.letter_id)
    if not advice.body.strip():
        raise ValidationError(tr("The advice has no text yet, so there is no letter to print."),
                              "body")
    head = head or load_letterhead(db)
    content = advice_letter_content(db, advice_id)
    # Not kept in the archive yet: a concept, and marked as one on every page.
    return render_letter(head, content, title=advice_letter_title(advice), draft=True)


def _check_letter_allowed(db: Database, advice_id: int, letter_date: dt.date):
    advice = get_advice(db, advice_id)
    if advice.status not in FROZEN_STATUSES:
        raise ValidationError(
            tr("The council adopts the advice first; the letter carries the adopted text."),
            "status")
    if advice.sent_on is not None:
        raise ValidationError(
            tr("The advice was sent on {date}; its letter is in the archive.",
               date=format_date(advice.sent_on)), "status")
    check_date_range(letter_date, "letter_date")
    if advice.adopted_on and letter_date < advice.adopted_on:
        raise ValidationError(tr("The letter cannot be dated before the advice was adopted."),
                              "letter_date")
    return advice


def prepare_advice_letter(db: Database, advice_id: int, letter_date: dt.date) -> LetterContent:
    """The letter's content, after checking that the advice may get its letter now."""
    _check_letter_allowed(db, advice_id, letter_date)
    return advice_letter_content(db, advice_id, letter_date)


def advice_letter_title(advice) -> str:
    return tr("Advice {reference}", reference=advice.reference)


def keep_advice_letter(db: Database, advice_id: int, content: LetterContent, pdf: bytes) -> int:
    """Keep the rendered letter in the archive; an earlier unsent one is replaced."""
    advice = _check_letter_allowed(db, advice_id, content.letter_date)
    with db.atomic():
        if advice.letter_id is not None and get_letter(db, advice.letter_id).sent_on is None:
            replace_letter(db, advice.letter_id, content, pdf)
            return advice.letter_id
        letter_id = archive_letter(db, content, "advice", pdf)
        db.execute("UPDATE advice SET letter_id = ?, updated_at = ? WHERE id = ?",
                   [letter_id, now_text(), advice_id])
    return letter_id


def make_advice_letter(db: Database, advice_id: int, letter_date: dt.date,
                       head: Letterhead | None = None) -> int:
    """Put the adopted advice on the letterhead and keep it in the letters archive.

    A letter that was made before but not sent yet is replaced (new date, same text).
    """
    content = prepare_advice_letter(db, advice_id, letter_date)
    pdf = render_letter(head or load_letterhead(db), content,
                        title=advice_letter_title(get_advice(db, advice_id)))
    return keep_advice_letter(db, advice_id, content, pdf)


def reminder_body(advice) -> str:
    """The reminder's text: the advice by date and reference, and what is asked."""
    first = tr(
        "On {date} we sent you our advice on {subject} (our reference {reference}). "
        "We have not yet received your response.",
        date=format_date(advice.sent_on), subject=advice.subject, reference=advice.reference)
    second = tr(
        "We would like to know how you weighed our advice, and where you do not follow it, "
        "for what reasons. May we receive your response within four weeks?")
    third = tr("If your response has crossed this letter, please disregard this reminder.")
    return "\n\n".join((first, second, third))


def reminder_content(db: Database, advice_id: int, letter_date: dt.date | None = None
                     ) -> LetterContent:
    """A drafted reminder for an advice that was sent and has no response yet."""
    advice = _sent_advice(db, advice_id)
    return _letter_about(
        db, advice, tr("Reminder: response to advice {reference}", reference=advice.reference),
        reminder_body(advice), letter_date)


def _sent_advice(db: Database, advice_id: int):
    """The advice, which must have been sent for a reminder to make sense."""
    advice = get_advice(db, advice_id)
    if advice.sent_on is None:
        raise ValidationError(tr("The advice was not sent yet, so there is nothing to remind "
                                 "of."), "status")
    return advice


def check_reminder(db: Database, advice_id: int, content: LetterContent):
    """A reminder goes only for a sent advice without response, dated after sending."""
    advice = _sent_advice(db, advice_id)
    if advice.response is not None:
        raise ValidationError(tr("The response has already come in."), "status")
    check_date_range(content.letter_date, "letter_date")
    if content.letter_date < advice.sent_on:
        raise ValidationError(tr("A reminder cannot be dated before the advice was sent."),
                              "letter_date")
    return advice


def reminder_title(advice) -> str:
    return tr("Reminder {reference}", reference=advice.reference)


def reminder_draft_pdf(head: Letterhead, content: LetterContent, advice) -> bytes:
    """The reminder before it is kept and sent: marked CONCEPT on every page."""
    return render_letter(head, content, title=reminder_title(advice), draft=True)


def keep_reminder_letter(db: Database, advice_id: int, content: LetterContent,
                         pdf: bytes) -> int:
    """Keep the reminder in the archive, sent on its letter date."""
    check_reminder(db, advice_id, content)
    with db.atomic():
        letter_id = archive_letter(db, content, "reminder", pdf, sent_on=content.letter_date)
        db.execute("UPDATE advice SET reminder_letter_id = ?, reminded_on = ?, updated_at = ? "
                   "WHERE id = ?", [letter_id, to_iso(content.letter_date), now_text(),
                                    advice_id])
    return letter_id


def make_reminder_letter(db: Database, advice_id: int, content: LetterContent,
                         head: Letterhead | None = None) -> int:
    """Render the (possibly edited) reminder and keep it in the archive."""
    advice = check_reminder(db, advice_id, content)
    pdf = render_letter(head or load_letterhead(db), content, title=reminder_title(advice))
    return keep_reminder_letter(db, advice_id, content, pdf)
