"""Ctrl+K on the demo council: hits grouped and marked, Enter opens the record on its page."""

from PySide6.QtCore import Qt

from ui.search.results import marked


def open_dialog(qtbot, window, demo_file, text=""):
    assert window.open_file(demo_file)
    window.show()
    window.search_field.setText(text)
    window.search_action.trigger()
    dialog = window.search_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def headings(dialog):
    return [dialog.model.item(row).text() for row in range(dialog.model.rowCount())]


def test_typing_shows_hits_grouped_by_kind(qtbot, window, demo_file):
    dialog = open_dialog(qtbot, window, demo_file)
    assert "Typ een paar letters" in dialog.summary.text()
    qtbot.keyClicks(dialog.field, "ozdemir")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert headings(dialog)[0] == "Leden (1)"
    assert any(heading.startswith("Agendapunten") for heading in headings(dialog))
    first = dialog.tree.currentIndex()
    assert "<b>Øzdemir</b>" in first.data(Qt.UserRole)


def test_enter_opens_the_member_on_the_members_page(qtbot, window, demo_file):
    dialog = open_dialog(qtbot, window, demo_file, "ozdemir")
    qtbot.keyClick(dialog.field, Qt.Key_Return)
    assert not dialog.isVisible()
    page = window.current_page()
    assert page.section == "members"
    assert page.selected_member().last_name == "Øzdemir"


def test_a_signal_hit_opens_the_signal(qtbot, window, demo_file, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.pages.signals.SignalsPage.open_item",
                        lambda page, item_id: opened.append(item_id))
    dialog = open_dialog(qtbot, window, demo_file, "vervoerder")
    signals = next(row for row in range(dialog.model.rowCount())
                   if dialog.model.item(row).text().startswith("Signalen"))
    hit_index = dialog.model.item(signals).child(0).index()
    dialog.tree.setCurrentIndex(hit_index)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key_Return)
    assert window.current_page().section == "signals"
    assert opened == [hit_index.data(Qt.UserRole + 1).record_id]


def test_sensitive_descriptions_need_the_tick(qtbot, window, demo_file):
    dialog = open_dialog(qtbot, window, demo_file, "heupoperatie")
    assert dialog.hits() == []
    assert "Niets gevonden" in dialog.summary.text()
    dialog.sensitive.setChecked(True)
    assert {hit.kind for hit in dialog.hits()} == {"signal"}
    assert all("heupoperatie" in hit.title for hit in dialog.hits())


def test_marked_words_are_escaped():
    assert marked("<b>Øzdemir</b> & co", [(3, 10)]) == "&lt;b&gt;<b>Øzdemir</b>&lt;/b&gt; &amp; co"
