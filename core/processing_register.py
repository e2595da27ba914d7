"""The register of processing activities (*verwerkingsregister*, AVG Art. 30) of this file:
what it holds, why, on which basis, who sees it, how long it is kept, how it is secured.

The periods come from the file's own settings and the counts from its contents, so the
printed register tells the truth about this file on the day it is printed.
"""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, render
from core.documents.styles import label_value_table, paragraph
from core.i18n import format_number, tr
from core.signals.options import retention_months


@dataclass
class Activity:
    """One processing activity, as Art. 30(1) lists its parts."""

    name: str
    data: str
    purpose: str
    basis: str
    who: str
    kept: str
    count: str


def _count(db: Database, sql: str) -> int:
    tables = set(db.table_names())
    table = sql.split(" FROM ")[1].split()[0]
    return db.execute(sql).fetchone()[0] if table in tables else 0


def activities(db: Database) -> list[Activity]:
    months = retention_months(db)
    secretary = tr("the secretary and whoever the council gives access to this file")
    return [
        Activity(
            tr("Members"),
            tr("name, address, e-mail address, phone number, functions, working groups, "
               "terms of office, notes"),
            tr("keeping the member list, inviting members, watching terms of office"),
            tr("public task of the council under the municipal by-law (AVG Art. 6(1)(e))"),
            secretary,
            tr("as long as someone is a member; former members until they are erased "
               "(Leden › Definitief wissen)"),
            tr("{count} members and former members",
               count=format_number(_count(db, "SELECT count(*) FROM members")))),
        Activity(
            tr("Reporters of signals"),
            tr("name, phone number, e-mail address, address, date of consent"),
            tr("contacting the reporter about what was done with the signal"),
            tr("consent of the reporter (AVG Art. 6(1)(a); for health details explicit "
               "consent, Art. 9(2)(a)); withdrawn on request"),
            secretary,
            tr("removed automatically {months} months after the signal is closed (setting "
               "under Instellingen › Signalen), or earlier on request", months=months),
            tr("{count} signals with contact details",
               count=format_number(_count(db, "SELECT count(*) FROM signal_contacts")))),
        Activity(
            tr("Signals"),
            tr("what residents told the council, theme, target group, neighbourhood; may "
               "hold health or income details (marked sensitive)"),
            tr("founding the council's advice on what residents experience"),
            tr("public task of the council (AVG Art. 6(1)(e)); printed reports leave out "
               "names and sensitive descriptions"),
            secretary,
            tr("kept for counts and trends; the personal details go with the contact details "
               "or on a request for erasure"),
            tr("{count} signals, of which {sensitive} marked sensitive",
               count=format_number(_count(db, "SELECT count(*) FROM signals")),
               sensitive=format_number(_count(
                   db, "SELECT count(*) FROM signals WHERE sensitive = 1")))),
        Activity(
            tr("Meetings, minutes and advice"),
            tr("names of those present, minutes, decisions, actions, advice and letters"),
            tr("preparing and recording the council's meetings and advice"),
            tr("public task of the council (AVG Art. 6(1)(e))"),
            tr("the secretary; minutes and advice are shared with the members and the "
               "municipality"),
            tr("as the council's archive"),
            tr("{count} meetings, {advice} advices",
               count=format_number(_count(db, "SELECT count(*) FROM meetings")),
               advice=format_number(_count(db, "SELECT count(*) FROM advice")))),
    ]


def security_lines(encrypted: bool) -> list[str]:
    lines = [tr("The file and its backups are encrypted with a passphrase (SQLCipher, "
                "AES-256); a recovery sheet is kept apart on paper.") if encrypted else
             tr("The file is NOT encrypted: whoever finds the computer or a backup can read "
                "it. Encrypt it under Instellingen › Beveiliging.")]
    lines += [
        tr("Erased details are overwritten in the file, not only hidden; after an erasure "
           "the backups that still hold the person are named and can be removed."),
        tr("The window locks after a set time without use."),
        tr("Backups are made automatically and thinned out after a fixed scheme."),
    ]
    return lines


def _activity_story(activity: Activity) -> list:
    pairs = [(tr("Personal data"), activity.data), (tr("Purpose"), activity.purpose),
             (tr("Legal basis"), activity.basis), (tr("Who sees it"), activity.who),
             (tr("How long"), activity.kept), (tr("In this file now"), activity.count)]
    rows = [(paragraph(label, "label"), paragraph(value, "value")) for label, value in pairs]
    return [paragraph(activity.name, "h2"), label_value_table(rows)]


def processing_register_pdf(db: Database, encrypted: bool, today: dt.date | None = None) -> bytes:
    today = today or dt.date.today()
    head = load_letterhead(db)
    title = tr("Register of processing activities")
    story = [paragraph(title, "title"),
             paragraph(tr("Controller: {name}. This register (AVG Art. 30) describes the personal "
                          "data in this council file.", name=head.profile.name or "—"))]
    for activity in activities(db):
        story += _activity_story(activity)
    story.append(paragraph(tr("How the data is secured"), "h2"))
    story += [paragraph(f"• {line}") for line in security_lines(encrypted)]
    return render(head, DocumentInfo(title=title, print_date=today), story)
