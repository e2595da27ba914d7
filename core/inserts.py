"""The id of a row just inserted, as an ``int``.

SQLite gives every inserted row an id; the drivers still type it as optional
(``cursor.lastrowid``, sqlite-utils' ``last_pk``), so writes return it through here.
"""


def new_row_id(value: object) -> int:
    """``cursor.lastrowid`` or ``table.last_pk`` after an INSERT."""
    if not isinstance(value, int):
        raise TypeError(f"no row id after an INSERT: {value!r}")
    return value
