"""The one simple stored format for formatted text (letter bodies, advice texts).

A small, Markdown-like subset that a person can also type by hand:

    # Heading / ## Subheading / ### Minor heading
    - bullet item        (also "* " and "• ")
    1. numbered item     (also "1) ")
    **bold**  *italic*   \\* for a literal asterisk

Blank lines separate paragraphs; a single line break inside a paragraph is kept.
Everything else prints literally: text is escaped before it becomes markup.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer

from core.documents.styles import STYLES
from core.documents.text import clean, escape_text

_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,4})[.)]\s+(.*)$")
_ESCAPED_STAR = "\ue000"  # private-use character: stands in for a typed \\*
CHUNK_LINES = 40
CHUNK_CHARS = 4000


@dataclass
class Block:
    kind: str  # heading1..3, paragraph, bullets, numbers
    lines: list[str] = field(default_factory=list)
    start: int = 1


def _line_kind(line: str) -> tuple[str, str, int]:
    if match := _HEADING.match(line):
        return f"heading{len(match.group(1))}", match.group(2), 1
    if match := _BULLET.match(line):
        return "bullets", match.group(1), 1
    if match := _NUMBER.match(line):
        return "numbers", match.group(2), int(match.group(1))
    return "paragraph", line, 1


def parse(text: str | None) -> list[Block]:
    """Split stored text into blocks: headings, paragraphs and lists."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw in clean(text).split("\n"):
        if not raw.strip():
            current = None
            continue
        kind, content, number = _line_kind(raw)
        if kind.startswith("heading"):
            blocks.append(Block(kind, [content]))
            current = None
        elif current is not None and current.kind == kind:
            current.lines.append(content)
        else:
            current = Block(kind, [content], start=number)
            blocks.append(current)
    return blocks


def _italic(segment: str) -> str:
    return re.sub(r"\*(?=\S)(.+?)(?<=\S)\*", r"<i>\1</i>", segment)


def without_marks(line: str) -> str:
    """A line of the stored format as it reads: bold and italic marks off, \\* a star."""
    protected = line.replace("\\*", _ESCAPED_STAR)
    plain = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"\1", protected)
    plain = re.sub(r"\*(?=\S)(.+?)(?<=\S)\*", r"\1", plain)
    return plain.replace(_ESCAPED_STAR, "*")


def escape_stored(sentence: str) -> str:
    """A sentence to print as it is, inside a paragraph of the stored format (a subject
    with asterisks in it must not turn bold)."""
    return sentence.replace("*", "\\*")


def inline_markup(text: str, escape: Callable[[str], str] = escape_text) -> str:
    """Escape ``text`` and turn **bold** and *italic* into properly nested tags; ``escape``
    is the print's (fonts, reading order) unless a screen passes ``escape_plain``."""
    # The stand-in goes in after escaping: escaping would print it as a missing character.
    escaped = _ESCAPED_STAR.join(escape(piece) for piece in text.split("\\*"))
    parts = re.split(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", escaped)
    # re.split with one group alternates: plain, bold, plain, bold, ...
    html = "".join(
        f"<b>{_italic(part)}</b>" if index % 2 else _italic(part)
        for index, part in enumerate(parts)
    )
    return html.replace(_ESCAPED_STAR, "*")


def _list_flowable(block: Block, style) -> ListFlowable:
    """Bullets and numbers in the text's own font and size, hanging in a fixed indent."""
    item_style = ParagraphStyle(f"{style.name}_item", parent=style, spaceAfter=2)
    indent = 6 * mm
    items = [ListItem(Paragraph(inline_markup(line), item_style), leftIndent=indent)
             for line in block.lines]
    common = {"leftIndent": indent, "bulletFontName": style.fontName,
              "bulletFontSize": style.fontSize, "bulletColor": style.textColor,
              "spaceAfter": style.spaceAfter, "bulletDedent": indent}
    # types-reportlab leaves ListItem out of what a ListFlowable holds; ReportLab takes it.
    if block.kind == "bullets":
        return ListFlowable(items, bulletType="bullet", start="•",  # type: ignore[arg-type]
                            **common)
    return ListFlowable(items, bulletType="1", start=block.start,  # type: ignore[arg-type]
                        bulletFormat="%s.", **common)


def _pieces(lines: list[str]) -> list[list[str]]:
    """Lines in pieces of at most CHUNK_LINES lines (and about CHUNK_CHARS characters)."""
    pieces: list[list[str]] = []
    current: list[str] = []
    size = 0
    for line in lines:
        for part in _sentences(line):
            if current and (len(current) >= CHUNK_LINES or size + len(part) > CHUNK_CHARS):
                pieces.append(current)
                current, size = [], 0
            current.append(part)
            size += len(part)
    return [*pieces, current] if current else pieces


def _sentences(line: str) -> list[str]:
    """A line longer than CHUNK_CHARS cut after sentences (else words), never mid-word."""
    if len(line) <= CHUNK_CHARS:
        return [line]
    parts, rest = [], line
    while len(rest) > CHUNK_CHARS:
        cut = max(rest.rfind(". ", 0, CHUNK_CHARS), rest.rfind(" ", 0, CHUNK_CHARS // 2))
        cut = cut + 1 if cut > 0 else CHUNK_CHARS
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*parts, rest] if rest else parts


def chunked_paragraph(lines: list[str], style, markup=escape_text) -> list:
    """One paragraph of typed lines as several Paragraphs that read as one.

    A single Paragraph re-measures all of its remaining text at every page break, so a
    text of thousands of lines costs quadratic time; pieces of a few dozen lines (joined
    without space between them) keep it linear.
    """
    pieces = _pieces(lines)
    if len(pieces) <= 1:
        return [Paragraph(markup("\n".join(lines)), style)]
    # Space above the first piece and below the last, none where the pieces meet.
    first = ParagraphStyle(f"{style.name}_first", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}_middle", parent=first, spaceBefore=0)
    last = ParagraphStyle(f"{style.name}_last", parent=style, spaceBefore=0)
    styles = [first] + [middle] * (len(pieces) - 2) + [last]
    return [Paragraph(markup("\n".join(piece)), piece_style)
            for piece, piece_style in zip(pieces, styles, strict=True)]


def to_flowables(text: str | None, style=None) -> list:
    """Stored text → flowables; an empty text gives an empty list."""
    style = style or STYLES["body"]
    headings = {"heading1": STYLES["h1"], "heading2": STYLES["h2"], "heading3": STYLES["h3"]}
    story: list[Flowable] = []
    for block in parse(text):
        if block.kind in headings:
            story.append(Paragraph(inline_markup(block.lines[0]), headings[block.kind]))
        elif block.kind == "paragraph":
            story += chunked_paragraph(block.lines, style, inline_markup)
        else:
            story.append(_list_flowable(block, style))
    if story:
        story.append(Spacer(1, 2))
    return story


