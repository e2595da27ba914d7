"""The advice text editor: what is typed is what is stored, and what is stored prints."""

import io

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import Qt

from core.documents.letter import LetterContent, render_letter
from core.documents.page import Letterhead
from core.documents.richtext import parse
from core.profile import CouncilProfile
from ui.advice.text_editor import AdviceTextEditor

SAMPLES = [
    "# Advies\n\nEen alinea met **vet** en *cursief*.\nTweede regel.",
    "## Kop\n\n- een\n- twee met **nadruk**\n\n3. drie\n4. vier\n\n### Slot\n\nKlaar.",
    "Tekens: <b>niet vet</b> & \\*geen cursief\\* 😀 Øzdemir Ōgai",
    "**vet met *schuin* erin** en daarna gewoon",
    "1. alleen\n2. een lijst",
    "Mevrouw Cohen: **שלום עולם** en مرحبا بكم",
    "",
]


@pytest.fixture
def editor(qtbot):
    widget = AdviceTextEditor()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("text", SAMPLES)
def test_stored_text_comes_back_unchanged(editor, text):
    editor.set_text(text)
    assert editor.text() == text


def _type(qtbot, editor, text: str) -> None:
    qtbot.keyClicks(editor.edit, text)


def test_typing_with_the_toolbar_gives_the_stored_format(qtbot, editor):
    editor.edit.setFocus()
    editor.set_heading(1)
    _type(qtbot, editor, "Ons advies")
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    editor.set_heading(0)
    _type(qtbot, editor, "Wij vinden dit ")
    editor.bold_button.click()
    _type(qtbot, editor, "belangrijk")
    editor.bold_button.click()
    _type(qtbot, editor, " en ")
    editor.italic_button.click()
    _type(qtbot, editor, "dringend")
    editor.italic_button.click()
    _type(qtbot, editor, ".")
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    editor.bullets_button.click()
    _type(qtbot, editor, "vaste hulpen")
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    _type(qtbot, editor, "korte wachttijd * echt")
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    editor.numbers_button.click()
    _type(qtbot, editor, "eerst praten")
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    _type(qtbot, editor, "dan besluiten")
    assert editor.text() == (
        "# Ons advies\n\n"
        "Wij vinden dit **belangrijk** en *dringend*.\n\n"
        "- vaste hulpen\n- korte wachttijd \\* echt\n\n"
        "1. eerst praten\n2. dan besluiten")


def test_what_is_typed_is_what_prints(qtbot, editor):
    editor.edit.setFocus()
    _type(qtbot, editor, "Eerste alinea met ")
    editor.bold_button.click()
    _type(qtbot, editor, "vet")
    editor.bold_button.click()
    qtbot.keyClick(editor.edit, Qt.Key_Return)
    editor.bullets_button.click()
    _type(qtbot, editor, "punt <een> & twee")
    stored = editor.text()
    kinds = [block.kind for block in parse(stored)]
    assert kinds == ["paragraph", "bullets"]
    pdf = render_letter(Letterhead(CouncilProfile(name="Raad")),
                        LetterContent(addressee="College", subject="Test", body=stored))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Eerste alinea met vet" in text
    assert "punt <een> & twee" in text
    assert "**" not in text
    # And what prints comes back into the editor the same way.
    editor.set_text(stored)
    assert editor.text() == stored


def test_frozen_text_cannot_be_changed(qtbot, editor):
    editor.set_text("Vastgesteld advies.")
    editor.setReadOnly(True)
    editor.edit.setFocus()
    _type(qtbot, editor, "extra")
    editor.toggle_bold()
    assert editor.text() == "Vastgesteld advies."
    assert not editor.bold_button.isEnabled()


def test_pasting_rich_text_keeps_only_the_words(qtbot, editor):
    from PySide6.QtCore import QMimeData

    data = QMimeData()
    data.setHtml("<table><tr><td><span style='color:red'>Rood</span></td></tr></table>")
    data.setText("Rood")
    editor.edit.insertFromMimeData(data)
    assert editor.text() == "Rood"


WORDS = st.text(alphabet="abcdeéøŌ<>&'\"0123456789_", min_size=1, max_size=8)
FORMATS = st.sampled_from(["", "**", "*"])


@st.composite
def formatted_line(draw):
    """Words in runs of plain, bold or italic, as the editor writes them."""
    runs = draw(st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=3), FORMATS),
                         min_size=1, max_size=4))
    parts, previous = [], None
    for words, marker in runs:
        if marker == previous:
            marker = ""  # neighbours in the same format are one run
        text = " ".join(words)
        parts.append(f"{marker}{text}{marker}")
        previous = marker
    line = " ".join(parts)
    assume(not line[0].isdigit())  # "12. x" would be a numbered list
    return line


@st.composite
def advice_text(draw):
    blocks = []
    for kind in draw(st.lists(st.sampled_from(["p", "h", "ul", "ol"]), min_size=1,
                              max_size=5)):
        if kind == "p":
            blocks.append(draw(formatted_line()))
        elif kind == "h":
            blocks.append("## " + draw(formatted_line()).replace("**", ""))
        else:
            items = draw(st.lists(formatted_line(), min_size=1, max_size=3))
            blocks.append("\n".join(f"- {item}" if kind == "ul" else f"{n}. {item}"
                                    for n, item in enumerate(items, 1)))
    return "\n\n".join(blocks)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=advice_text())
def test_any_text_the_editor_writes_comes_back_unchanged(editor, text):
    editor.set_text(text)
    assert editor.text() == text


def test_hebrew_and_emoji_are_stored_as_typed_not_in_print_order(editor):
    """The printer puts right-to-left words in visual order; the editor must not."""
    editor.set_text("Groet: שלום עולם en 😀")
    assert editor.text() == "Groet: שלום עולם en 😀"
