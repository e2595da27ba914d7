"""Counts per theme per quarter as a Qt Charts bar chart, in the printed report's colours;
recurring themes have a dark outline."""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from core.i18n import tr
from core.signals.chart import MAX_QUARTERS, RECURRING_OUTLINE, theme_colours
from core.signals.trends import ThemeTrend, quarter_label


class ThemeChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(300)
        self.trend: ThemeTrend | None = None
        self.setChart(QChart())

    def show_trend(self, trend: ThemeTrend) -> None:
        self.trend = trend
        chart = QChart()
        chart.setAnimationOptions(QChart.NoAnimation)
        chart.legend().setAlignment(Qt.AlignRight)
        quarters = trend.quarters[-MAX_QUARTERS:]
        series = QBarSeries()
        for theme, colour in zip(trend.themes, theme_colours(trend), strict=True):
            recurring = trend.is_recurring(theme.id)
            label = tr("{theme} (recurring)", theme=theme.label) if recurring else theme.label
            bar_set = QBarSet(label)
            bar_set.append([float(trend.count(theme.id, quarter)) for quarter in quarters])
            bar_set.setColor(QColor(colour))
            bar_set.setPen(QPen(QColor(RECURRING_OUTLINE if recurring else "#FFFFFF"),
                                1.5 if recurring else 1.0))
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([quarter_label(quarter) for quarter in quarters])
        values = QValueAxis()
        values.setRange(0, max(trend.maximum, trend.threshold) + 1)
        values.setLabelFormat("%d")
        values.setTickType(QValueAxis.TicksDynamic)
        values.setTickInterval(max(1, (trend.maximum + 5) // 6))
        values.setTickAnchor(0)
        chart.addAxis(categories, Qt.AlignBottom)
        chart.addAxis(values, Qt.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        if not trend.themes:
            chart.setTitle(tr("No signals in this period."))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def series_labels(self) -> list[str]:
        """The legend texts, in order (what the user reads next to the colours)."""
        series = self.chart().series()
        if not series:
            return []
        return [bar_set.label() for bar_set in series[0].barSets()]
