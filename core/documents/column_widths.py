"""Column widths that never break a word: a column narrower than its longest word (an
e-mail address, "Bijstandsgerechtigden") takes the room it needs from columns with some to
spare, as a typesetter would."""

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from core.documents.cells import TextCell, word_width

# Left and right padding of a data table's cells (core/documents/styles.py), and a little
# room so that rounding never breaks the last letter off.
CELL_PADDING = 8 + 1


def longest_word(cell: object) -> float:
    """The width of the widest word in a paragraph cell, in the font of its own run."""
    if isinstance(cell, TextCell):
        style = cell.style
        return max((word_width(word, style.fontName, style.fontSize)
                    for word in cell.text.split()), default=0.0)
    if not isinstance(cell, Paragraph):
        return 0.0
    widest = 0.0
    for fragment in cell.frags:
        text = getattr(fragment, "text", "")
        font = getattr(fragment, "fontName", cell.style.fontName)
        size = getattr(fragment, "fontSize", cell.style.fontSize)
        for word in text.split():
            widest = max(widest, word_width(word, font, size))
    return widest


def longest_line(cell: object) -> float:
    """The width of a plain cell's widest typed line (a name kept on one line)."""
    if not isinstance(cell, TextCell):
        return longest_word(cell)
    style = cell.style
    return max((stringWidth(" ".join(line.split()), style.fontName, style.fontSize)
                for line in cell.text.split("\n")), default=0.0)


def widths_without_broken_words(rows: Sequence[Sequence[object]], widths: Sequence[float],
                                whole: Sequence[int] = ()) -> list[float]:
    """``widths``, changed only where a column's longest word does not fit: that column
    grows, the columns with room to spare give it up in proportion, the total stays.

    In the ``whole`` columns (names) a cell's whole line should fit, up to twice the
    column's width: a long text there does not take the room of the others."""
    needed = [0.0] * len(widths)
    for row in rows:
        for column, cell in enumerate(row[:len(widths)]):
            need = (min(longest_line(cell), 2 * widths[column]) if column in whole
                    else longest_word(cell))
            needed[column] = max(needed[column], need + CELL_PADDING)
    short = [max(0.0, need - width) for need, width in zip(needed, widths, strict=True)]
    spare = [max(0.0, width - need) for need, width in zip(needed, widths, strict=True)]
    deficit, room = sum(short), sum(spare)
    if not deficit or not room:
        return list(widths)
    moved = min(deficit, room)
    return [width + lack * moved / deficit - extra * moved / room
            for width, lack, extra in zip(widths, short, spare, strict=True)]
