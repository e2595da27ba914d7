"""The Signalen page on the demo council: list, filters, chart, retention notice."""

from PySide6.QtCore import Qt

from core.database import open_council
from core.signals import SignalFilter, count_signals, get_signal, status_history
from core.signals.chart import theme_colours
from core.signals.privacy import contacts_due
from core.signals.themes import list_themes
from tests.conftest import DEMO_TODAY
from ui.pages.signals import SignalsPage
from ui.signals.settings_tab import SignalsSettingsTab
from ui.signals.signal_dialog import SignalDialog


def make_page(qtbot, council):
    page = SignalsPage()
    page.today = DEMO_TODAY
    qtbot.addWidget(page)
    page.set_council(council)
    return page


def test_opening_the_page_applies_retention_and_says_so(qtbot, demo_council):
    due = contacts_due(demo_council.db, DEMO_TODAY)
    assert due
    page = make_page(qtbot, demo_council)
    assert contacts_due(demo_council.db, DEMO_TODAY) == []
    assert (f"De contactgegevens van {len(due)} afgesloten signalen zijn verwijderd"
            in page.notice.text())
    assert "komende weken verwijderd" in page.notice.text()


def test_the_list_filters_by_theme_status_and_text(qtbot, demo_council):
    db = demo_council.db
    page = make_page(qtbot, demo_council)
    signals = page.list
    total = count_signals(db)
    assert signals.model.total() == total
    assert signals.count_label.text() == f"{total} signalen"
    transport = next(t for t in list_themes(db) if t.code == "transport")
    signals.theme.setCurrentIndex(signals.theme.findData(transport.id))
    expected = count_signals(db, SignalFilter(theme_id=transport.id))
    assert 0 < signals.model.total() == expected < total
    signals.status.setCurrentIndex(signals.status.findData("open"))
    assert signals.model.total() == count_signals(
        db, SignalFilter(theme_id=transport.id, status="open"))
    signals.theme.setCurrentIndex(0)
    signals.status.setCurrentIndex(0)
    qtbot.keyClicks(signals.search, "regiotaxi")
    qtbot.waitUntil(lambda: signals.model.total() == count_signals(
        db, SignalFilter(text="regiotaxi")))
    first = signals.model.row_at(0)
    assert "Regiotaxi" in first.description


def test_a_bad_filter_date_is_explained_not_crashed(qtbot, demo_council):
    page = make_page(qtbot, demo_council)
    page.list.date_from.setText("32-13-2026")
    page.list.reload()
    assert page.list.count_label.text() == (
        "'32-13-2026' is geen datum. Schrijf de datum als 14-03-2026.")


def test_sensitive_descriptions_are_hidden_in_the_list(qtbot, demo_council):
    page = make_page(qtbot, demo_council)
    model = page.list.model
    summaries = [model.index(row, 5).data() for row in range(model.rowCount())]
    sensitive = [model.row_at(row) for row in range(model.rowCount())
                 if model.row_at(row).sensitive]
    assert sensitive
    assert "(omschrijving met gevoelige gegevens)" in summaries
    assert not any(signal.description in summaries for signal in sensitive)


def test_the_chart_highlights_recurring_themes(qtbot, demo_council):
    page = make_page(qtbot, demo_council)
    trends = page.trends
    trends.date_from.setText("01-10-2025")
    trends.date_to.setText("22-11-2026")
    trends.reload()
    labels = trends.chart.series_labels()
    recurring = [label for label in labels if label.endswith("(terugkerend)")]
    assert recurring and len(recurring) < len(labels)
    assert "Wmo-ondersteuning thuis (terugkerend)" in labels
    assert "Terugkerend (ten minste 5 in één kwartaal)" in trends.summary.text()
    # Each theme in its own colour, the printed report's; recurring ones outlined dark.
    bar_sets = trends.chart.chart().series()[0].barSets()
    assert [bar.color().name().upper() for bar in bar_sets] == theme_colours(trends.chart.trend)
    assert len({bar.color().name() for bar in bar_sets}) == min(len(bar_sets), 10)
    outlined = [bar.label() for bar in bar_sets if bar.pen().color().name() == "#1a1a1a"]
    assert outlined == recurring


