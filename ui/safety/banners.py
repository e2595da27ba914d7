"""Bars that stay in view while something about the file needs attention.

``ReadOnlyBanner`` sits above every page while the file is open read-only and says
why; ``BackupWarning`` sits on Overzicht when the daily backup could not be made,
names the folder and offers another one.
"""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton

from core.i18n import tr


class ReadOnlyBanner(QLabel):
    """'Alleen-lezen: …' above the pages; hidden while the file is open normally."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#readOnlyBanner { background: #FFF4D6; color: #5A4300; "
                           "padding: 8px 12px; border-bottom: 1px solid #E0C872; }")
        self.hide()

    def show_for(self, council) -> None:
        if council is None or not council.read_only:
            self.hide()
            return
        reason = getattr(council, "read_only_reason", "") or tr(
            "The file is open elsewhere.")
        self.setText(tr("Read-only: {reason} You can look at everything and print, but "
                        "changes cannot be saved.", reason=reason))
        self.show()


class BackupWarning(QFrame):
    """The daily backup failed: why, in which folder, with another folder and a retry."""

    def __init__(self, retry, parent=None):
        super().__init__(parent)
        self.setObjectName("backupWarning")
        self.setStyleSheet("QFrame#backupWarning { background: #FDECEA; border: 1px solid "
                           "#E8A29A; border-radius: 4px; } QLabel { color: #6B1A12; }")
        self.retry = retry  # retry(folder) -> None; hides this bar when it works
        self.folder: Path | None = None
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("backupWarningText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.choose_button = QPushButton(tr("Choose another folder…"))
        self.choose_button.setObjectName("backupWarningChoose")
        self.choose_button.clicked.connect(self.choose_folder)
        self.retry_button = QPushButton(tr("Try again"))
        self.retry_button.setObjectName("backupWarningRetry")
        self.retry_button.clicked.connect(lambda: self.retry(self.folder))
        layout.addWidget(self.choose_button)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_failure(self, folder: Path, reason: str) -> None:
        self.folder = Path(folder)
        self.text.setText(tr("No daily backup was made. {reason}", reason=reason))
        self.show()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Backup folder"),
                                                  str(self.folder or ""))
        if chosen:
            self.retry(Path(chosen), remember=True)
