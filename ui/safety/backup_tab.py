"""Instellingen → Back-ups: where backups go (per user), and what is kept."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.backup import DEFAULT_POLICY
from core.i18n import tr
from core.paths import default_backup_dir
from ui.safety.preferences import backup_folder, set_backup_folder


def policy_text() -> str:
    policy = DEFAULT_POLICY
    return tr(
        "Raadswerk makes a backup when you open the file (once a day), before every update "
        "of the program and before a backup is restored; and whenever you choose "
        "File → Make a backup. Kept are the newest {last} backups, and the newest of each "
        "of the last {days} days, {weeks} weeks and {months} months; older ones are removed. "
        "A copy made before a restore is never removed automatically.",
        last=policy.keep_last, days=policy.daily, weeks=policy.weekly, months=policy.monthly)


class BackupTab(QWidget):
    """Registered in ui/pages/settings.py; ``page.preferences`` holds the per-user choice."""

    def __init__(self, page=None, parent=None):
        super().__init__(parent)
        self.page = page
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Backup folder")))
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setObjectName("backupFolder")
        self.choose_button = QPushButton(tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        self.default_button = QPushButton(tr("Default folder"))
        self.default_button.clicked.connect(self.use_default)
        self.open_button = QPushButton(tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.folder, 1)
        for button in (self.choose_button, self.default_button, self.open_button):
            row.addWidget(button)
        layout.addLayout(row)
        hint = QLabel(tr("Choose a folder on this computer or a USB stick, not the synchronised "
                         "folder the council file may be in. The choice applies to you on this "
                         "computer, for every council file."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.policy = QLabel(policy_text())
        self.policy.setWordWrap(True)
        layout.addWidget(self.policy)
        layout.addStretch(1)

    @property
    def preferences(self):
        return self.page.preferences if self.page is not None else None

    def load(self, db=None) -> None:
        """Show the current folder (the setting is per user, not in the council file)."""
        self.folder.setText(str(backup_folder(self.preferences)))
        self.default_button.setEnabled(backup_folder(self.preferences) != default_backup_dir())

    def set_folder(self, folder: Path | None) -> None:
        if self.preferences is None:
            return
        set_backup_folder(self.preferences, folder)
        self.load()

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Backup folder"), self.folder.text())
        if folder:
            self.set_folder(Path(folder))

    def use_default(self) -> None:
        self.set_folder(None)

    def open_folder(self) -> None:
        folder = backup_folder(self.preferences)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
