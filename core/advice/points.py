"""The numbered points of an advice and the college's response to each of them.

The points are the numbered items of the advice text as the council adopted it ("1. Keer
de toeslag maandelijks uit."); the response to each is kept beside the overall outcome.
"""

from sqlite_utils import Database

from core.advice.model import OUTCOMES, PointResponse
from core.documents.richtext import parse, without_marks
from core.documents.text import clean
from core.errors import ValidationError
from core.i18n import tr

MAX_NOTE = 1000


def advice_points(body: str) -> list[tuple[int, str]]:
    """(number, text) of every numbered item in the advice text, as it reads (no **)."""
    points = []
    for block in parse(body):
        if block.kind == "numbers":
            points += [(block.start + offset, without_marks(line).strip())
                       for offset, line in enumerate(block.lines)]
    return points


def overall_outcome(points: list[PointResponse]) -> str | None:
    """What the answers per point add up to: adopted or not when all agree, else partly."""
    outcomes = {point.outcome for point in points}
    if not outcomes:
        return None
    return outcomes.pop() if len(outcomes) == 1 and "partly" not in outcomes else "partly"


def checked_points(points: list[PointResponse]) -> list[PointResponse]:
    """The answers as they are kept, or a clear message for the first that cannot be."""
    numbers: set[int] = set()
    kept = []
    for point in points:
        if point.outcome not in OUTCOMES:
            raise ValidationError(tr("Choose the outcome of point {number}.",
                                     number=point.number), "points")
        if point.number in numbers or not 1 <= point.number <= 9999:
            raise ValidationError(tr("Point {number} is answered twice.",
                                     number=point.number), "points")
        note = clean(point.note).strip()
        if len(note) > MAX_NOTE:
            raise ValidationError(tr("The note on point {number} is too long: at most {count} "
                                     "characters.", number=point.number, count=MAX_NOTE),
                                  "points")
        numbers.add(point.number)
        kept.append(PointResponse(point.number, clean(point.point).strip(), point.outcome,
                                  note))
    return kept


def write_points(db: Database, advice_id: int, points: list[PointResponse]) -> None:
    """Replace the answers per point (inside the caller's transaction)."""
    db.execute("DELETE FROM advice_point_responses WHERE advice_id = ?", [advice_id])
    for point in points:
        db.execute("INSERT INTO advice_point_responses (advice_id, number, point, outcome, "
                   "note) VALUES (?, ?, ?, ?, ?)",
                   [advice_id, point.number, point.point, point.outcome, point.note])


def load_points(db: Database, advice_id: int) -> list[PointResponse]:
    rows = db.execute("SELECT number, point, outcome, note FROM advice_point_responses "
                      "WHERE advice_id = ? ORDER BY number", [advice_id]).fetchall()
    return [PointResponse(*row) for row in rows]
