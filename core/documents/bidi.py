"""The Unicode bidirectional algorithm (UAX #9) for one line of typed text, so that Hebrew
or Arabic words print in the order a reader expects.

Typed text has no explicit embeddings (format characters are removed before printing), so
this follows the rules that apply then: paragraph direction from the first strong letter
(P2–P3), weak types (W1–W7), neutrals (N1–N2), implicit levels (I1–I2), reordering and
mirroring (L1, L2, L4).
"""

import unicodedata

_STRONG = ("L", "R", "AL")
_NEUTRAL = ("B", "S", "WS", "ON")
_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def base_level(line: str) -> int:
    """0 for a left-to-right line, 1 when its first letter is Hebrew or Arabic."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG:
            return 0 if kind == "L" else 1
    return 0


def _weak_types(types: list[str], base: int) -> list[str]:
    start = "R" if base else "L"
    previous, strong = start, start
    for index, kind in enumerate(types):
        if kind == "NSM":  # W1
            kind = previous
        if kind == "EN" and strong == "AL":  # W2
            kind = "AN"
        if kind in _STRONG:
            strong = kind
        types[index] = previous = kind
    types[:] = ["R" if kind == "AL" else kind for kind in types]  # W3
    for index in range(1, len(types) - 1):  # W4
        before, kind, after = types[index - 1], types[index], types[index + 1]
        if kind == "ES" and before == after == "EN":
            types[index] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[index] = before
    _european_terminators(types)  # W5
    types[:] = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]  # W6
    strong = start
    for index, kind in enumerate(types):  # W7
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[index] = "L"
    return types


def _european_terminators(types: list[str]) -> None:
    index = 0
    while index < len(types):
        if types[index] != "ET":
            index += 1
            continue
        end = index
        while end < len(types) and types[end] == "ET":
            end += 1
        touches_number = (index > 0 and types[index - 1] == "EN") or (
            end < len(types) and types[end] == "EN")
        if touches_number:
            types[index:end] = ["EN"] * (end - index)
        index = end


def _neutral_types(types: list[str], base: int) -> list[str]:
    edge = "R" if base else "L"
    index = 0
    while index < len(types):
        if types[index] not in _NEUTRAL:
            index += 1
            continue
        end = index
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _direction(types[index - 1]) if index > 0 else edge
        after = _direction(types[end]) if end < len(types) else edge
        types[index:end] = [before if before == after else edge] * (end - index)  # N1, N2
        index = end
    return types


def _direction(kind: str) -> str:
    """For neutrals, European and Arabic numbers count as right-to-left (N1)."""
    return "R" if kind in ("R", "EN", "AN") else "L"


def _levels(types: list[str], base: int) -> list[int]:
    if base == 0:  # I1
        return [0 if kind == "L" else 1 if kind == "R" else 2 for kind in types]
    return [1 if kind == "R" else 2 for kind in types]  # I2


def visual_order(line: str) -> str:
    """``line`` in the order its characters are laid out from left to right."""
    if not line:
        return line
    base = base_level(line)
    types = [unicodedata.bidirectional(char) or "L" for char in line]
    levels = _levels(_neutral_types(_weak_types(types, base), base), base)
    for index in range(len(line) - 1, -1, -1):  # L1: trailing white space at the base level
        if unicodedata.bidirectional(line[index]) not in ("WS", "S", "B"):
            break
        levels[index] = base
    chars = [_MIRRORED.get(char, char) if level % 2 else char
             for char, level in zip(line, levels, strict=True)]  # L4
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):  # L2
        index = 0
        while index < len(chars):
            if levels[index] < level:
                index += 1
                continue
            end = index
            while end < len(chars) and levels[end] >= level:
                end += 1
            chars[index:end] = chars[index:end][::-1]
            levels[index:end] = levels[index:end][::-1]
            index = end
    return "".join(chars)

