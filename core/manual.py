"""The manual (*Handleiding*): resources/manual/<language>.md, read in sections.

One file per language, the same sections in the same order. A section starts with a
marker line naming its anchor, then its ``##`` heading::

    <!-- section: advice -->
    ## Adviezen

The anchor of a page's section is the page's own section name (``advice``), so the
window opens the manual where the secretary is. The marker is an HTML comment, so the
files read as plain Markdown on a code site too.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language
from core.resources import resource_path

MARKER = re.compile(r"^<!--\s*section:\s*([a-z_]+)\s*-->\s*$")
HEADING = re.compile(r"^##\s+(.+?)\s*$")


@dataclass(frozen=True)
class ManualSection:
    """One section: its anchor, its heading and its Markdown text (heading left out)."""

    anchor: str
    title: str
    text: str


def manual_path(language: str) -> Path:
    return resource_path("manual", f"{language}.md")


def manual_sections(language: str | None = None) -> list[ManualSection]:
    """The manual's sections in the given language (default: the interface's)."""
    chosen = language or current_language()
    if chosen not in LANGUAGES:
        chosen = DEFAULT_LANGUAGE
    return parse_manual(manual_path(chosen).read_text(encoding="utf-8"))


def parse_manual(text: str) -> list[ManualSection]:
    """The sections of a manual file; what comes before the first marker is its title."""
    sections: list[ManualSection] = []
    anchor, title = "", ""
    lines: list[str] = []
    for line in [*text.splitlines(), "<!-- section: end -->"]:
        marker = MARKER.match(line)
        heading = HEADING.match(line) if anchor and not title else None
        if marker:
            if anchor:
                sections.append(ManualSection(anchor, title, "\n".join(lines).strip()))
            anchor, title, lines = marker.group(1), "", []
        elif heading:
            title = heading.group(1)
        elif anchor:
            lines.append(line)
    return sections


def section_for(sections: list[ManualSection], anchor: str) -> int:
    """The place of ``anchor`` among the sections; the first one when it has none."""
    return next((index for index, section in enumerate(sections) if section.anchor == anchor),
                0)
