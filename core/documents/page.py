"""The page: A4, the letterhead on page one, a slim running header after it, the footer.

``render(letterhead, info, story)`` turns a list of flowables into PDF bytes.
"""

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from core import APP_NAME, __version__
from core.documents.characters import draw_string
from core.documents.fonts import BOLD, FAMILY, register_fonts
from core.documents.styles import ACCENT, CONFIDENTIAL, DRAFT_MARK, MUTED, RULE
from core.documents.text import clean
from core.i18n import current_language, format_date, tr
from core.profile import CouncilProfile

# Binary (zlib only) streams: ASCII85 text encoding runs in pure Python here, and made
# the logo alone cost more than a page of text. PDF readers need no ASCII streams.
rl_config.useA85 = 0

# Every PDF names the program and its version as its maker (PDF metadata).
MAKER = f"{APP_NAME} {__version__}"
PDF_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
BOTTOM = 22 * mm
LETTERHEAD_HEIGHT = 44 * mm  # page one: logo, name and contact block live above this
RUNNING_HEADER = 20 * mm
# Dutch window envelope (window on the left): the address shows through here.
WINDOW_LEFT = 25 * mm
WINDOW_TOP = 50 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 36 * mm
LETTER_BODY_TOP = 95 * mm
CONTACT_LEFT = 132 * mm
LOGO_MAX = (42 * mm, 22 * mm)
LOGO_PIXELS = 640  # longest side kept for print: sharp at 22 mm


@dataclass
class Letterhead:
    """The council profile plus its logo's bytes: all a page needs to draw its head."""

    profile: CouncilProfile
    logo: bytes | None = None


@dataclass
class DocumentInfo:
    title: str
    subject: str = ""
    print_date: dt.date = field(default_factory=dt.date.today)
    # Left of the page number; None: "Printed on <date>" (letters put their date there).
    footer_note: str | None = None
    # The document shows sensitive details (health, income): every page says so at the top.
    confidential: bool = False
    # A draft (concept) carries a diagonal mark on every page, so it never passes as final.
    draft: bool = False
    # The page number's text from (page, pages); None: "Page 1 of 3". The meeting pack
    # numbers its agenda pages as pages of the whole pack this way.
    page_text: Callable[[int, int], str] | None = None


def _contact_lines(profile: CouncilProfile) -> list[str]:
    lines = [line for line in clean(profile.postal_address).split("\n") if line.strip()]
    if profile.visiting_address.strip():
        lines.append(tr("Visiting address: {address}", address=clean(profile.visiting_address)))
    lines += [clean(value) for value in (profile.phone, profile.email, profile.website)
              if value.strip()]
    return lines


@lru_cache(maxsize=4)
def _logo_image(logo: bytes) -> ImageReader | None:
    """The logo, reduced once to what print needs (~600 dpi in its box): a large PNG
    would otherwise cost more time per letter than all its text."""
    try:
        with PILImage.open(io.BytesIO(logo)) as image:
            image.load()
            picture = image.convert("RGBA") if image.mode not in ("RGB", "RGBA") else image.copy()
    except Exception:  # noqa: BLE001 - a broken logo must never stop a letter
        return None
    picture.thumbnail((LOGO_PIXELS, LOGO_PIXELS), PILImage.Resampling.LANCZOS)
    return ImageReader(picture)


def _draw_logo(canvas, logo: bytes | None, x: float, top: float) -> float:
    """Draw the logo scaled into its box; returns the width used (0 without logo)."""
    image = _logo_image(bytes(logo)) if logo else None
    if image is None:
        return 0
    width, height = image.getSize()
    scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    drawn_w, drawn_h = width * scale, height * scale
    canvas.drawImage(image, x, top - drawn_h, drawn_w, drawn_h, mask="auto")
    return drawn_w + 5 * mm


