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
MEASURE_ROWS = 100


class PagedTable(Flowable):
    """Header row, data rows and style commands; split into page-sized tables."""

    def __init__(self, header: list | None, rows: list[list], col_widths: list[float],
                 commands: list, stripes: tuple | None = None, first_index: int = 0,
                 heights: tuple[float, list[float]] | None = None, follows: bool = False):
        super().__init__()
        self.header, self.rows, self.col_widths = header, rows, col_widths
        self.commands, self.stripes, self.first_index = commands, stripes, first_index
        self.hAlign = "LEFT"
        # The header's and every row's height, once measured (the rest after a page
        # break keeps them).
        self._header_height: float | None = heights[0] if heights else None
        self._heights: list[float] | None = heights[1] if heights else None
        # The rest of a table after its rows that fit: on the same page it continues
        # without a header of its own.
        self.follows = follows

    # --- measuring ---------------------------------------------------------------
    def _table(self, rows: list[list], first_index: int, heights: list[float] | None = None,
               split_in_row: bool = False, with_header: bool = True):
        """A ReportLab table of ``rows`` under the header; with their measured ``heights``
        it need not measure its cells again."""
        header = self.header if with_header else None
        data = ([header] if header else []) + rows
        if heights is not None:
            heights = ([self._header_height or 0.0] if header else []) + heights
        commands = list(self.commands)
        start = 1 if header else 0
        if self.stripes:
            # Stripes continue across pages: an odd first row starts with the second colour.
            order = self.stripes if first_index % 2 == 0 else self.stripes[::-1]
            commands.append(("ROWBACKGROUNDS", (0, start), (-1, -1), list(order)))
        kind = LongTable if split_in_row else Table
        table = kind(data, colWidths=self.col_widths, rowHeights=heights, repeatRows=start,
                     hAlign="LEFT", splitInRow=1 if split_in_row else 0)
        table.setStyle(TableStyle(commands))
        return table

    def _measure(self, width: float) -> None:
        if self._heights is None or self._header_height is None:
            heights = self._row_heights(([self.header] if self.header else []) + self.rows,
                                        width)
            self._header_height = heights.pop(0) if self.header else 0
            self._heights = heights

    def _row_heights(self, rows: list[list], width: float) -> list[float]:
        """Every row's height, measured in tables of ``MEASURE_ROWS`` rows: ReportLab's
        measuring is quadratic in a table's rows, a table per row costs its set-up."""
        heights: list[float] = []
        for start in range(0, len(rows), MEASURE_ROWS):
            table = Table(rows[start:start + MEASURE_ROWS], colWidths=self.col_widths)
            table.setStyle(TableStyle(self.commands))
            table.wrap(width, 1e9)
            # ReportLab keeps the measured heights only in this attribute.
            heights += table._rowHeights  # type: ignore[attr-defined]  # noqa: SLF001
        return heights

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
            return [self._table(self.rows, self.first_index, self._heights)]
        if fitted == len(self.rows) - 1 and fitted > MIN_ROWS:
            fitted -= 1  # the last row does not stand alone on the next page
        if fitted >= min(MIN_ROWS, len(self.rows)):
            return [self._table(self.rows[:fitted], self.first_index, self._heights[:fitted]),
                    self._rest(fitted)]
        if self._heights[0] + self._header_height <= FULL_PAGE and \
                available_height < FULL_PAGE - 1:
            return []  # the header and first rows go to the next page together
        return self._split_tall_row(available_width, available_height)

    def _split_tall_row(self, available_width: float, available_height: float) -> list:
        """One row taller than a page: only then is a row itself split. The header goes
        above it unless it continues rows above it on this page; what is left of the row
        heads the rest of the table on the next page."""
        mid_page = self.follows and available_height < FULL_PAGE - 1
        pieces = self._table(self.rows[:1], self.first_index, split_in_row=True,
                             with_header=not mid_page).split(available_width, available_height)
        if len(pieces) != 2:
            return [*pieces, self._rest(1)] if pieces and len(self.rows) > 1 else pieces
        left_over = pieces[1]._cellvalues[-1]  # noqa: SLF001 - the split row's cells
        heights = (self._header_height or 0.0,
                   self._row_heights([left_over], available_width) + (self._heights or [])[1:])
        return [pieces[0], PagedTable(self.header, [left_over, *self.rows[1:]], self.col_widths,
                                      self.commands, self.stripes, self.first_index, heights)]

    def _rest(self, start: int) -> "PagedTable":
        heights = (None if self._heights is None or self._header_height is None
                   else (self._header_height, self._heights[start:]))
        return PagedTable(self.header, self.rows[start:], self.col_widths, self.commands,
                          self.stripes, self.first_index + start, heights, follows=True)

    def draw(self):
        table = self._table(self.rows, self.first_index, self._heights)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
