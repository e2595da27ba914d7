"""Search the whole council file: hits grouped by kind, newest first, matches marked."""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from core.i18n import tr
from core.search.kinds import Kind, kinds_in
from core.search.query import contains, match_expression, query_words, snippet

DEFAULT_LIMIT = 10
WALK_FROM = 200  # hits; from here on the newest are found by walking the records


@dataclass
class SearchHit:
    kind: str
    record_id: int
    day: dt.date | None
    title: str
    fields: list[str]  # labels of the fields the words were found in
    snippet: str
    marks: list[tuple[int, int]] = field(default_factory=list)  # spans within the snippet
    section: str | None = None  # the window section that opens the hit
    item_id: int | None = None


@dataclass
class SearchGroup:
    kind: str
    label: str
    total: int
    hits: list[SearchHit]


def search(db: Database, text: str, *, groups: tuple[str, ...] | None = None,
           include_sensitive: bool = False, limit: int | None = DEFAULT_LIMIT
           ) -> list[SearchGroup]:
    """Every kind with hits for ``text``; ``limit`` hits per kind (None: all of them)."""
    words = query_words(text)
    if not words:
        return []
    found = []
    for kind in kinds_in(groups):
        group = _search_kind(db, kind, words, include_sensitive, limit)
        if group.total:
            found.append(group)
    return found


def _expression(kind: Kind, words: list[str], include_sensitive: bool) -> str:
    if kind.private_field and not include_sensitive:
        return match_expression(words, ("body",))
    return match_expression(words)


def _search_kind(db: Database, kind: Kind, words: list[str], include_sensitive: bool,
                 limit: int | None) -> SearchGroup:
    expression = _expression(kind, words, include_sensitive)
    total = db.execute(f"SELECT count(*) FROM {kind.index} WHERE {kind.index} MATCH ?",
                       [expression]).fetchone()[0]
    hits = []
    if total:
        hits = _hits(db, kind, _newest(db, kind, expression, total, limit), words,
                     include_sensitive)
    return SearchGroup(kind.code, tr(kind.label), total, hits)


def _newest(db: Database, kind: Kind, expression: str, total: int,
            limit: int | None) -> list[int]:
    """The ids of the newest hits. With many hits, walking the records newest first and
    keeping those that match stops early; with few, sorting the hits is quicker."""
    if limit is not None and total >= WALK_FROM:
        condition = (f"+t.id IN (SELECT rowid FROM {kind.index} "
                     f"WHERE {kind.index} MATCH ?)")
        sql = f"SELECT t.id FROM {kind.source} WHERE {condition}"
    else:
        sql = (f"SELECT t.id FROM {kind.source} JOIN {kind.index} "
               f"ON {kind.index}.rowid = t.id WHERE {kind.index} MATCH ?")
    rows = db.execute(f"{sql} ORDER BY {kind.day} DESC, t.id DESC LIMIT ?",
                      [expression, -1 if limit is None else limit]).fetchall()
    return [row[0] for row in rows]


def _detail_sql(kind: Kind, count: int) -> str:
    title = kind.title or kind.fields[0][1]
    code = kind.fallback[0] if kind.fallback else "''"
    columns = ["t.id", kind.day, kind.section, kind.target, kind.sensitive, title, code]
    columns += [sql for _, sql in kind.fields]
    marks = ", ".join("?" * count)
    return f"SELECT {', '.join(columns)} FROM {kind.source} WHERE t.id IN ({marks})"


def _hits(db: Database, kind: Kind, ids: list[int], words: list[str],
          include_sensitive: bool) -> list[SearchHit]:
    details = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in db.execute(_detail_sql(kind, len(chunk)), chunk):
            details[row[0]] = row
    return [_hit(kind, details[record_id], words, include_sensitive)
            for record_id in ids if record_id in details]


def _hit(kind: Kind, row: tuple, words: list[str], include_sensitive: bool) -> SearchHit:
    record_id, day, section, target, sensitive, title, code, *texts = row
    hidden = bool(sensitive) and not include_sensitive
    shown = [(label, text or "") for (label, _), text in zip(kind.fields, texts, strict=True)
             if not (hidden and label == kind.private_field)]
    matched = [(label, text) for label, text in shown if contains(text, words)]
    line, marks = snippet(matched[0][1], words) if matched else ("", [])
    return SearchHit(
        kind=kind.code, record_id=record_id, day=_date(day),
        title=_title(kind, title, code, hidden), fields=[tr(label) for label, _ in matched],
        snippet=line, marks=marks, section=section, item_id=target)


def _title(kind: Kind, title: str | None, code: str, hidden: bool) -> str:
    fallback = kind.fallback[1](code) if kind.fallback else ""
    if hidden:
        return tr("{label} (sensitive description not shown)", label=fallback)
    text = " ".join((title or "").split())
    if len(text) > 80:
        text = text[:79] + "…"
    return text or fallback


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None

