"""The bundled fonts: Noto Sans (SIL OFL 1.1) for the text, DejaVu Sans (Bitstream Vera
licence) for the scripts and symbols Noto Sans lacks (see core/documents/characters.py)."""

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import resource_path

FAMILY = "RaadswerkSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
FALLBACK = "RaadswerkFallback"
FALLBACK_BOLD = f"{FALLBACK}-Bold"
# The faces a family's text may be printed in (for what every one of them can print).
FACES = {FAMILY: (FAMILY, BOLD, ITALIC, BOLD_ITALIC), FALLBACK: (FALLBACK, FALLBACK_BOLD)}

_FILES = {
    FAMILY: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}


def register_fonts() -> None:
    """Register the family once; <b> and <i> in paragraphs map to its faces. The fallback's
    faces are mapped too, but read only when a text needs them (``register_fallback``):
    reading a font file takes 10 ms, and most documents never print Hebrew or Arabic."""
    if FAMILY in pdfmetrics.getRegisteredFontNames():
        return
    for name in FACES[FAMILY]:
        _register(name)
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # DejaVu's slanted faces lack Arabic: italic fallback text prints upright instead.
    for italic in (0, 1):
        addMapping(FALLBACK, 0, italic, FALLBACK)
        addMapping(FALLBACK, 1, italic, FALLBACK_BOLD)
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD,
                                  italic=FALLBACK, boldItalic=FALLBACK_BOLD)


def register_fallback() -> None:
    """Read the fallback's faces (once), before text is printed in them."""
    register_fonts()
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        for name in FACES[FALLBACK]:
            _register(name)


def _register(name: str) -> None:
    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FILES[name]))))
