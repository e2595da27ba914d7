"""Turning user text into safe ReportLab paragraph markup.

ReportLab's Paragraph reads a small XML markup language; anything a person typed
must be escaped first, or '<b>' would turn bold and '<img src=…>' would embed a file.
"""

import re
from xml.sax.saxutils import escape

from core.documents.characters import font_runs, for_print
from core.documents.fonts import FAMILY

# Characters XML (and so ReportLab's parser) cannot hold; typed text may contain them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(text: str | None) -> str:
    """Remove characters that cannot be printed at all; keeps line breaks and tabs."""
    if not text:
        return ""
    return _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def escape_plain(text: str | None) -> str:
    """User text → markup as it was typed (logical order, no font changes): for a screen,
    which lays out right-to-left text and picks fonts itself."""
    escaped = escape(clean(text), {'"': "&quot;"})
    return escaped.replace("\t", "    ").replace("\n", "<br/>")


def escape_text(text: str | None) -> str:
    """User text → paragraph markup that prints literally, keeping typed line breaks, with
    every character in a font that has it (right-to-left words in reading order)."""
    parts = []
    for font, run in font_runs(for_print(clean(text))):
        escaped = escape(run, {'"': "&quot;"}).replace("\t", "    ").replace("\n", "<br/>")
        parts.append(escaped if font == FAMILY else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def escape_lines(lines: list[str]) -> str:
    """Several lines of user text as one paragraph with line breaks."""
    return "<br/>".join(escape_text(line) for line in lines if clean(line).strip())
