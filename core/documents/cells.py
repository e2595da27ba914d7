"""A table cell of typed text that costs little to measure and draw.

A ReportLab Paragraph parses markup and breaks its lines again each time it is measured:
a table cell is measured three times (row height, page table, drawing), which made a list
of 10,000 members take many seconds. Most cells hold plain text in the main font, so a
``TextCell`` breaks it into lines once per width and draws them with ``drawString``; text
that needs more (another font, a word wider than its column, an indent) stays a Paragraph.
"""

import re
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from core.documents.characters import font_runs, for_print
from core.documents.fonts import FAMILY
from core.documents.text import clean, escape_text

# Whitespace other than a Paragraph's word breaks (space, tab, line break) — a no-break
# space, say — and the soft hyphen: text with them is left to the Paragraph.
_ODD_SPACE = re.compile("[^\\S \t\n]|\u00ad")
_ALIGNED = (TA_LEFT, TA_RIGHT, TA_CENTER)
Line = tuple[str, float]  # a printed line and its width


def text_cell(text: str | None, style: ParagraphStyle) -> "TextCell | None":
    """Typed text as a ``TextCell`` where that prints as a Paragraph would, else None."""
    printed = for_print(clean(text))
    return TextCell(printed, style) if _plain(printed, style) else None


def _plain(text: str, style: ParagraphStyle) -> bool:
    if style.alignment not in _ALIGNED or (not text.strip() and "\n" in text):
        return False  # (blank lines alone: a Paragraph counts them in its own way)
    if style.leftIndent or style.rightIndent or style.firstLineIndent:
        return False
    if _ODD_SPACE.search(text):
        return False
    return all(font == FAMILY for font, _run in font_runs(text))


@lru_cache(maxsize=50_000)
def word_width(word: str, font: str, size: float) -> float:
    """A word's printed width; names and words repeat in every list, so it is kept."""
    return stringWidth(word, font, size)


class TextCell(Flowable):
    """Plain text in one font, broken at spaces as a Paragraph would, measured once per
    width; a word wider than the column hands the text over to a Paragraph."""

    def __init__(self, text: str, style: ParagraphStyle,
                 broken: tuple[float, list[Line]] | None = None):
        super().__init__()
        self.text, self.style = text, style
        # The width the lines were broken at, and the lines.
        self._width: float | None = broken[0] if broken else None
        self._lines: list[Line] | None = broken[1] if broken else None
        self._paragraph: Paragraph | None = None

    # --- measuring -----------------------------------------------------------------
    def _break(self, width: float) -> list[Line] | None:
        """The lines at ``width``, or None when a single word is wider than that.

        As ReportLab's Paragraph: a word joins the line while the line fits, its spaces
        allowed to shrink by the style's ``spaceShrinkage``."""
        name, size = self.style.fontName, self.style.fontSize
        space = word_width(" ", name, size)
        shrink = self.style.spaceShrinkage * space
        lines: list[Line] = []
        for typed in _hard_lines(self.text):
            current: list[str] = []
            used = -space
            for word in typed.split():
                width_of_word = word_width(word, name, size)
                if width_of_word > width:
                    return None
                if current and used + space + width_of_word > width + shrink * len(current):
                    lines.append((" ".join(current), used))
                    current, used = [], -space
                current.append(word)
                used += space + width_of_word
            lines.append((" ".join(current), max(used, 0.0)))
        return lines

    def wrap(self, available_width, available_height):
        if self._paragraph is None and self._width != available_width:
            self._width, self._lines = available_width, self._break(available_width)
            if self._lines is None:
                self._paragraph = Paragraph(escape_text(self.text), self.style)
        if self._paragraph is not None:
            return self._paragraph.wrap(available_width, available_height)
        self.width = available_width
        self.height = len(self._lines or []) * self.style.leading
        return self.width, self.height

    def split(self, available_width, available_height):
        # Split as last measured, as a Paragraph does: a table splitting a row passes the
        # column's width without its padding.
        if self._lines is None and self._paragraph is None:
            self.wrap(available_width, available_height)
        if self._paragraph is not None:
            return self._paragraph.split(available_width, available_height)
        lines = self._lines or []
        fitting = int(available_height / self.style.leading)
        # As the shared styles ask: no lone first or last line at a page edge.
        if fitting <= 1:
            return []
        if len(lines) <= fitting:
            return [self]
        if len(lines) == fitting + 1:
            if len(lines) <= 3:
                return []
            fitting -= 1
        return [self._part(lines[:fitting]), self._part(lines[fitting:])]

    def _part(self, lines: list[Line]) -> "TextCell":
        text = "\n".join(line for line, _width in lines)
        return TextCell(text, self.style, (self._width or 0.0, lines))

    # --- drawing -------------------------------------------------------------------
    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 - ReportLab's names
        """Drawn where it stands, without the move of the origin that every flowable
        costs (a list has tens of thousands of cells)."""
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
        elif self._lines:  # an empty cell: not even a font change in the page's content
            canvas.saveState()
            canvas.setFillColor(self.style.textColor)
            canvas.drawText(self._text_object(canvas, x, y))
            canvas.restoreState()

    def draw(self):
        self.drawOn(self.canv, 0, 0)

    def _text_object(self, canvas, x: float, y: float):
        style = self.style
        text = canvas.beginText()
        text.setFont(style.fontName, style.fontSize)
        # The first baseline one font size below the top, as ReportLab's Paragraph has it.
        baseline = y + self.height - style.fontSize
        for line, width in self._lines or []:
            room = self.width - width
            if room >= 0:
                shift = {TA_RIGHT: room, TA_CENTER: room / 2}.get(int(style.alignment), 0.0)
                text.setTextOrigin(x + shift, baseline)
                text.textOut(line)
            else:  # it fits only with its spaces shrunk (see _break)
                text.setTextOrigin(x, baseline)
                text.setWordSpace(room / line.count(" "))
                text.textOut(line)
                text.setWordSpace(0)
            baseline -= style.leading
        return text


def _hard_lines(text: str) -> list[str]:
    """The typed lines as a Paragraph counts them: a final line break adds no line."""
    if not text.strip():
        return []
    lines = text.split("\n")
    return lines[:-1] if len(lines) > 1 and not lines[-1].strip() else lines
