"""Column widths that never break a word: a column narrower than its longest word (an
e-mail address, "Bijstandsgerechtigden") takes the room it needs from columns with some to
spare, as a typesetter would."""

from collections.abc import Sequence
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

# Left and right padding of a data table's cells (core/documents/styles.py), and a little
# room so that rounding never breaks the last letter off.
CELL_PADDING = 8 + 1


@lru_cache(maxsize=50_000)
def _word_width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


def longest_word(cell: object) -> float:
    """The width of the widest word in a paragraph cell, in the font of its own run."""
    if not isinstance(cell, Paragraph):
        return 0.0
    widest = 0.0
    for fragment in cell.frags:
        text = getattr(fragment, "text", "")
        font = getattr(fragment, "fontName", cell.style.fontName)
        size = getattr(fragment, "fontSize", cell.style.fontSize)
        for word in text.split():
            widest = max(widest, _word_width(word, font, size))
    return widest


def widths_without_broken_words(rows: Sequence[Sequence[object]],
                                widths: Sequence[float]) -> list[float]:
    """``widths``, changed only where a column's longest word does not fit: that column
    grows, the columns with room to spare give it up in proportion, the total stays."""
    needed = [0.0] * len(widths)
    for row in rows:
        for column, cell in enumerate(row[:len(widths)]):
            needed[column] = max(needed[column], longest_word(cell) + CELL_PADDING)
    short = [max(0.0, need - width) for need, width in zip(needed, widths, strict=True)]
    spare = [max(0.0, width - need) for need, width in zip(needed, widths, strict=True)]
    deficit, room = sum(short), sum(spare)
    if not deficit or not room:
        return list(widths)
    moved = min(deficit, room)
    return [width + lack * moved / deficit - extra * moved / room
            for width, lack, extra in zip(widths, short, spare, strict=True)]
