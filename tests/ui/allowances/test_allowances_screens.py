"""Leden → Vrijwilligersvergoeding… and Instellingen → Vrijwilligersvergoeding, driven as the
secretary would: the table, the warning, printing via the preview, the workbook, the rates."""

import datetime as dt
import errno
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer

from core.allowances.rules import AllowanceRules, load_rules, save_rules
from core.database import open_council
from tests.core.allowances.example import build
from ui.allowances.dialog import AllowancesDialog, default_year
from ui.allowances.settings_tab import AllowancesSettingsTab
from ui.widgets.unsaved import SAVE

TODAY = dt.date(2026, 12, 1)


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


@pytest.fixture
def example(council):
    build(council.db)
    return council


@pytest.fixture
def dialog(qtbot, example):
    opened = AllowancesDialog(example, today=TODAY)
    qtbot.addWidget(opened)
    return opened


def _row(dialog, name: str) -> list[str]:
    table = dialog.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            return [_plain(table.item(row, column).text())
                    for column in range(table.columnCount())]
    raise AssertionError(f"{name} not in the table")


def test_the_table_counts_per_kind_and_marks_a_member_above_the_maximum(dialog):
    headers = [" ".join(dialog.table.horizontalHeaderItem(column).text().split())
               for column in range(dialog.table.columnCount())
               if not dialog.table.isColumnHidden(column)]
    assert headers == ["Lid", "Vergadering van de adviesraad", "Werkgroepoverleg",
                       "Vergaderingen", "Vergoeding", "Opmerkingen"]
    assert dialog.year_box.value() == 2026
    anna = _row(dialog, "Anna Aalders")
    assert anna[2:6] == ["3", "1", "4", "€ 145,00"]
    assert anna[6].startswith("⚠ Boven het jaarmaximum van € 100,00")
    assert dialog.member_has_warning("Anna Aalders")
    assert not dialog.member_has_warning("Carla Claessens")
    assert _row(dialog, "Carla Claessens")[6] == "Uitgetreden per 30 juni 2026"
    assert _row(dialog, "Totaal")[5] == "€ 250,00"
    summary = _plain(dialog.summary.text())
    assert "€ 250,00 voor 3 leden in 2026." in summary
    assert "2 leden zitten boven een maximum." in summary
    assert "Adviseurs en de ambtelijk secretaris zijn geen lid" in dialog.notes.text()
    # Each warning in full under the table, also when the remarks column is narrow.
    assert _plain(dialog.warnings.text()).splitlines() == [
        "⚠ Anna Aalders: Boven het jaarmaximum van € 100,00; Boven € 60,00 per maand in maart",
        "⚠ Bram Bosveld: Boven € 60,00 per maand in maart"]


def test_another_year_shows_its_own_figures(dialog):
    dialog.year_box.setValue(2025)
    assert [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())] == [
        "Anna Aalders", "Totaal"]
    assert _row(dialog, "Anna Aalders")[5] == "€ 40,00"
    dialog.year_box.setValue(2024)
    assert dialog.table.rowCount() == 0
    assert "€ 0,00 voor 0 leden in 2024." in _plain(dialog.summary.text())


def test_without_rates_the_dialog_says_where_to_set_them(qtbot, council):
    build(council.db, AllowanceRules())
    dialog = AllowancesDialog(council, today=TODAY)
    qtbot.addWidget(dialog)
    assert "Instellingen → Vrijwilligersvergoeding" in dialog.summary.text()
    assert dialog.table.rowCount() == 0 and not dialog.xlsx_button.isEnabled()


def test_print_opens_the_preview_with_the_overview(dialog, qtbot):
    preview = dialog.show_preview()
    qtbot.waitUntil(lambda: preview.panel.pdf is not None, timeout=20000)
    text = " ".join(_plain(" ".join(page.extract_text() for page in
                                    PdfReader(io.BytesIO(preview.panel.pdf)).pages)).split())
    assert "Vrijwilligersvergoeding 2026" in text
    assert "Boven het jaarmaximum van € 100,00" in text
    preview.close()


