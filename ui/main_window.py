"""The main window: a navigation on the left, one page per section, the File menu.

The navigation lists every section from ``PAGES`` (ui/pages/__init__.py); a page is built
when its section is first visited or asked for (``page``), so the window shows after
building Overzicht alone; a second after it shows, the other pages are built one by one
(``prepare_pages_later``), so that a first visit is as quick as the next. What asks the
pages something (leaving the file, quitting, refreshing after a write) asks the pages
built so far: a page never built holds nothing typed.
"""

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME
from core.backup import copy_to
from core.errors import RaadswerkError
from core.i18n import tr
from core.profile import load_profile
from ui.about import AboutDialog
from ui.allowances.menu import install_members_menu
from ui.annual.menu import install_advice_menu
from ui.dialogs.new_council import NewCouncilDialog
from ui.errors import show_error
from ui.file_dialogs import file_filter
from ui.manual import install_manual
from ui.pages import PAGES, build_page
from ui.pages.base import Page
from ui.preferences import Preferences
from ui.safety.banners import ReadOnlyBanner
from ui.safety.flows import after_open, install_file_actions, open_council_safely
from ui.safety.idle_lock import IdleLock
from ui.safety.preferences import idle_minutes
from ui.search.toolbar import install_search
from ui.widgets.modal import run_modal
from ui.widgets.screen_fit import WINDOW_FRAME, available_area

# After the window shows, the secretary sees it and can start first; then a page every
# few milliseconds, so that typing or a click in between is handled between two pages.
PREPARE_AFTER_MS = 1000
PREPARE_GAP_MS = 30