def _fit(canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so that it fits ``width`` on one line."""
    text = " ".join(text.split())
    if canvas.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # binary search: a 10,000-character name stays fast
    while low < high:
        middle = (low + high + 1) // 2
        if canvas.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _wrapped(canvas, text: str, font: str, size: float, width: float,
             max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``; the last line allowed ends in an ellipsis if cut."""
    lines = simpleSplit(" ".join(text.split()), font, size, width)
    if len(lines) <= max_lines:
        return lines
    rest = " ".join(lines[max_lines - 1:])
    return lines[:max_lines - 1] + [_fit(canvas, rest + " …", font, size, width)]


def _draw_lines(canvas, lines: list[str], x: float, y: float, leading: float) -> float:
    for line in lines:
        draw_string(canvas, x, y, line)
        y -= leading
    return y


def draw_letterhead(canvas, head: Letterhead) -> None:
    profile = head.profile
    top = PAGE_HEIGHT - 14 * mm
    name_x = LEFT + _draw_logo(canvas, head.logo, LEFT, top)
    name_width = CONTACT_LEFT - name_x - 6 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 13)
    name_lines = _wrapped(canvas, clean(profile.name), BOLD, 13, name_width, 2)
    y = _draw_lines(canvas, name_lines, name_x, top - 12, 16)
    canvas.setFont(FAMILY, 9)
    canvas.setFillColor(MUTED)
    municipality = " ".join(clean(profile.municipality).split())
    if municipality and municipality.casefold() not in clean(profile.name).casefold():
        draw_string(canvas, name_x, y - 1, _fit(canvas, municipality, FAMILY, 9, name_width))
    canvas.setFont(FAMILY, 7.8)
    width = PAGE_WIDTH - RIGHT - CONTACT_LEFT
    y = top - 6
    for line in _contact_lines(profile)[:8]:
        y = _draw_lines(canvas, _wrapped(canvas, line, FAMILY, 7.8, width, 2),
                        CONTACT_LEFT, y, 10)
        if y < PAGE_HEIGHT - LETTERHEAD_HEIGHT + 8 * mm:
            break  # never into the rule below the letterhead
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    rule_y = PAGE_HEIGHT - LETTERHEAD_HEIGHT + 4 * mm
    canvas.line(LEFT, rule_y, PAGE_WIDTH - RIGHT, rule_y)


def draw_running_header(canvas, head: Letterhead, title: str) -> None:
    y = PAGE_HEIGHT - 13 * mm
    gap = 6 * mm
    room = PAGE_WIDTH - LEFT - RIGHT - gap
    # The name takes what it needs up to half the line; the title gets all the rest, so a
    # long title ("… tot en met 22 november 2026") is only shortened when it must be.
    name = _fit(canvas, clean(head.profile.name), BOLD, 8.5, room / 2)
    name_width = canvas.stringWidth(name, BOLD, 8.5)
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(ACCENT)
    draw_string(canvas, LEFT, y, name)
    canvas.setFont(FAMILY, 8.5)
    canvas.setFillColor(MUTED)
    draw_string(canvas, PAGE_WIDTH - RIGHT, y,
                _fit(canvas, clean(title), FAMILY, 8.5, room - name_width), align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, y - 5, PAGE_WIDTH - RIGHT, y - 5)


def confidential_mark() -> str:
    return tr("Confidential — contains sensitive details")


def draw_confidential_mark(canvas) -> None:
    """Above the letterhead or running header, on every page of a sensitive document."""
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(CONFIDENTIAL)
    canvas.drawCentredString(LEFT + (PAGE_WIDTH - LEFT - RIGHT) / 2, PAGE_HEIGHT - 8 * mm,
                             confidential_mark())


def draw_draft_mark(canvas) -> None:
    """'CONCEPT' diagonally across the page, light enough to read the text through."""
    canvas.saveState()
    canvas.setFillColor(DRAFT_MARK)
    canvas.setFillAlpha(0.22)
    canvas.setFont(BOLD, 110)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -38, tr("DRAFT"))
    canvas.restoreState()


