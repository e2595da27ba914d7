"""Dutch alphabetical order: by last name without the prefix, accents ignored.

"van der Berg" sorts under B, "Øzdemir" beside "Ozturk", "Ōgai" under O.
"""

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_BASE_LETTERS = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th",
})
SEPARATOR = "\x1f"  # below every letter, so "Berg" sorts before "Bergen"


def fold(text: str) -> str:
    """Lower case without accents: 'Øzdemir' -> 'ozdemir', 'Ōgai' -> 'ogai'."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_BASE_LETTERS))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.casefold()


def _letters(text: str) -> str:
    """Only letters, digits and single spaces: "van 't Hof" and "'t Hof" sort alike."""
    kept = "".join(char if char.isalnum() else " " for char in fold(text))
    return " ".join(kept.split())


def sort_name(first_name: str, prefix: str, last_name: str) -> str:
    return SEPARATOR.join((_letters(last_name), _letters(first_name), _letters(prefix)))


def search_text(*parts: str) -> str:
    """What free-text search looks in: every part folded, on one line."""
    return " | ".join(fold(part).replace("\n", " ") for part in parts if part)
