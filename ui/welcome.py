"""The first start: no council file yet, so the secretary chooses how to begin.

Three ways: make a new council file (name, kind, municipality), open a file that
already exists (from a predecessor, a USB stick, a shared folder), or look around
in the demo council. The dialog also says where the file lives and that backups
are made automatically. It returns a path; the window opens it.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from core import APP_NAME
from core.demo import write_demo
from core.errors import RaadswerkError
from core.i18n import tr
from core.resources import resource_path
from ui.about import app_icon
from ui.dialogs.new_council import NewCouncilDialog
from ui.errors import show_error
from ui.file_dialogs import file_filter
from ui.widgets.modal import run_modal

DEMO_FILE_NAME = "demo-adviesraad.raadswerk"

# The welcome's own look: calm cards in the letterhead's teal, like the window.
STYLE = """
QLabel#welcomeTitle { font-size: 20pt; font-weight: 600; color: #1F3B44; }
QLabel#welcomeIntro { color: #3D4A52; font-size: 11pt; }
QFrame#welcomeInfo { background: #F1F5F6; border: 1px solid #D5DFE2; border-radius: 8px; }
QLabel#welcomeInfoText { color: #3D4A52; }
QLabel#welcomeNotice { color: #8A5A00; font-weight: 600; }
QCommandLinkButton { border: 1px solid #D5DFE2; border-radius: 8px; padding: 10px;
                     color: #1F5C6B; }
QCommandLinkButton:hover, QCommandLinkButton:focus { border: 2px solid #1F5C6B;
                                                    background: #F4F9FA; }
"""


class WelcomeDialog(QDialog):
    """Returns, in ``chosen_path``, the council file to open (``choice`` says how)."""

    def __init__(self, data_dir: Path, backup_dir: Path, missing_file: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.backup_dir = Path(backup_dir)
        self.chosen_path: Path | None = None
        self.choice: str | None = None
        self.setWindowTitle(tr("Welcome to {name}", name=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(12)
        layout.addLayout(self._heading())
        if missing_file:
            notice = QLabel(tr("The file you used last time was not found: {path}. "
                               "Was it moved, renamed or on a USB stick? Open it from its "
                               "new place, or choose another way to begin.", path=missing_file))
            notice.setObjectName("welcomeNotice")
            notice.setWordWrap(True)
            layout.addWidget(notice)
        self.new_button = self._choice(
            tr("Create a new council file"),
            tr("Fill in the name of your council, what kind of council it is and its "
               "municipality. Then add members and meetings."),
            self.choose_new)
        self.open_button = self._choice(
            tr("Open an existing file"),
            tr("Do you already have a council file, for example from your predecessor or "
               "on a USB stick? Choose it here."),
            self.choose_open)
        self.demo_button = self._choice(
            tr("Try the demo council"),
            tr("A made-up advisory council with members, meetings, signals and advice, "
               "to practise with at ease. Your own council stays out of it."),
            self.choose_demo)
        for button in (self.new_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self._where_info())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Quit"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.new_button.setDefault(True)
        self.new_button.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Wrapped labels need their height for the dialog's width, or text is cut off."""
        width = max(self.minimumWidth(), self.sizeHint().width())
        height = self.layout().totalHeightForWidth(width)
        self.resize(width, max(height, self.sizeHint().height()))
        self.setMinimumHeight(height)

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "raadswerk-64.png"))))
        icon.setFixedSize(68, 68)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        title = QLabel(tr("Welcome to {name}", name=APP_NAME))
        title.setObjectName("welcomeTitle")
        intro = QLabel(tr("Everything of your advisory council (members, meetings, signals "
                          "and advice) is kept in one council file. How would you like to "
                          "begin?"))
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)
        text.addWidget(title)
        text.addWidget(intro)
        row.addLayout(text, 1)
        return row

    def _choice(self, title: str, description: str, slot) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _where_info(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("welcomeInfo")
        box = QVBoxLayout(frame)
        self.info = QLabel(tr(
            "<b>Where is my file?</b> A new council file goes into {folder} unless you "
            "choose another folder, for example a folder the council shares. It is one "
            "file: you can copy it to a USB stick or send it to your successor.<br><br>"
            "<b>Backups</b> are made automatically, in {backups}, so nothing gets lost. "
            "You can also make one yourself at any time (File menu).",
            folder=f"<code>{_html(self.data_dir)}</code>",
            backups=f"<code>{_html(self.backup_dir)}</code>"))
        self.info.setObjectName("welcomeInfoText")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.info)
        return frame

    # --- the three ways -----------------------------------------------------------
    def choose_new(self) -> None:
        dialog = NewCouncilDialog(self, folder=self.data_dir)
        dialog.setMinimumWidth(560)  # room for the file's path
        if run_modal(dialog) and dialog.created_path is not None:
            self._finish("new", dialog.created_path)

    def choose_open(self) -> None:
        path = self.ask_open_path()
        if path:
            self._finish("open", Path(path))

    def ask_open_path(self) -> str:
        start = str(self.data_dir) if self.data_dir.exists() else str(Path.home())
        path, _selected = QFileDialog.getOpenFileName(self, tr("Open council file"), start,
                                                      file_filter())
        return path

    def choose_demo(self) -> None:
        """Write the demo council once; later starts open the same file again."""
        path = self.data_dir / DEMO_FILE_NAME
        if not path.exists():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_demo(path)
            except (RaadswerkError, OSError) as error:
                QGuiApplication.restoreOverrideCursor()
                show_error(self, RaadswerkError(tr(
                    "The demo council could not be written to {path}: {reason}",
                    path=path, reason=error)))
                return
            QGuiApplication.restoreOverrideCursor()
        self._finish("demo", path)

    def _finish(self, choice: str, path: Path) -> None:
        self.choice = choice
        self.chosen_path = path
        self.accept()


def _html(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