def test_a_read_only_file_keeps_its_contacts_and_cannot_log(qtbot, demo_file):
    council = open_council(demo_file, create=False, read_only=True)
    try:
        before = len(contacts_due(council.db, DEMO_TODAY))
        page = make_page(qtbot, council)
        assert not page.new_button.isEnabled()
        assert len(contacts_due(council.db, DEMO_TODAY)) == before
    finally:
        council.close()


def test_the_signal_dialog_changes_status_with_history(qtbot, demo_council):
    db = demo_council.db
    signal_id = next(row[0] for row in db.execute(
        "SELECT id FROM signals WHERE status = 'new' ORDER BY id").fetchall())
    dialog = SignalDialog(db, signal_id)
    qtbot.addWidget(dialog)
    follow = dialog.follow_up
    before = len(status_history(db, signal_id))
    follow.status.setCurrentIndex(follow.status.findData("passed_on"))
    qtbot.keyClicks(follow.note, "Gemaild naar de gemeente")
    qtbot.mouseClick(follow.change_button, Qt.LeftButton)
    assert get_signal(db, signal_id).status == "passed_on"
    assert len(status_history(db, signal_id)) == before + 1
    assert follow.history.topLevelItemCount() == before + 1
    last = follow.history.topLevelItem(before)
    assert last.text(1) == "Van Nieuw naar Doorgegeven aan gemeente"
    assert last.text(3) == "Gemaild naar de gemeente"
    assert "Doorgegeven aan gemeente" in dialog.heading.text()


def test_the_signal_dialog_links_advice(qtbot, demo_council):
    db = demo_council.db
    signal_id = next(row[0] for row in db.execute(
        "SELECT id FROM signals WHERE status = 'new' ORDER BY id").fetchall())
    dialog = SignalDialog(db, signal_id)
    qtbot.addWidget(dialog)
    box = dialog.links.advice
    assert box.chooser.currentData() is not None, "the demo council offers advice to link"
    box.chooser.setCurrentIndex(0)
    qtbot.mouseClick(box.add_button, Qt.LeftButton)
    assert box.list.count() == 1
    assert get_signal(db, signal_id).status == "in_advice"


def test_the_settings_tab_switches_a_theme_off_and_saves_options(qtbot, council):
    tab = SignalsSettingsTab()
    qtbot.addWidget(tab)
    tab.load(council.db)
    assert tab.retention.value() == 12 and tab.threshold.value() == 5
    assert tab.themes.count() == 9
    tab.themes.item(0).setCheckState(Qt.Unchecked)
    assert "Wmo-ondersteuning thuis" not in [t.label for t in list_themes(council.db)]
    tab.retention.setValue(18)
    tab.threshold.setValue(4)
    tab.save()
    assert tab.message.text() == "Opgeslagen."
    tab.load(council.db)
    assert (tab.retention.value(), tab.threshold.value()) == (18, 4)
    assert tab.log.item(0).text() == "(nog niets verwijderd)"


def test_the_access_dialog_erases_one_person_and_offers_to_remove_backups(
        qtbot, demo_council, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from core.backup import backup_database, list_backups
    from core.signals.privacy import get_contact
    from ui.signals.access_dialog import AccessRequestDialog

    db = demo_council.db
    backups = tmp_path / "backups"
    backup_database(db, backups)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *args: asked.append(text) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    dialog = AccessRequestDialog(db, backup_dir=backups)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "de")
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert dialog.results.count() > 1
    assert dialog.message.text().startswith("Er passen verschillende personen bij")
    assert not dialog.erase_button.isEnabled()  # nothing is done before one person is chosen
    dialog.results.setCurrentRow(1)
    person = dialog.chosen()
    others = [c for c in dialog.candidates if c is not person]
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert person.display_name in asked[0]
    assert all(get_contact(db, signal_id) is None for signal_id in person.signal_ids)
    assert all(get_contact(db, other.signal_ids[0]) is not None for other in others)
    assert "nog bevatten (1)" in asked[1] and person.display_name in asked[1]
    assert list_backups(backups) == []
