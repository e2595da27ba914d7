"""The main window driven as a secretary would: open files, bad files, the profile, language."""

from PySide6.QtCore import Qt

from core.database import open_council
from core.i18n import set_language
from core.profile import load_profile
from ui.main_window import MainWindow
from ui.settings.program_tab import ProgramTab


def test_opening_the_demo_shows_council_in_title_and_sidebar(window, demo_file):
    assert window.open_file(demo_file)
    assert "Adviesraad Sociaal Domein Lindewaarde" in window.windowTitle()
    assert demo_file.name in window.windowTitle()
    assert window.council_label.text() == "Adviesraad Sociaal Domein Lindewaarde"
    assert str(demo_file.resolve()) == window.preferences.recent_files()[0]


def test_navigation_has_every_section_in_dutch(window):
    sections = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert sections == ["Overzicht", "Leden", "Vergaderingen", "Signalen", "Adviezen",
                        "Brieven", "Instellingen"]


def test_a_bad_file_gets_a_dutch_message_and_the_open_file_stays(window, demo_file, tmp_path,
                                                                 messages):
    window.open_file(demo_file)
    bad = tmp_path / "boodschappen.raadswerk"
    bad.write_text("melk, brood, kaas", encoding="utf-8")
    assert not window.open_file(bad)
    assert messages and "geen Raadswerk-bestand" in messages[0]
    assert window.council is not None and window.council.path == demo_file
    assert bad.read_text(encoding="utf-8") == "melk, brood, kaas"


def test_editing_the_profile_saves_it_in_the_file(window, council, qtbot):
    window.set_council(open_council(council.path))
    window.show_section("settings")
    tab = window.page("settings").profile_tab
    tab.name.setText("Cliëntenraad Øzdemir & Ōgai <test>")
    tab.municipality.setText("Lindewaarde")
    tab.signer_fields[0][0].setText("Zoë Mulder")
    tab.signer_fields[0][1].setText("voorzitter")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.message.text() == "Opgeslagen."
    saved = load_profile(window.council.db)
    assert saved.name == "Cliëntenraad Øzdemir & Ōgai <test>"
    assert saved.signers[0].name == "Zoë Mulder"
    assert "Cliëntenraad Øzdemir & Ōgai <test>" in window.windowTitle()


def test_an_invalid_profile_is_explained_and_not_saved(window, demo_council, qtbot):
    window.set_council(demo_council)
    tab = window.page("settings").profile_tab
    tab.email.setText("secretariaat@")
    qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert "geen e-mailadres" in tab.message.text()
    assert load_profile(demo_council.db).email == "secretariaat@adviesraad-lindewaarde.nl"


def test_choosing_english_is_remembered_for_the_next_start(qtbot, prefs):
    tab = ProgramTab(prefs)
    qtbot.addWidget(tab)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert prefs.language() == "en"
    assert "opnieuw start" in tab.note.text()


def test_the_window_in_english(qtbot, prefs):
    set_language("en")
    english = MainWindow(prefs)
    qtbot.addWidget(english)
    assert english.navigation.item(1).text() == "Members"
    assert english.menuBar().actions()[0].text() == "&File"


def test_save_a_copy_writes_a_second_complete_file(window, demo_council, tmp_path, monkeypatch):
    window.set_council(demo_council)
    target = tmp_path / "kopie.raadswerk"
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    window.save_copy()
    copy = open_council(target, create=False, read_only=True)
    assert load_profile(copy.db).name == load_profile(demo_council.db).name
    copy.close()


def test_window_size_is_remembered(window, prefs, qtbot):
    window.resize(700, 520)
    window.close()
    again = MainWindow(prefs)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (700, 520)
