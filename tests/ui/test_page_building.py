"""The window builds a page when its section is first visited (#18): it opens on
Overzicht with the other pages' code not even loaded, lists every section all the same,
and whatever asks a page something (a search hit, a link, quitting) works before a visit."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction

from core.advice import list_advice
from core.i18n import tr
from ui.pages import PAGES
from ui.widgets.unsaved import CANCEL

ROOT = Path(__file__).resolve().parents[2]
# Opens the demo in a window as the program does, in a process of its own, and reports
# which pages were built and which page modules were loaded by the time it shows.
PROBE = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.safety.preferences import set_backup_folder

app = QApplication([])
folder = sys.argv[2]
preferences = Preferences(QSettings(folder + "/prefs.ini", QSettings.IniFormat))
set_backup_folder(preferences, folder + "/backups")
window = MainWindow(preferences)
assert window.open_file(sys.argv[1])
window.show()
app.processEvents()
print(json.dumps({
    "built": [page.section for page in window.built_pages()],
    "navigation": [window.navigation.item(row).text()
                   for row in range(window.navigation.count())],
    "modules": sorted(name for name in sys.modules if name.startswith("ui.pages.")),
}))
window.close()
"""


def opened_in_a_fresh_process(demo_file: Path, folder: Path) -> dict:
    env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE, str(demo_file), str(folder)],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_opens_with_only_overzicht_built_and_loaded(demo_file, tmp_path):
    shown = opened_in_a_fresh_process(demo_file, tmp_path)
    assert shown["built"] == ["overview"]
    assert shown["navigation"] == ["Overzicht", "Leden", "Vergaderingen", "Signalen",
                                   "Adviezen", "Brieven", "Instellingen"]
    # base: what every page is made of; overview: the one page built.
    assert shown["modules"] == ["ui.pages.base", "ui.pages.overview"]


def test_visiting_a_section_builds_its_page_with_the_open_file(window, demo_file):
    assert window.open_file(demo_file)
    window.show()
    assert [page.section for page in window.built_pages()] == ["overview"]
    window.navigation.setCurrentRow(window.section_index("advice"))
    page = window.current_page()
    assert page.section == "advice"
    assert page.isVisible()
    assert page.model.total() == len(list_advice(window.council.db))
    assert page.model.total() > 0
    assert [page.section for page in window.built_pages()] == ["overview", "advice"]
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(window.section_index("advice"))
    assert window.current_page() is page  # built once


def test_the_list_of_sections_names_each_page_as_the_page_does(window):
    for section in PAGES:
        page = window.page(section.name)
        assert page.section == section.name
        assert page.title_label.text() == tr(section.title)


def test_a_search_hit_opens_its_record_on_a_page_not_built_yet(window, demo_file):
    assert window.open_file(demo_file)
    advice = list_advice(window.council.db)[1]
    window.show_section("advice", advice.id)
    page = window.current_page()
    assert page.section == "advice"
    assert page.details.advice.id == advice.id


def test_a_refresh_after_a_write_builds_no_page(window, demo_file):
    assert window.open_file(demo_file)
    window.refresh_all()
    assert [page.section for page in window.built_pages()] == ["overview"]


def test_quitting_asks_about_typing_on_a_visited_page_and_builds_no_other(window, demo_file,
                                                                           answers):
    assert window.open_file(demo_file)
    window.show()
    window.show_section("members")
    window.show_section("meetings")
    meetings = window.current_page()
    meetings.details.location.setText("Wijkcentrum De Linde")
    answers["next"] = [CANCEL]
    assert not window.close()
    assert len(answers["asked"]) == 1 and "niet opgeslagen" in answers["asked"][0]
    assert meetings.details.location.text() == "Wijkcentrum De Linde"
    assert [page.section for page in window.built_pages()] == ["overview", "members",
                                                               "meetings"]


def test_ctrl_and_a_number_goes_to_a_section_not_built_yet(window, demo_file):
    assert window.open_file(demo_file)
    window.show()
    go_to_signals = next(action for action in window.findChildren(QAction)
                         if action.shortcut().toString() == "Ctrl+4")
    go_to_signals.trigger()
    assert window.current_page().section == "signals"
    assert window.current_page().title_label.text() == "Signalen"


def test_after_the_start_the_other_pages_are_built_without_leaving_overzicht(window, qtbot,
                                                                            demo_file):
    assert window.open_file(demo_file)
    window.show()
    window.prepare_pages_later()
    assert [page.section for page in window.built_pages()] == ["overview"]
    qtbot.waitUntil(lambda: len(window.built_pages()) == len(PAGES), timeout=20_000)
    assert window.current_page().section == "overview"
    assert window.navigation.currentRow() == 0
    assert window.page("letters").db is window.council.db  # built with the open file
