"""A table that splits between pages as a typesetter would, in linear time.

ReportLab's own long table re-measures and copies all of its remaining rows at every page
break (10,000 members took minutes). This one measures each row once, and at a break
builds a small table of the rows that fit: the header repeats only at the top of a page,
rows stay whole where they fit, and the last row never stands alone on a page.
"""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Table, TableStyle

MIN_ROWS = 2  # rows that must go with the header at the foot of a page
# A little less than the text height of a page after the first (251 mm less the frame's
# padding): a row taller than this is split where it stands rather than sent to the next
# page, where it would not fit either (rows of 700-711 pt stopped the print).
FULL_PAGE = 240 * mm


class PagedTable(Flowable):
    """Header row, data rows and style commands; split into page-sized tables."""

    def __init__(self, header: list | None, rows: list[list], col_widths: list[float],
                 commands: list, stripes: tuple | None = None, first_index: int = 0,
                 heights: list[float] | None = None):
        super().__init__()
        self.header, self.rows, self.col_widths = header, rows, col_widths
        self.commands, self.stripes, self.first_index = commands, stripes, first_index
        self.hAlign = "LEFT"
        self._heights = heights
        self._header_height: float | None = None

    # --- measuring ---------------------------------------------------------------
    def _table(self, rows: list[list], first_index: int, split_in_row: bool = False):
        data = ([self.header] if self.header else []) + rows
        commands = list(self.commands)
        start = 1 if self.header else 0
        if self.stripes:
            # Stripes continue across pages: an odd first row starts with the second colour.
            order = self.stripes if first_index % 2 == 0 else self.stripes[::-1]
            commands.append(("ROWBACKGROUNDS", (0, start), (-1, -1), list(order)))
        kind = LongTable if split_in_row else Table
        table = kind(data, colWidths=self.col_widths, repeatRows=start, hAlign="LEFT",
                     splitInRow=1 if split_in_row else 0)
        table.setStyle(TableStyle(commands))
        return table

    def _measure(self, width: float) -> None:
        if self._heights is None:
            self._heights = [self._one_row_height(row, width) for row in self.rows]
        if self._header_height is None:
            self._header_height = (self._one_row_height(self.header, width)
                                   if self.header else 0)

    def _one_row_height(self, row: list, width: float) -> float:
        table = Table([row], colWidths=self.col_widths)
        table.setStyle(TableStyle(self.commands))
        return table.wrap(width, 1e9)[1]

    def wrap(self, available_width, available_height):
        self._measure(available_width)
        self.width = sum(self.col_widths)
        self.height = self._header_height + sum(self._heights)
        return self.width, self.height

    # --- splitting ---------------------------------------------------------------
    def split(self, available_width, available_height):
        self._measure(available_width)
        room = available_height - self._header_height
        fitted, used = 0, 0.0
        while fitted < len(self.rows) and used + self._heights[fitted] <= room:
            used += self._heights[fitted]
            fitted += 1
        if fitted == len(self.rows):
            return [self._table(self.rows, self.first_index)]
        if fitted == len(self.rows) - 1 and fitted > MIN_ROWS:
            fitted -= 1  # the last row does not stand alone on the next page
        if fitted >= min(MIN_ROWS, len(self.rows)):
            return [self._table(self.rows[:fitted], self.first_index), self._rest(fitted)]
        if self._heights[0] + self._header_height <= FULL_PAGE and \
                available_height < FULL_PAGE - 1:
            return []  # the header and first rows go to the next page together
        # One row taller than a page: only then is a row itself split.
        pieces = self._table(self.rows[:1], self.first_index, split_in_row=True).split(
            available_width, available_height)
        return [*pieces, self._rest(1)] if pieces and len(self.rows) > 1 else pieces

    def _rest(self, start: int) -> "PagedTable":
        heights = self._heights[start:] if self._heights is not None else None
        return PagedTable(self.header, self.rows[start:], self.col_widths, self.commands,
                          self.stripes, self.first_index + start, heights)

    def draw(self):
        table = self._table(self.rows, self.first_index)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
