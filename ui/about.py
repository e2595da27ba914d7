"""Help → About Raadswerk: the version, the licence (EUPL-1.2), and what is built in.

Every component that travels inside the installed program is listed with its version
and licence; choosing one shows its licence text (read from the package's own
metadata, or from resources/ for Qt, Python and the font).
"""

import platform
import struct
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, __version__
from core.i18n import mark, tr
from core.resources import resource_path, resources_dir
from ui.widgets.dialog_buttons import close_buttons
from ui.widgets.modal import run_modal

LICENCE = "EUPL-1.2"


@dataclass(frozen=True)
class Component:
    """A part of the installed program, with where its licence text lives."""

    name: str
    licence: str
    purpose: str  # marked for translation
    distribution: str | None = None  # the Python package whose metadata has the text
    licence_files: tuple[str, ...] = ()  # else: files under resources/

    def version(self) -> str:
        if self.name == "Qt":
            return qVersion()
        if self.name == "Python":
            return platform.python_version()
        if self.name in FONT_FILES:
            return font_revision(resource_path("fonts", FONT_FILES[self.name]))
        if self.distribution is None:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""


FONT_FILES = {"Noto Sans": "NotoSans-Regular.ttf", "DejaVu Sans": "DejaVuSans.ttf"}

COMPONENTS = [
    Component("Qt", "LGPL-3.0", mark("windows, PDF preview and printing"),
              licence_files=("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")),
    Component("PySide6", "LGPL-3.0", mark("Qt for Python"), "PySide6_Essentials",
              ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")),
    Component("Python", "PSF-2.0", mark("the programming language"),
              licence_files=("licenses/Python-PSF-2.0.txt",)),
    Component("ReportLab", "BSD", mark("printed documents (PDF)"), "reportlab"),
    Component("Noto Sans", "OFL-1.1", mark("the font of the printed documents"),
              licence_files=("fonts/OFL.txt",)),
    Component("DejaVu Sans", "Bitstream-Vera", mark("Hebrew, Arabic and symbols in print"),
              licence_files=("fonts/DejaVu-LICENSE.txt",)),
    Component("arabic-reshaper", "MIT", mark("Arabic letters joined in print"),
              "arabic-reshaper"),
    Component("Babel", "BSD-3-Clause", mark("dates and numbers in Dutch and English"), "babel"),
    Component("sqlite-utils", "Apache-2.0", mark("the council file (SQLite)"), "sqlite-utils"),
    Component("pypdf", "BSD-3-Clause", mark("reading and joining PDF files"), "pypdf"),
    Component("openpyxl", "MIT", mark("Excel import and export"), "openpyxl"),
    Component("icalendar", "BSD-2-Clause", mark("calendar files for meetings"), "icalendar"),
    Component("platformdirs", "MIT", mark("where files are kept"), "platformdirs"),
    Component("Pillow", "MIT-CMU", mark("images such as the council's logo"), "pillow"),
    Component("python-dateutil", "BSD-3-Clause", mark("used by icalendar"), "python-dateutil"),
    Component("et-xmlfile", "MIT", mark("used by openpyxl"), "et-xmlfile"),
    Component("charset-normalizer", "MIT", mark("used by ReportLab"), "charset-normalizer"),
    Component("sqlite-fts4", "Apache-2.0", mark("used by sqlite-utils"), "sqlite-fts4"),
    Component("click", "BSD-3-Clause", mark("used by sqlite-utils"), "click"),
    Component("pluggy", "MIT", mark("used by sqlite-utils"), "pluggy"),
    Component("typing-extensions", "PSF-2.0", mark("used by icalendar"), "typing-extensions"),
]


def font_revision(path: Path) -> str:
    """The revision in a TrueType font's 'head' table (a 16.16 number), e.g. '2.004'."""
    try:
        data = path.read_bytes()
        tables = struct.unpack(">H", data[4:6])[0]
        for index in range(tables):
            tag, _checksum, offset, _length = struct.unpack(
                ">4sLLL", data[12 + 16 * index:28 + 16 * index])
            if tag == b"head":
                revision = struct.unpack(">l", data[offset + 4:offset + 8])[0] / 65536
                return f"{revision:.3f}"
    except (OSError, struct.error):
        return ""
    return ""


def program_licence_path() -> Path:
    """LICENSE sits beside resources/: in the checkout and in the bundle alike."""
    return resources_dir().parent / "LICENSE"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _metadata_licence_texts(distribution: str) -> list[str]:
    try:
        files = metadata.distribution(distribution).files or []
    except metadata.PackageNotFoundError:
        return []
    texts = []
    for entry in files:
        parts = str(entry).lower()
        if ".dist-info" in parts and any(word in parts for word in ("licen", "copying")):
            texts.append(_read(Path(entry.locate())))
    return [text for text in texts if text.strip()]


def licence_text(component: Component) -> str:
    """The full licence text of a component; a clear note when it cannot be found."""
    if component.licence_files:
        texts = [_read(resource_path(*name.split("/"))) for name in component.licence_files]
    else:
        texts = _metadata_licence_texts(component.distribution or "")
    texts = [text for text in texts if text.strip()]
    if not texts:
        return tr("The licence text of {name} ({licence}) was not found in this installation.",
                  name=component.name, licence=component.licence)
    return f"\n\n{'=' * 72}\n\n".join(texts)


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("raadswerk-*.png")):
        icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("About {name}", name=APP_NAME))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._component_list())
        self.licence_view = QPlainTextEdit()
        self.licence_view.setReadOnly(True)
        self.licence_view.setObjectName("licenceText")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.licence_view.setFont(mono)
        splitter.addWidget(self.licence_view)
        splitter.setSizes([260, 240])
        layout.addWidget(splitter, 1)
        layout.addWidget(close_buttons(self.reject))
        self.components.setCurrentItem(self.components.topLevelItem(0))

    def _header(self) -> QWidget:
        header = QWidget()
        row = QHBoxLayout(header)
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "raadswerk-64.png"))))
        icon.setFixedSize(72, 72)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(f"{APP_NAME} {__version__}")
        self.title.setObjectName("pageTitle")
        self.summary = QLabel(tr(
            "The program for the secretary of an advisory council: members, meetings, "
            "signals from the backing group, and advice.\n"
            "Free software under the European Union Public Licence ({licence}). You may use, "
            "copy, change and pass it on under that licence; it comes without any warranty.\n"
            "It is built from the open-source components below, each under its own licence. "
            "Choose one to read its licence.", licence=LICENCE))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.summary)
        row.addLayout(text, 1)
        return header

    def _component_list(self) -> QTreeWidget:
        self.components = QTreeWidget()
        self.components.setRootIsDecorated(False)
        self.components.setAlternatingRowColors(True)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.components.setHeaderLabels([tr("Component"), tr("Version"), tr("Licence"),
                                         tr("Used for")])
        program = QTreeWidgetItem([APP_NAME, __version__, LICENCE, tr("this program")])
        program.setData(0, Qt.ItemDataRole.UserRole, None)
        self.components.addTopLevelItem(program)
        for component in COMPONENTS:
            item = QTreeWidgetItem([component.name, component.version(), component.licence,
                                    tr(component.purpose)])
            item.setData(0, Qt.ItemDataRole.UserRole, component)
            self.components.addTopLevelItem(item)
        for column in range(3):
            self.components.resizeColumnToContents(column)
        self.components.currentItemChanged.connect(self._show_licence)
        return self.components

    def _show_licence(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        component = item.data(0, Qt.ItemDataRole.UserRole)
        if component is None:
            text = _read(program_licence_path()) or tr(
                "The licence text of {name} ({licence}) was not found in this installation.",
                name=APP_NAME, licence=LICENCE)
        else:
            text = licence_text(component)
        self.licence_view.setPlainText(text)
        self.licence_view.moveCursor(self.licence_view.textCursor().MoveOperation.Start)


def show_about(parent=None) -> None:
    run_modal(AboutDialog(parent))