def _scroll_area() -> QScrollArea:
    """Pages scroll instead of forcing the window larger than a laptop screen; the area
    stands in the stack from the start and gets its page when the page is built."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    return area


class MainWindow(QMainWindow):
    def __init__(self, preferences: Preferences, parent=None):
        super().__init__(parent)
        self.preferences = preferences
        self.council = None
        self.sections = PAGES
        self._built: dict[str, Page] = {}
        self._build_layout()
        self._page_at(0)  # Overzicht: the page the window opens on
        self._build_menus()
        self._restore_geometry()
        self._update_title()
        self.idle_lock = IdleLock(self, idle_minutes(preferences))

    # --- layout -------------------------------------------------------------
    def _build_layout(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for section in self.sections:
            QListWidgetItem(tr(section.title), self.navigation)
            self.stack.addWidget(_scroll_area())
        self.navigation.currentRowChanged.connect(self._on_section_changed)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(220)
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.brand = QLabel(APP_NAME)
        self.brand.setObjectName("brand")
        self.council_label = QLabel("")
        self.council_label.setObjectName("sidebarCouncil")
        self.council_label.setWordWrap(True)
        side_layout.addWidget(self.brand)
        side_layout.addWidget(self.council_label)
        side_layout.addWidget(self.navigation, 1)
        self.file_label = QLabel("")
        self.file_label.setObjectName("sidebarFile")
        self.file_label.setWordWrap(True)
        side_layout.addWidget(self.file_label)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        content = QVBoxLayout()
        content.setSpacing(0)
        self.read_only_banner = ReadOnlyBanner()
        content.addWidget(self.read_only_banner)
        content.addWidget(self.stack, 1)
        layout.addLayout(content, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(0)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self._add_action(file_menu, tr("&New council file…"), self.new_file,
                         QKeySequence("Ctrl+Shift+N"))  # Ctrl+N is "new" within a page
        self._add_action(file_menu, tr("&Open…"), self.choose_file, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_copy_action = self._add_action(
            file_menu, tr("Save a &copy as…"), self.save_copy, QKeySequence("Ctrl+Shift+S"))
        install_file_actions(self, file_menu)
        self.file_menu = file_menu
        file_menu.addSeparator()
        self._add_action(file_menu, tr("&Quit"), self.close, QKeySequence.Quit)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self._add_action(edit_menu, tr("&New…"), lambda: self.current_page().new_record(),
                         QKeySequence.New)
        self._add_action(edit_menu, tr("&Find"), self.find_in_page, QKeySequence.Find)
        go_menu = self.menuBar().addMenu(tr("&Go"))
        for index, section in enumerate(self.sections):
            self._add_action(go_menu, tr(section.title),
                             lambda _=False, i=index: self.navigation.setCurrentRow(i),
                             QKeySequence(f"Ctrl+{index + 1}"))
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        install_manual(self, self.help_menu)
        self._add_action(self.help_menu, tr("&About Raadswerk"), self.show_about)
        self.search_field = install_search(self, go_menu)
        install_advice_menu(self, self.help_menu)
        install_members_menu(self, self.advice_menu)

    def find_in_page(self) -> None:
        field = self.current_page().search_field()
        if field is not None:
            field.setFocus()
            field.selectAll()

    def show_about(self) -> None:
        run_modal(AboutDialog(self))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.preferences.recent_files()
        if not recent:
            action = self.recent_menu.addAction(tr("(no recent files)"))
            action.setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_file(p))

    # --- sections -----------------------------------------------------------
    def _on_section_changed(self, row: int) -> None:
        if row == self.stack.currentIndex():
            return
        if not self.current_page().may_leave():
            blocker = self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(blocker)
            return
        self._page_at(row)
        self.stack.setCurrentIndex(row)

    def may_leave_file(self) -> bool:
        """Every page settled (saved, or let go on purpose) before the file closes."""
        for page in self.built_pages():
            if page.has_unsaved_changes() or page is self.current_page():
                if page is not self.current_page():
                    self.navigation.setCurrentRow(self.section_index(page.section))
                if not page.may_leave():
                    return False
        return True

    def current_page(self) -> Page:
        return self._page_at(self.stack.currentIndex())

    def section_index(self, section: str) -> int:
        """The row of ``section`` in the navigation (and its place in the stack)."""
        return next(index for index, known in enumerate(self.sections)
                    if known.name == section)

    def page(self, section: str) -> Page:
        """The page of ``section``, built now if it was not yet."""
        return self._page_at(self.section_index(section))

    def built_pages(self) -> list[Page]:
        """The pages built so far, in the navigation's order."""
        return [self._built[section.name] for section in self.sections
                if section.name in self._built]

    def prepare_pages_later(self) -> None:
        """Build the pages not visited yet once the window has been shown a while."""
        QTimer.singleShot(PREPARE_AFTER_MS, self._prepare_next_page)

    def _prepare_next_page(self) -> None:
        waiting = [index for index, section in enumerate(self.sections)
                   if section.name not in self._built]
        if waiting:
            self._page_at(waiting[0])
        if len(waiting) > 1:
            QTimer.singleShot(PREPARE_GAP_MS, self._prepare_next_page)

    def _page_at(self, index: int) -> Page:
        section = self.sections[index]
        page = self._built.get(section.name)
        if page is None:
            page = build_page(section)
            page.preferences = self.preferences
            page.navigate.connect(self.show_section)
            self._built[section.name] = page
            self.stack.widget(index).setWidget(page)
            if self.council is not None:
                page.set_council(self.council)
        return page

    def show_section(self, section: str, item_id=None) -> None:
        if section == "working_groups":
            self.show_section("members")
            self.page("members").open_working_group(item_id)
            return
        page = self.page(section)
        self.navigation.setCurrentRow(self.section_index(section))
        if item_id is not None:
            page.open_item(item_id)

    # --- files --------------------------------------------------------------
    def open_file(self, path, read_only: bool = False, create: bool = False) -> bool:
        """Open a council file; on a problem say so and keep the current file."""
        if not self.may_leave_file():
            return False
        council = open_council_safely(self, Path(path), read_only=read_only, create=create)
        if council is None:
            return False
        self.set_council(council)
        self.preferences.add_recent_file(path)
        after_open(self, council)
        return True

    def set_council(self, council) -> None:
        if self.council is not None:
            self.council.close()
        self.council = council
        for page in self.built_pages():
            page.set_council(council)
        self.read_only_banner.show_for(council)
        self._update_title()

    def refresh_all(self) -> None:
        for page in self.built_pages():
            page.refresh()
        self._update_title()

    def choose_file(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(self, tr("Open council file"), "",
                                                      file_filter())
        if path:
            self.open_file(path)

    def new_file(self) -> None:
        dialog = NewCouncilDialog(self)
        if run_modal(dialog) and dialog.created_path is not None:
            self.open_file(dialog.created_path)
            self.show_section("settings")

    def save_copy(self) -> None:
        if self.council is None:
            return
        suggestion = str(self.council.path.with_name(self.council.path.stem + "-kopie"
                                                     + self.council.path.suffix))
        path, _selected = QFileDialog.getSaveFileName(self, tr("Save a copy as"), suggestion,
                                                      file_filter())
        if not path:
            return
        if Path(path).resolve() == self.council.path.resolve():
            show_error(self, RaadswerkError(tr("Choose another name than the open file.")))
            return
        try:
            copy_to(self.council.db, Path(path), self.council.key)
        except RaadswerkError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(tr("Copy saved: {path}", path=path), 6000)

    def _update_title(self) -> None:
        if self.council is None:
            self.setWindowTitle(APP_NAME)
            self.council_label.setText("")
            self.file_label.setText("")
            return
        name = load_profile(self.council.db).name or tr("(council without a name)")
        read_only = tr("read-only")
        suffix = f" [{read_only}]" if self.council.read_only else ""
        self.setWindowTitle(f"{name} — {self.council.path.name}{suffix} — {APP_NAME}")
        self.council_label.setText(name)
        self.file_label.setText(f"{self.council.path.name}{suffix}")
        self.file_label.setToolTip(str(self.council.path))

    # --- window state -------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.fit_to_available_screen(first_start=geometry is None)

    def fit_to_available_screen(self, first_start: bool = False) -> None:
        """The first start fills the screen's work area (without the taskbar), maximised; a
        remembered size larger than the present screen (a laptop after a monitor) shrinks
        to fit."""
        available = available_area(self)
        if first_start:
            # Maximised, the title bar is inside the work area too; the size below is the
            # one the window returns to when it is no longer maximised.
            self.setGeometry(QRect(available.topLeft(), available.size() - WINDOW_FRAME))
            self.setWindowState(self.windowState() | Qt.WindowMaximized)
            return
        # Before the window is shown Qt does not know its frame: assume a usual one.
        frame = self.frameGeometry()
        extra_width = max(frame.width() - self.width(), WINDOW_FRAME.width())
        extra_height = max(frame.height() - self.height(), WINDOW_FRAME.height())
        width = min(self.width(), available.width() - extra_width)
        height = min(self.height(), available.height() - extra_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(available.topLeft())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.council is not None and not self.may_leave_file():
            event.ignore()
            return
        self.preferences.set_geometry(self.saveGeometry())
        self.preferences.sync()
        if self.council is not None:
            self.council.close()
            self.council = None
        event.accept()
