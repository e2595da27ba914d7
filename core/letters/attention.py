"""Overzicht lines of the letters archive: free letters kept but not marked as sent."""

import datetime as dt

from sqlite_utils import Database

from core.attention import AttentionItem
from core.dates import from_iso
from core.i18n import format_date, tr

# A letter kept this many days ago and still not sent has probably been forgotten
# (or was sent without marking it): either way the secretary wants to know.
FORGOTTEN_AFTER_DAYS = 3


def attention_items(db: Database, today: dt.date) -> list[AttentionItem]:
    """Free letters dated a few days back that are not marked as sent.

    Advice letters, reminders and invitations are followed by their own features.
    """
    cutoff = today - dt.timedelta(days=FORGOTTEN_AFTER_DAYS)
    rows = db.execute(
        "SELECT id, subject, letter_date FROM letters WHERE kind = 'free' "
        "AND sent_on IS NULL AND letter_date <= ? ORDER BY letter_date",
        [cutoff.isoformat()],
    ).fetchall()
    return [
        AttentionItem(
            section="letters",
            item_id=letter_id,
            title=tr("Letter \"{subject}\" is not marked as sent",
                     subject=" ".join(subject.split())[:80]),
            detail=tr("Dated {date}. Send it, or mark it as sent in Letters.",
                      date=format_date(from_iso(letter_date))),
            due=from_iso(letter_date),
            severity="soon",
            group=tr("Letters"),
        )
        for letter_id, subject, letter_date in rows
    ]
