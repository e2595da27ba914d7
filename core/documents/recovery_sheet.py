"""The recovery sheet (*herstelblad*): the code that opens an encrypted council file when
its passphrase is forgotten, printed on the letterhead to keep in a safe place."""

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from core.documents.fonts import BOLD
from core.documents.page import DocumentInfo, Letterhead, render
from core.documents.styles import ACCENT, paragraph
from core.encryption import FileKey
from core.i18n import format_date, tr


def _code_table(code: str) -> Table:
    """The 16 groups in four rows of four, large and spaced: easy to type over."""
    groups = code.split("-")
    rows = [groups[index:index + 4] for index in range(0, len(groups), 4)]
    table = Table(rows, colWidths=[28 * mm] * 4, rowHeights=[11 * mm] * len(rows))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), BOLD, 15),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
    ]))
    return table


def recovery_sheet_pdf(head: Letterhead, key: FileKey, file_path: Path,
                       today: dt.date | None = None) -> bytes:
    today = today or dt.date.today()
    title = tr("Recovery sheet")
    story = [
        paragraph(title, "title"),
        paragraph(tr("Council file {name}, encrypted on {date}.", name=Path(file_path).name,
                     date=format_date(today)), "h3"),
        paragraph(tr("This file and its backups are encrypted: whoever finds the computer or a "
                     "backup cannot read the names, phone numbers and signals in it. They open "
                     "with the passphrase, or with the recovery code below.")),
        Spacer(1, 4 * mm),
        paragraph(tr("Recovery code"), "h2"),
        _code_table(key.recovery_code()),
        Spacer(1, 6 * mm),
        paragraph(tr("Forgot the passphrase? Open the file in Raadswerk and type these 64 "
                     "characters instead of the passphrase (spaces and capitals do not matter). "
                     "Then choose a new passphrase "
                     "under Instellingen › Beveiliging; you get a new recovery sheet, and this one "
                     "no longer works.")),
        paragraph(tr("Without the passphrase and without this sheet, nobody can open the file — "
                     "not the council, not the supplier of Raadswerk, not a computer expert. Keep "
                     "this sheet on paper in a locked place, apart from the computer; do not keep "
                     "it as a file on the same computer, and do not e-mail it.")),
        paragraph(tr("A new passphrase makes this sheet invalid. Destroy it then, after the new "
                     "sheet is in its place.")),
    ]
    info = DocumentInfo(title=tr("{title} — {name}", title=title, name=Path(file_path).name),
                        print_date=today, confidential=True)
    return render(head, info, story)
