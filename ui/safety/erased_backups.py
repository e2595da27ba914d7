"""After an erasure: name the backups that still hold the person and offer to remove them."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from core.backup import database_file
from core.errors import RaadswerkError
from core.i18n import format_datetime, tr
from core.secure_erase import backups_holding, delete_backups
from ui.errors import show_error

# More lines than this make the question taller than a laptop screen.
MAX_LISTED = 12


def offer_to_delete_backups(parent: QWidget, db, backup_dir: Path | None, name: str,
                            identifiers: list[str]) -> list[Path]:
    """Ask whether to remove the backups that still hold ``name``; returns those removed."""
    if backup_dir is None or not identifiers:
        return []
    holding = backups_holding(Path(backup_dir), database_file(db), identifiers)
    if not holding:
        return []
    lines = [f"• {format_datetime(info.made_at)} ({info.reason_label})"
             for info in holding[:MAX_LISTED]]
    if len(holding) > MAX_LISTED:
        lines.append(tr("• and {count} more", count=len(holding) - MAX_LISTED))
    answer = QMessageBox.question(
        parent, tr("Backups still hold this person"),
        tr("Backups in {folder} that still hold the details of {name} ({count}):\n{lines}\n\n"
           "Remove these backups now? The file itself keeps everything else; newer "
           "backups are made as usual.", count=len(holding), folder=backup_dir, name=name,
           lines="\n".join(lines)))
    if answer != QMessageBox.Yes:
        return []
    try:
        removed = delete_backups([info.path for info in holding])
    except RaadswerkError as error:
        show_error(parent, error)
        return []
    QMessageBox.information(parent, tr("Backups removed"),
                            tr("Backups removed: {count}.", count=len(removed)))
    return removed