def test_saving_the_workbook(dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(dialog, "ask_save_path", lambda suggestion: str(tmp_path / suggestion))
    written = dialog.save_xlsx()
    assert written == tmp_path / "vrijwilligersvergoeding-2026.xlsx"
    book = load_workbook(io.BytesIO(written.read_bytes()))
    names = [row[0] for row in book["Per lid"].iter_rows(min_row=4, max_row=6,
                                                         values_only=True)]
    assert names == ["Anna Aalders", "Bram Bosveld", "Carla Claessens"]
    assert "Opgeslagen" in dialog.summary.text()


def test_a_full_disk_gives_a_dutch_message_and_leaves_no_file(dialog, tmp_path, monkeypatch,
                                                              messages):
    folder = tmp_path / "uit"
    folder.mkdir()
    monkeypatch.setattr(dialog, "ask_save_path", lambda suggestion: str(folder / "v.xlsx"))

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("core.output.os.fsync", full)
    assert dialog.save_xlsx() is None
    assert messages and "vol" in messages[0] and "No space" not in messages[0]
    assert list(folder.iterdir()) == []


def test_a_read_only_file_shows_the_overview(qtbot, example):
    example.close()
    council = open_council(example.path, read_only=True)
    try:
        dialog = AllowancesDialog(council, today=TODAY)
        qtbot.addWidget(dialog)
        assert _row(dialog, "Anna Aalders")[5] == "€ 145,00"
        assert dialog.print_button.isEnabled() and dialog.xlsx_button.isEnabled()
    finally:
        council.close()


def test_the_menu_opens_the_dialog(window, demo_file):
    assert window.open_file(demo_file)
    seen = {}

    def look_and_close():
        dialog = window.findChild(AllowancesDialog)
        seen["rows"] = dialog.table.rowCount()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    assert window.members_menu.title() == "&Leden"
    window.allowances_action.trigger()
    assert seen["title"] == "Vrijwilligersvergoeding"
    assert seen["rows"] > 5  # the demo council pays its members


def test_the_proposed_year():
    assert default_year(dt.date(2027, 2, 10)) == 2026
    assert default_year(dt.date(2026, 3, 1)) == 2026


# --- Instellingen → Vrijwilligersvergoeding ---------------------------------------------

def test_the_settings_tab_saves_rates_and_maxima_in_euros(qtbot, council):
    tab = AllowancesSettingsTab()
    qtbot.addWidget(tab)
    tab.load(council.db)
    assert _plain(tab.year_maximum.text()) == "€ 2.100,00"
    assert _plain(tab.month_maximum.text()) == "€ 210,00"
    tab.rates["council"].setValue(42.5)
    tab.rates["working_group"].setValue(25)
    tab.month_maximum.setValue(0)
    tab.pay_non_members.setChecked(True)
    assert tab.save()
    assert tab.message.text() == "Opgeslagen."
    rules = load_rules(council.db)
    assert rules.rates == {"council": 42_50, "working_group": 25_00}
    assert (rules.year_maximum, rules.month_maximum, rules.pay_non_members) == (
        2100_00, 0, True)


def test_the_boxes_keep_to_the_declared_ranges(qtbot, council):
    tab = AllowancesSettingsTab()
    qtbot.addWidget(tab)
    tab.load(council.db)
    tab.rates["council"].setValue(10_000)
    tab.year_maximum.setValue(-3)
    assert tab.rates["council"].value() == 500
    assert tab.year_maximum.value() == 0


def test_a_read_only_file_is_refused_with_a_sentence(qtbot, example, tmp_path):
    example.close()
    council = open_council(example.path, read_only=True)
    try:
        tab = AllowancesSettingsTab()
        qtbot.addWidget(tab)
        tab.load(council.db)
        tab.rates["council"].setValue(50)
        assert not tab.save()
        assert tab.message.text()
        assert load_rules(council.db).rate("council") == 40_00
    finally:
        council.close()


def test_leaving_settings_with_changed_rates_asks_and_saves(window, demo_file, answers):
    assert window.open_file(demo_file)
    window.show_section("settings")
    page = window.current_page()
    tab = next(tab for tab in page.feature_tabs if isinstance(tab, AllowancesSettingsTab))
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Vrijwilligersvergoeding"
    assert tab.rates["council"].value() == 40  # the demo council's rate
    tab.rates["council"].setValue(45)
    answers["next"] = [SAVE]
    window.navigation.setCurrentRow(0)
    assert "Vrijwilligersvergoeding" in answers["asked"][0]
    assert load_rules(window.council.db).rate("council") == 45_00


def test_rates_saved_in_settings_show_in_the_dialog(qtbot, example):
    save_rules(example.db, AllowanceRules(rates={"council": 50_00}))
    dialog = AllowancesDialog(example, today=TODAY)
    qtbot.addWidget(dialog)
    assert _row(dialog, "Anna Aalders")[2:5] == ["3", "3", "€ 150,00"]


def test_the_members_page_print_menu_opens_it_too(window, demo_file):
    assert window.open_file(demo_file)
    window.show_section("members")
    page = window.current_page()
    seen = {}

    def look_and_close():
        dialog = page.findChild(AllowancesDialog)
        seen["year"] = dialog.year
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    assert page.allowances_action.text() == "Vrijwilligersvergoeding…"
    page.allowances_action.trigger()
    assert seen["year"] == default_year(dt.date.today())
