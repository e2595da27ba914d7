"""The manual's two files: the same sections in the same order, none empty, in their language."""

import pytest

from core.i18n import set_language
from core.manual import manual_sections, parse_manual, section_for

# Besides one section per page of the window (checked against ui's PAGES in
# tests/ui/test_manual.py), the manual explains these topics.
TOPICS = ("first_start", "search", "allowances", "annual", "backups", "privacy")
PAGE_SECTIONS = ("overview", "members", "meetings", "signals", "advice", "letters", "settings")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_and_topic_has_a_section_with_text(language):
    sections = manual_sections(language)
    anchors = [section.anchor for section in sections]
    assert set(PAGE_SECTIONS + TOPICS) <= set(anchors)
    assert len(anchors) == len(set(anchors)), "an anchor appears twice"
    for section in sections:
        assert section.title, f"{language}: section {section.anchor} has no ## heading"
        assert len(section.text.split()) >= 40, f"{language}: {section.anchor} is (nearly) empty"
        assert "<!--" not in section.text


def test_dutch_and_english_have_the_same_sections_in_the_same_order():
    dutch, english = manual_sections("nl"), manual_sections("en")
    assert [s.anchor for s in dutch] == [s.anchor for s in english]


def test_each_file_is_in_its_own_language():
    dutch = {s.anchor: s for s in manual_sections("nl")}
    english = {s.anchor: s for s in manual_sections("en")}
    assert dutch["advice"].title == "Adviezen" and english["advice"].title == "Advice"
    assert "Nieuw advies…" in dutch["advice"].text
    assert "New advice…" in english["advice"].text
    assert "Leden" in dutch["members"].title and "Members" in english["members"].title


def test_the_interface_language_chooses_the_file():
    set_language("en")
    assert manual_sections()[section_for(manual_sections(), "signals")].title == "Signals"
    set_language("nl")
    assert manual_sections()[section_for(manual_sections(), "signals")].title == "Signalen"


def test_sections_are_cut_at_their_markers():
    text = ("# Handleiding\n\nintro\n\n<!-- section: one -->\n## Een\n\nEerste **tekst**.\n\n"
            "<!-- section: two -->\n## Twee\n\n## Geen kop meer\nTweede.\n")
    sections = parse_manual(text)
    assert [(s.anchor, s.title) for s in sections] == [("one", "Een"), ("two", "Twee")]
    assert sections[0].text == "Eerste **tekst**."
    assert sections[1].text == "## Geen kop meer\nTweede."
    assert section_for(sections, "two") == 1
    assert section_for(sections, "unknown") == 0
