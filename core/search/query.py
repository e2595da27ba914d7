"""From what the user types to an FTS5 query: folded words, each one matched as a prefix.

Case and accents never matter ("ozdemir" finds "Øzdemir"), the start of a word is enough
("wachtl" finds "wachtlijsten") and every further word narrows the result.
"""

import re
from functools import lru_cache

from core.members.sorting import fold

MAX_WORDS = 10
MAX_WORD_LENGTH = 100
# Runs of letters and digits, the same words the index's tokenizer makes.
_WORD = re.compile(r"[^\W_]+")


def query_words(text: str) -> list[str]:
    """The folded words of a query, at most ten, each cut to a sane length."""
    return [word[:MAX_WORD_LENGTH] for word in _WORD.findall(fold(text or ""))][:MAX_WORDS]


def match_expression(words: list[str], columns: tuple[str, ...] = ()) -> str:
    """Every word as a prefix; with ``columns`` only those columns are searched."""
    terms = " ".join(f'"{word}"*' for word in words)
    if columns:
        return "{" + " ".join(columns) + "} : (" + terms + ")"
    return terms


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded[0] if folded else char


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_in_place(text: str) -> str:
    """``text`` lower case without accents, every character kept at its place (so that a
    match's position in the folded text is its position in the original)."""
    if not text.isascii():
        text = _NOT_ASCII.sub(lambda found: _fold_char(found.group()), text)
    return text.lower()


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")


def matched_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` (start, end) a word begins with one of the query words."""
    if not text or not words:
        return []
    return [found.span() for found in _pattern(tuple(words)).finditer(fold_in_place(text))]


def contains(text: str, words: list[str]) -> bool:
    """Whether a word of ``text`` begins with one of the query words."""
    return bool(text and words and _pattern(tuple(words)).search(fold_in_place(text)))


def snippet(text: str, words: list[str], width: int = 90) -> tuple[str, list[tuple[int, int]]]:
    """A line of ``text`` around its first match, with the matches' spans within it."""
    line = " ".join(text.split())
    folded = fold_in_place(line)
    pattern = _pattern(tuple(words))
    first = pattern.search(folded)
    if first is None:
        return line[:width], []
    start = max(0, first.start() - width // 3)
    if start:
        space = line.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start
    end = min(len(line), start + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(line) else ""
    shift = len(prefix) - start
    spans = [(found.start() + shift, min(found.end(), end) + shift)
             for found in pattern.finditer(folded, start, end)]
    return prefix + line[start:end] + suffix, spans

def index_filter(index: str, text: str, column: str) -> tuple[str, list] | None:
    """A WHERE clause keeping the rows of ``column`` whose index matches ``text``."""
    words = query_words(text)
    if not words:
        return None
    return (f"{column} IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)",
            [match_expression(words)])
