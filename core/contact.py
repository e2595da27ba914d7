"""E-mail addresses and phone numbers as people type them: one check for every feature."""

import re

from core.errors import ValidationError
from core.i18n import tr

_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()./-]+$")
PHONE_DIGITS = (8, 15)


def check_email(text: str | None, field: str = "email") -> str:
    """The address without surrounding spaces ('' when empty); refused when malformed."""
    email = (text or "").strip()
    if email and not _EMAIL.match(email):
        raise ValidationError(
            tr("'{email}' is not an e-mail address. Write it as name@example.nl.",
               email=email[:60]),
            field,
        )
    return email


def check_phone(text: str | None, field: str = "phone") -> str:
    """The number with single spaces ('' when empty); refused when it cannot be dialled."""
    phone = " ".join((text or "").split())
    if not phone:
        return ""
    digits = sum(char.isdigit() for char in phone)
    low, high = PHONE_DIGITS
    if not _PHONE_CHARACTERS.match(phone) or not low <= digits <= high:
        raise ValidationError(
            tr("'{phone}' is not a phone number. Write it as 06-12345678 or +31 6 12345678.",
               phone=phone[:40]),
            field,
        )
    return phone
