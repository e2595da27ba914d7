"""From what the user types to an FTS5 query: folded words, each one matched as a prefix.

Case and accents never matter ("ozdemir" finds "Øzdemir"), the start of a word is enough
("wachtl" finds "wachtlijsten") and every further word narrows the result.
"""

import re
from collections.abc import Iterator
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


@lru_cache(maxsize=256)
def fold_in_place(text: str) -> str:
    """``text`` lower case without accents, every character kept at its place (so that a
    match's position in the folded text is its position in the original)."""
    if not text.isascii():
        for char in {char for char in set(text) if ord(char) > 127}:
            text = text.replace(char, _fold_char(char))
    return text.lower()


def _starts(folded: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where in ``folded`` a word begins with ``word`` (str.find: fast on long texts)."""
    end = len(folded) if end is None else end
    position = folded.find(word, start, end)
    while position >= 0:
        if position == 0 or not folded[position - 1].isalnum():
            yield position
        position = folded.find(word, position + 1, end)


def _word_end(folded: str, position: int) -> int:
    match = _WORD.match(folded, position)
    return match.end() if match else position  # a word starts at position: it matches


def matched_spans(text: str, words: list[str], start: int = 0,
                  end: int | None = None) -> list[tuple[int, int]]:
    """Where in ``text`` (start, end) a word begins with one of the query words."""
    if not text or not words:
        return []
    end = len(text) if end is None else end
    folded = fold_in_place(text[start:end])
    found = {(start + position, start + _word_end(folded, position))
             for word in words for position in _starts(folded, word)}
    return sorted(found)


def contains(text: str, words: list[str]) -> bool:
    """Whether a word of ``text`` begins with one of the query words."""
    if not text or not words:
        return False
    folded = fold_in_place(text)
    return any(next(_starts(folded, word), None) is not None for word in words)


def snippet(text: str, words: list[str], width: int = 90) -> tuple[str, list[tuple[int, int]]]:
    """A line of ``text`` around its first match, with the matches' spans within it."""
    # Line breaks become spaces one for one, so positions in the text stay valid.
    line = text
    for space in "\n\r\t\f\v":
        line = line.replace(space, " ")
    folded = fold_in_place(line)
    found = [next(_starts(folded, word), None) for word in words]
    firsts = [position for position in found if position is not None]
    if not firsts:
        return line[:width].strip(), []
    first = min(firsts)
    start = max(0, first - width // 3)
    if start:
        blank = line.find(" ", start, first)
        start = blank + 1 if blank >= 0 else start
    end = min(len(line), start + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(line) else ""
    shift = len(prefix) - start
    spans = [(a + shift, min(b, end) + shift) for a, b in matched_spans(line, words, start, end)]
    return prefix + line[start:end] + suffix, spans

def index_filter(index: str, text: str, column: str) -> tuple[str, list] | None:
    """A WHERE clause keeping the rows of ``column`` whose index matches ``text``."""
    words = query_words(text)
    if not words:
        return None
    # "+": the list's own order (an index on its date) leads, and stops at a page's end.
    return (f"+{column} IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)",
            [match_expression(words)])


def count_matches(db, index: str, text: str) -> int | None:
    """How many records of ``index`` match ``text``; None without words to look for."""
    words = query_words(text)
    if not words:
        return None
    return db.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH ?",
                      [match_expression(words)]).fetchone()[0]
