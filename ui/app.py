"""Starting the window: the application object, language, style, and which file to open."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core import APP_NAME, __version__
from core.i18n import DEFAULT_LANGUAGE, set_language
from core.paths import default_database_path, default_log_path
from core.resources import resource_path
from ui.errors import install_excepthook, setup_logging
from ui.main_window import MainWindow
from ui.preferences import Preferences


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    style_file = resource_path("style.qss")
    if style_file.exists():
        app.setStyleSheet(style_file.read_text(encoding="utf-8"))


def file_to_open(db: str | None, preferences: Preferences) -> Path:
    """--db wins; else the file used last (if still there); else the default file."""
    if db:
        return Path(db)
    last = preferences.last_file()
    if last and Path(last).exists():
        return Path(last)
    return default_database_path()


def run_app(db: str | None = None, lang: str | None = None) -> int:
    app = create_application()
    preferences = Preferences()
    set_language(lang or preferences.language() or DEFAULT_LANGUAGE)
    setup_logging(default_log_path())
    install_excepthook()
    window = MainWindow(preferences)
    window.open_file(file_to_open(db, preferences), create=True)
    window.show()
    return app.exec()
