"""Starting the window: the application object, language, style, and which file to open."""

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from core import APP_NAME, __version__
from core.i18n import DEFAULT_LANGUAGE, current_language, set_language
from core.leftovers import clean_opened_copies
from core.paths import default_data_dir, default_database_path, default_log_path
from core.resources import resource_path
from ui.about import app_icon
from ui.errors import install_excepthook, setup_logging
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.safety.preferences import backup_folder
from ui.welcome import WelcomeDialog
from ui.widgets.modal import run_modal

DESKTOP_FILE_NAME = "nl.raadswerk.Raadswerk"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # Wayland/GNOME find the icon through it
    apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    style_file = resource_path("style.qss")
    if style_file.exists():
        app.setStyleSheet(style_file.read_text(encoding="utf-8"))


def install_qt_translations(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts (Cancel, Yes, No in standard dialogs) in the chosen language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        return None
    app.installTranslator(translator)
    return translator


def file_to_open(db: str | None, preferences: Preferences) -> Path | None:
    """--db wins; else the file used last (if still there); else the default file if it
    exists. None: there is no council file yet, so the welcome asks."""
    if db:
        return Path(db)
    last = preferences.last_file()
    if last and Path(last).exists():
        return Path(last)
    default = default_database_path()
    return default if default.exists() else None


def missing_last_file(preferences: Preferences) -> str | None:
    last = preferences.last_file()
    return last if last and not Path(last).exists() else None


def open_first_file(window: MainWindow, db: str | None, preferences: Preferences) -> bool:
    """Open the file to work on; without one, the welcome guides the way until a file
    opens. False when the secretary quits the welcome."""
    path = file_to_open(db, preferences)
    if path is not None:
        window.open_file(path, create=True)
        return True
    missing = missing_last_file(preferences)
    while True:
        welcome = WelcomeDialog(default_data_dir(), backup_folder(preferences), missing)
        if not run_modal(welcome) or welcome.chosen_path is None:
            return False
        chosen, choice = welcome.chosen_path, welcome.choice  # the dialog is deleted soon
        if window.open_file(chosen):
            if choice == "new":
                window.show_section("settings")  # address, logo and signers come next
            return True


def run_app(db: str | None = None, lang: str | None = None) -> int:
    app = create_application()
    preferences = Preferences()
    set_language(lang or preferences.language() or DEFAULT_LANGUAGE)
    install_qt_translations(app, current_language())
    setup_logging(default_log_path())
    install_excepthook()
    clean_opened_copies()  # documents opened in an earlier session: personal data
    window = MainWindow(preferences)
    if not open_first_file(window, db, preferences):
        return 0
    window.show()
    window.prepare_pages_later()
    return app.exec()
