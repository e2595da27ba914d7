"""Every character a person typed reaches the paper: composed, in reading order, in a font
that has it — or as a visible box that the preview warns about.

Noto Sans has Latin, Greek and Cyrillic; DejaVu Sans (also bundled) takes over for Hebrew,
Arabic, many symbols and simple emoji. Right-to-left words inside a Dutch line are put in
visual order here (ReportLab lays text out left to right), after Arabic letters get the
joined forms they take in a word.
"""

import re
import unicodedata
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from arabic_reshaper import reshape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.documents.bidi import visual_order
from core.documents.fonts import (
    BOLD,
    BOLD_ITALIC,
    FACES,
    FALLBACK,
    FALLBACK_BOLD,
    FAMILY,
    register_fallback,
    register_fonts,
)

# Printed for a character that no bundled font has; the preview looks for it.
MISSING_MARK = "\u25a1"  # □
_ALWAYS_MAIN = frozenset("\n\t ")
KEEP_TOGETHER = 40
# From a Hebrew or Arabic letter to the last one before the next Latin letter.
_RIGHT_TO_LEFT_PASSAGE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc](?:[^A-Za-z\u00c0-\u024f\n]*"
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])?")


@lru_cache(maxsize=4)
def _coverage(family: str) -> frozenset[int]:
    """What every face of ``family`` has: bold or italic text never loses a character."""
    if family == FALLBACK:
        register_fallback()
    else:
        register_fonts()
    faces = FACES[family]
    return frozenset.intersection(*(frozenset(_glyphs(face)) for face in faces))


def _glyphs(face: str) -> dict[int, int]:
    """The character → glyph table of a registered TrueType face."""
    font = pdfmetrics.getFont(face)
    assert isinstance(font, TTFont), face  # every face Raadswerk registers is TrueType
    return font.face.charToGlyph


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _printed(char: str) -> bool:
    """Format characters (direction marks, joiners) and variation selectors steer how text
    is shown; on paper they have no glyph of their own."""
    return unicodedata.category(char) != "Cf" and not (
        "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef")


def for_print(text: str) -> str:
    """Composed (NFC), without format characters and, where a line holds right-to-left
    script, in visual order."""
    if text.isascii():
        return text  # composed already, no format characters, left to right
    text = "".join(char for char in unicodedata.normalize("NFC", text) if _printed(char))
    if not _has_right_to_left(text):
        return text
    return "\n".join(visual_order(_keep_together(reshape(line)))
                     if _has_right_to_left(line) else line for line in text.split("\n"))


def _keep_together(line: str) -> str:
    """Join the words of each short right-to-left passage with no-break spaces.

    The line is put in visual order before ReportLab wraps it, so a passage broken over two
    lines would print its end first; a short one (a name, a greeting, an address) now stays
    on one line. A passage longer than ``KEEP_TOGETHER`` may still wrap.
    """
    pieces, start = [], 0
    for match in _RIGHT_TO_LEFT_PASSAGE.finditer(line):
        passage = match.group()
        if len(passage) <= KEEP_TOGETHER:
            passage = passage.replace(" ", "\u00a0")
        pieces += [line[start:match.start()], passage]
        start = match.end()
    return "".join(pieces) + line[start:]


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into runs of (font, text): the main family, the fallback, or the
    missing mark (in the fallback font) for what neither has."""
    main = _coverage(FAMILY)
    if all(ord(char) in main for char in set(text) - _ALWAYS_MAIN):
        return [(FAMILY, text)] if text else []
    fallback = _coverage(FALLBACK)
    printed = [_printed_in(char, main, fallback) for char in text]
    return [(font, "".join(char for _font, char in group))
            for font, group in groupby(printed, key=itemgetter(0))]


def _printed_in(char: str, main: frozenset[int], fallback: frozenset[int]) -> tuple[str, str]:
    """(font, character as printed): the missing mark for what neither font has."""
    code = ord(char)
    if code in main or char in _ALWAYS_MAIN:
        return FAMILY, char
    if code in fallback:
        return FALLBACK, char
    return FALLBACK, MISSING_MARK


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` that no bundled font can print, in order."""
    main = _coverage(FAMILY)
    outside = [char for char in for_print(text)
               if char not in _ALWAYS_MAIN and ord(char) not in main]
    if not outside:
        return []
    fallback = _coverage(FALLBACK)
    return list(dict.fromkeys(char for char in outside if ord(char) not in fallback))


def draw_string(canvas, x: float, y: float, text: str, align: str = "left") -> None:
    """``canvas.drawString`` for typed text (headers, letterhead): in the canvas's font,
    with the fallback font where that lacks a character; ``align`` left, right or centre."""
    font, size = canvas._fontname, canvas._fontsize  # noqa: SLF001 - the canvas's own state
    fallback = FALLBACK_BOLD if font in (BOLD, BOLD_ITALIC) else FALLBACK
    runs = [(font if face == FAMILY else fallback, run)
            for face, run in font_runs(for_print(text))]
    width = sum(pdfmetrics.stringWidth(run, face, size) for face, run in runs)
    x -= {"left": 0, "right": width, "centre": width / 2}[align]
    for face, run in runs:
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, face, size)
    canvas.setFont(font, size)
