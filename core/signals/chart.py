"""The theme-per-quarter chart for the printed report, drawn with ReportLab graphics.

Every theme has its own colour from a palette that colour-blind readers can tell apart;
recurring themes get a dark outline and "(terugkerend)" in the legend, so the eye goes where
policy fails.
"""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from core.documents.fonts import FAMILY, register_fonts
from core.documents.styles import MUTED
from core.i18n import tr
from core.signals.trends import ThemeTrend, quarter_label

# Paul Tol's "muted" scheme and his pale grey: ten colours that stay apart for readers with
# any of the three common kinds of colour blindness (checked by simulation in the tests).
THEME_COLOURS = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
                 "#882255", "#AA4499", "#DDDDDD"]
RECURRING_OUTLINE = "#1A1A1A"
MAX_QUARTERS = 8


def theme_colours(trend: ThemeTrend) -> list[str]:
    """One colour per theme, in the order of ``trend.themes`` (the screen and print agree)."""
    return [THEME_COLOURS[index % len(THEME_COLOURS)] for index in range(len(trend.themes))]


def series_colours(trend: ThemeTrend) -> list[colors.Color]:
    return [colors.HexColor(colour) for colour in theme_colours(trend)]


def trend_drawing(trend: ThemeTrend, width: float = 160 * mm,
                  height: float = 88 * mm) -> Drawing:
    """Grouped bars: quarters along the bottom, one bar per theme (the last 8 quarters)."""
    register_fonts()
    drawing = Drawing(width, height)
    # The drawing's first state names this font, not ReportLab's unused Helvetica.
    drawing.__dict__["initialFontName"] = FAMILY
    quarters = trend.quarters[-MAX_QUARTERS:]
    if not trend.themes or not quarters:
        drawing.add(String(0, height / 2, tr("No signals in this period."), fontName=FAMILY,
                           fontSize=10, fillColor=MUTED))
        return drawing
    legend_width = 52 * mm
    chart = VerticalBarChart()
    # types-reportlab types a chart's geometry as int; ReportLab works in float points.
    chart.x, chart.y = 10 * mm, 12 * mm  # type: ignore[assignment]
    chart.width = width - legend_width - 14 * mm  # type: ignore[assignment]
    chart.height = height - 18 * mm  # type: ignore[assignment]
    chart.data = [[trend.count(theme.id, quarter) for quarter in quarters]
                  for theme in trend.themes]
    chart.categoryAxis.categoryNames = [quarter_label(quarter) for quarter in quarters]
    chart.categoryAxis.labels.fontName = FAMILY
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(quarters) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(quarters) > 5 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(trend.maximum, trend.threshold) + 1
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 5) // 6)
    chart.valueAxis.labels.fontName = FAMILY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.groupSpacing = 6
    chart.barSpacing = 0.5  # type: ignore[assignment]
    chart.bars.strokeWidth = 0
    for index, (colour, theme) in enumerate(zip(series_colours(trend), trend.themes,
                                                strict=True)):
        chart.bars[index].fillColor = colour
        if trend.is_recurring(theme.id):
            chart.bars[index].strokeColor = colors.HexColor(RECURRING_OUTLINE)
            chart.bars[index].strokeWidth = 1.2
    drawing.add(chart)
    drawing.add(_legend(trend, width - legend_width + 2 * mm, height - 4 * mm))
    return drawing


def _legend(trend: ThemeTrend, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y  # type: ignore[assignment]
    legend.alignment = "right"
    legend.fontName = FAMILY
    legend.fontSize = 7
    legend.dxTextSpace = 4
    legend.deltay = 9
    legend.columnMaximum = 20
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [
        (colour, _legend_label(theme.label, trend.is_recurring(theme.id)))
        for colour, theme in zip(series_colours(trend), trend.themes, strict=True)
    ]
    return legend


def _legend_label(label: str, recurring: bool) -> str:
    label = label if len(label) <= 30 else label[:29] + "…"
    return tr("{theme} (recurring)", theme=label) if recurring else label
