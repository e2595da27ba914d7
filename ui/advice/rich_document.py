"""Between the stored advice text (core.documents.richtext) and a QTextDocument.

Loading goes through the same inline parser the printer uses, so what the editor shows
is what prints. Saving writes the stored format and then reads its own output back: a
combination of bold and italic that the format cannot hold is simplified rather than
printed wrongly.
"""

import html
import re
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextListFormat

from core.documents.richtext import inline_markup, parse
from core.documents.text import escape_plain

LINE_SEPARATOR = "\u2028"  # Shift+Enter in a QTextEdit: a line break inside a paragraph
HEADING_SIZES = {1: 1.5, 2: 1.25, 3: 1.1}
BULLET_STYLES = (QTextListFormat.ListDisc, QTextListFormat.ListCircle, QTextListFormat.ListSquare)
_TAG = re.compile(r"(<b>|</b>|<i>|</i>|<br/>)")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


# --- stored text → runs and document ------------------------------------------------

def runs_from_line(line: str) -> list[Run]:
    """The formatted pieces of one stored line, parsed as the printer parses them (the
    text itself as typed: the screen orders right-to-left words itself)."""
    runs, bold, italic = [], False, False
    for token in _TAG.split(inline_markup(line, escape_plain)):
        if token == "<b>":
            bold = True
        elif token == "</b>":
            bold = False
        elif token == "<i>":
            italic = True
        elif token == "</i>":
            italic = False
        elif token == "<br/>":
            runs.append(Run("\n", bold, italic))
        elif token:
            runs.append(Run(html.unescape(token), bold, italic))
    return runs


def spaced(block_format: QTextBlockFormat, level: int) -> QTextBlockFormat:
    """Room between paragraphs on screen, as on paper (it is not stored)."""
    block_format.setBottomMargin(4 if level else 6)
    block_format.setTopMargin(8 if level else 0)
    return block_format


def heading_format(level: int, base: QFont) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setFontWeight(QFont.Bold if level else QFont.Normal)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.5
    char.setFontPointSize(size * HEADING_SIZES.get(level, 1.0))
    return char


def _insert_runs(cursor: QTextCursor, runs: list[Run], base: QTextCharFormat) -> None:
    for run in runs:
        char = QTextCharFormat(base)
        if run.bold:
            char.setFontWeight(QFont.Bold)
        char.setFontItalic(run.italic)
        cursor.insertText(run.text.replace("\n", LINE_SEPARATOR), char)


def load_into(document, text: str) -> None:
    """Replace the document's contents with the stored ``text``."""
    document.clear()
    cursor = QTextCursor(document)
    base_font = document.defaultFont()
    first = True
    for block in parse(text):
        block_format = QTextBlockFormat()
        level = int(block.kind[-1]) if block.kind.startswith("heading") else 0
        block_format.setHeadingLevel(level)
        spaced(block_format, level)
        char = heading_format(level, base_font)
        current_list = None
        lines = block.lines if block.kind != "paragraph" else ["\n".join(block.lines)]
        for line in lines:
            if first:
                cursor.setBlockFormat(block_format)
                first = False
            else:
                cursor.insertBlock(block_format, char)
            if block.kind in ("bullets", "numbers"):
                if current_list is None:
                    list_format = QTextListFormat()
                    list_format.setStyle(QTextListFormat.ListDisc if block.kind == "bullets"
                                         else QTextListFormat.ListDecimal)
                    list_format.setStart(block.start)
                    current_list = cursor.createList(list_format)
                else:
                    current_list.add(cursor.block())
            cursor.setBlockCharFormat(char)
            _insert_runs(cursor, runs_from_line(line), char)


# --- document → stored text ---------------------------------------------------------

def _block_runs(block) -> list[Run]:
    runs = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            char = fragment.charFormat()
            runs.append(Run(fragment.text().replace(LINE_SEPARATOR, "\n"),
                            char.fontWeight() >= QFont.DemiBold, char.fontItalic()))
        iterator += 1
    return runs


def normalized(runs: list[Run], ignore_bold: bool = False) -> list[Run]:
    """Merge neighbours that look alike; spaces take the format of what they follow."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        bold = run.bold and not ignore_bold
        if merged and (not run.text.strip() or (merged[-1].bold, merged[-1].italic)
                       == (bold, run.italic)):
            merged[-1] = Run(merged[-1].text + run.text, merged[-1].bold, merged[-1].italic)
        else:
            merged.append(Run(run.text, bold, run.italic))
    return merged


def _escape(text: str) -> str:
    return text.replace("*", "\\*")


def _wrap(text: str, marker: str) -> str:
    """Put markers around the words, keeping surrounding spaces outside them."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return f"{text[:start]}{marker}{core}{marker}{text[start + len(core):]}"


def _markup(runs: list[Run], italic: bool = True, bold: bool = True) -> str:
    parts, index = [], 0
    while index < len(runs):
        run = runs[index]
        if bold and run.bold:
            inner = []
            while index < len(runs) and runs[index].bold:
                piece = _escape(runs[index].text)
                inner.append(_wrap(piece, "*") if italic and runs[index].italic else piece)
                index += 1
            parts.append(_wrap("".join(inner), "**"))
            continue
        piece = _escape(run.text)
        parts.append(_wrap(piece, "*") if italic and run.italic else piece)
        index += 1
    return "".join(parts)


def _same(first: list[Run], second: list[Run]) -> bool:
    """Equal as a reader sees them: the same words in the same weight and slant."""
    def visible(runs):
        return [(run.text, run.bold, run.italic) if run.text.strip() else (run.text,)
                for run in normalized(runs)]
    return visible(first) == visible(second)


def line_markup(runs: list[Run], ignore_bold: bool = False) -> str:
    """Stored text for one line; simplified where the format cannot say it exactly."""
    wanted = normalized(runs, ignore_bold)
    for italic, bold in ((True, True), (False, True), (False, False)):
        text = _markup(wanted, italic, bold)
        if _same(runs_from_line(text), [Run(r.text, r.bold and bold, r.italic and italic)
                                        for r in wanted]):
            return text
    return _escape("".join(run.text for run in wanted))


def _kind(block) -> tuple[str, object]:
    text_list = block.textList()
    if text_list is not None:
        style = text_list.format().style()
        return ("bullets" if style in BULLET_STYLES else "numbers"), text_list
    level = block.blockFormat().headingLevel()
    if level > 0:
        return f"heading{min(level, 3)}", None
    return "paragraph", None


def document_to_text(document) -> str:
    """The stored format for everything in the document."""
    chunks: list[str] = []
    previous_list = None
    block = document.begin()
    while block.isValid():
        kind, text_list = _kind(block)
        is_heading = kind.startswith("heading")
        body = line_markup(_block_runs(block), ignore_bold=is_heading)
        if body.strip():
            if kind == "bullets":
                line = f"- {body.strip()}"
            elif kind == "numbers":
                number = text_list.format().start() + text_list.itemNumber(block)
                line = f"{number}. {body.strip()}"
            elif is_heading:
                line = f"{'#' * int(kind[-1])} {body.strip()}"
            else:
                line = body.strip("\n ")
            joins_list = text_list is not None and text_list == previous_list
            chunks.append(("\n" if joins_list else "\n\n") + line if chunks else line)
            previous_list = text_list
        else:
            previous_list = None
        block = block.next()
    return "".join(chunks)
