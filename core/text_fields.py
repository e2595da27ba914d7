"""Limits on typed text: a field that is too long is refused with a message, never cut."""

from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import tr


def check_length(value: str, limit: int, field: str) -> str:
    if len(value) > limit:
        raise ValidationError(
            tr("This field is too long ({count} characters; at most {limit}).",
               count=len(value), limit=limit),
            field,
        )
    return value


def short_text(value: str | None, limit: int, field: str) -> str:
    """Cleaned text without surrounding spaces, refused when longer than ``limit``."""
    return check_length(clean(value or "").strip(), limit, field)
