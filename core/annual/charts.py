"""The advice chart of the annual report: how the college received the year's advice."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from core.advice.model import outcome_label
from core.annual.figures import AdviceFigures
from core.documents.fonts import FAMILY, register_fonts
from core.i18n import tr

# Adopted in full, partly, not adopted, no response yet: from good news to none.
BAR_COLOURS = ["#2A9D8F", "#E0A526", "#C8553D", "#B3BEC4"]


def outcome_drawing(advice: AdviceFigures, width: float = 165 * mm,
                    height: float = 38 * mm) -> Drawing:
    """One bar per outcome (and one for advice still without a response)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.__dict__["initialFontName"] = FAMILY  # not ReportLab's unused Helvetica
    outcomes = list(next(iter(advice.per_kind.values())).outcomes)
    labels = [outcome_label(code) for code in outcomes] + [tr("No response yet")]
    values = [advice.outcome_total(code) for code in outcomes] + [advice.unanswered]
    chart = HorizontalBarChart()
    # types-reportlab types a chart's geometry as int; ReportLab works in float points.
    chart.x, chart.y = 42 * mm, 4 * mm  # type: ignore[assignment]
    chart.width, chart.height = width - 50 * mm, height - 8 * mm  # type: ignore[assignment]
    # Bottom to top in ReportLab; reversed so that the list reads from the top.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FAMILY
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values + [1]) + 1
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 4) // 5)
    chart.valueAxis.labels.fontName = FAMILY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars.strokeWidth = 0
    chart.barSpacing = 2
    for index, colour in enumerate(reversed(BAR_COLOURS[:len(values)])):
        chart.bars[(0, index)].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    return drawing
