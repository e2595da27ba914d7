"""Cells that a spreadsheet would run as a formula, made harmless on export.

OWASP's advice for CSV injection: a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, which Excel and
LibreOffice show as text and never evaluate. Import takes the apostrophe off again,
so a member whose phone number is "+31 6 1234 5678" survives the round trip.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHIELD = "'"


def neutralise_cell(text: str) -> str:
    """``text`` as a cell that is shown, never evaluated."""
    if text.startswith(FORMULA_STARTS) or (text.startswith(SHIELD)
                                           and text[1:].startswith(FORMULA_STARTS + (SHIELD,))):
        return SHIELD + text
    return text


def restore_cell(text: str) -> str:
    """The text ``neutralise_cell`` was given (a cell typed by hand stays as it is)."""
    if text.startswith(SHIELD) and text[1:].startswith(FORMULA_STARTS + (SHIELD,)):
        return text[1:]
    return text
