"""The answer to a request for access: everything kept about one reporter, printed on the
council's letterhead so the secretary can hand or send it to the person."""

import datetime as dt

from core.documents.letterhead import load_letterhead
from core.documents.page import DocumentInfo, render
from core.documents.styles import label_value_table, paragraph
from core.i18n import format_date, format_datetime, tr
from core.signals.options import retention_months
from core.signals.reporters import Reporter, export_reporter


def _contact_lines(contact: dict | None) -> str:
    if contact is None:
        return tr("none (removed or never given)")
    parts = [contact[key] for key in ("name", "phone", "email", "address") if contact[key]]
    consent = format_date(dt.date.fromisoformat(contact["consent_on"]))
    return "\n".join(parts + [tr("consent given on {date}", date=consent)])


def _record_story(record: dict) -> list:
    received = format_date(dt.date.fromisoformat(record["received_on"]))
    history = "\n".join(
        f"{format_datetime(dt.datetime.fromisoformat(line['when']))}: {line['change']}"
        + (f" — {line['note']}" if line["note"] else "")
        for line in record["history"])
    pairs = [
        (tr("Date"), received), (tr("Channel"), record["channel"]),
        (tr("Themes"), ", ".join(record["themes"])),
        (tr("Target group"), record["target_group"] or "—"),
        (tr("Neighbourhood"), record["neighbourhood"] or "—"),
        (tr("Description"), record["description"]),
        (tr("What was done"), record["what_was_done"] or "—"),
        (tr("Status"), record["status"]),
        (tr("Contact details"), _contact_lines(record["contact"])),
        (tr("History"), history),
    ]
    rows = [(paragraph(label, "label"), paragraph(value, "value")) for label, value in pairs]
    heading = tr("Signal {number} of {date}", number=record["signal"], date=received)
    return [paragraph(heading, "h2"), label_value_table(rows)]


def reporter_pdf(db, reporter: Reporter, today: dt.date | None = None) -> bytes:
    """The overview for one person, named, dated, on the letterhead."""
    data = export_reporter(db, reporter)
    today = today or dt.date.today()
    title = tr("Overview of your details")
    story = [paragraph(title, "title"),
             paragraph(tr("For {name}, drawn up on {date}.", name=reporter.display_name,
                          date=format_date(today)), "h3"),
             paragraph(tr("This overview shows everything the council keeps about you in "
                          "connection with the signals you reported. Your contact details are "
                          "kept only with your consent and are removed {months} months after a "
                          "signal is closed. You may ask the council to correct or erase them.",
                          months=retention_months(db)))]
    for record in data["signals"]:
        story += _record_story(record)
    sensitive = any(record["sensitive"] for record in data["signals"])
    info = DocumentInfo(title=tr("{title} — {name}", title=title, name=reporter.display_name),
                        print_date=today, confidential=sensitive)
    return render(load_letterhead(db), info, story)