def _numbered_canvas(info: DocumentInfo):
    """A canvas class that knows the page count when it draws the footers."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            if info.draft:
                draw_draft_mark(self)
            self.setFont(FAMILY, 8)
            self.setFillColor(MUTED)
            y = 12 * mm
            note = info.footer_note
            if note is None:
                note = tr("Printed on {date}", date=format_date(info.print_date))
            width = (PAGE_WIDTH - LEFT - RIGHT) * 0.7
            draw_string(self, LEFT, y, _fit(self, clean(note), FAMILY, 8, width))
            page_text = info.page_text or (
                lambda page, pages: tr("Page {page} of {total}", page=page, total=pages))
            self.drawRightString(PAGE_WIDTH - RIGHT, y, page_text(self.getPageNumber(), total))

    return NumberedCanvas


class CouncilDocument(BaseDocTemplate):
    """A4 with three page kinds: 'first' (letterhead), 'letter' (letterhead and
    address window), and 'later' (running header)."""

    def __init__(self, buffer, head: Letterhead, info: DocumentInfo, letter: bool = False):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=RUNNING_HEADER,
            bottomMargin=BOTTOM,
            title=clean(info.title),
            author=clean(head.profile.name),
            subject=clean(info.subject or info.title),
            creator=MAKER,
            producer=MAKER,
            lang=document_language(),
            # The canvas would otherwise name Helvetica as its first font, unused and not
            # embedded: a print shop's preflight flags every such PDF.
            initialFontName=FAMILY,
        )
        self.head = head
        self.info = info
        width = PAGE_WIDTH - LEFT - RIGHT
        first = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - LETTERHEAD_HEIGHT - BOTTOM,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0)
        window = Frame(WINDOW_LEFT, PAGE_HEIGHT - WINDOW_TOP - WINDOW_HEIGHT, WINDOW_WIDTH,
                       WINDOW_HEIGHT, id="window", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
        letter_body = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - LETTER_BODY_TOP - BOTTOM,
                            id="letter_body", leftPadding=0, rightPadding=0, topPadding=0)
        later = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - RUNNING_HEADER - BOTTOM - 4 * mm,
                      id="later", leftPadding=0, rightPadding=0, topPadding=0)
        opening = (
            PageTemplate("letter", [window, letter_body], onPage=self._first_page,
                         autoNextPageTemplate="later")
            if letter
            else PageTemplate("first", [first], onPage=self._first_page,
                              autoNextPageTemplate="later")
        )
        # The first template in the list is the one page one uses.
        self.addPageTemplates([opening, PageTemplate("later", [later], onPage=self._later_page)])

    def _first_page(self, canvas, _doc) -> None:
        draw_letterhead(canvas, self.head)
        if self.info.confidential:
            draw_confidential_mark(canvas)

    def _later_page(self, canvas, _doc) -> None:
        draw_running_header(canvas, self.head, self.info.title)
        if self.info.confidential:
            draw_confidential_mark(canvas)


def render(head: Letterhead, info: DocumentInfo, story: list, letter: bool = False) -> bytes:
    """Lay out ``story`` on council paper; ``letter`` starts with the address window."""
    register_fonts()
    buffer = io.BytesIO()
    document = CouncilDocument(buffer, head, info, letter)
    document.build(story, canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()


def document_language() -> str:
    """The PDF's language tag (screen readers and print shops read it): nl-NL or en-GB."""
    return PDF_LANGUAGES.get(current_language(), "nl-NL")


class ContentsDocument(CouncilDocument):
    """A council document whose headings marked with ``contents_entry`` fill its contents
    list, with the page each heading landed on."""

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab's name
        entry = getattr(flowable, "contents_entry", None)
        if entry is not None:
            level, text = entry
            self.notify("TOCEntry", (level, text, self.page))


def contents_heading(paragraph, text: str, level: int = 0):
    """Mark a heading paragraph so that the contents list names it (``text`` unescaped)."""
    paragraph.contents_entry = (level, clean(text))
    return paragraph


def render_with_contents(head: Letterhead, info: DocumentInfo, story: list) -> bytes:
    """Like ``render``, laid out until the page numbers in the contents list are right."""
    register_fonts()
    buffer = io.BytesIO()
    document = ContentsDocument(buffer, head, info)
    document.multiBuild(story, canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()
