"""The year in figures on the Adviezen page (the same figures the annual report uses)."""

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from core.advice import KINDS, OUTCOMES, year_figures
from core.i18n import format_number, tr


def figures_text(figures) -> str:
    if not figures.sent and not figures.requests_received:
        return tr("No advice sent or requested in {year}.", year=figures.year)
    kinds = ", ".join(f"{figures.per_kind.get(code, 0)} {tr(label).lower()}"
                      for code, label in KINDS.items())
    outcomes = ", ".join(f"{tr(label).lower()} {figures.per_outcome.get(code, 0)}"
                         for code, label in OUTCOMES.items())
    lines = [
        tr("{year}: {sent} advices sent ({kinds}); {received} requests received.",
           year=figures.year, sent=figures.sent, kinds=kinds,
           received=figures.requests_received),
        tr("Responses: {outcomes}; still awaited {waiting}.", outcomes=outcomes,
           waiting=figures.awaiting_response),
    ]
    averages = []
    if figures.average_days_to_advice is not None:
        averages.append(tr("{days} days from request to advice",
                           days=format_number(figures.average_days_to_advice, 0)))
    if figures.average_days_to_response is not None:
        averages.append(tr("{days} days from sending to response",
                           days=format_number(figures.average_days_to_response, 0)))
    if averages:
        lines.append(tr("On average: {averages}.", averages="; ".join(averages)))
    return "\n".join(lines)


class FiguresCard(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setObjectName("cardText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)

    def show_year(self, db, year: int) -> None:
        self.text.setText(figures_text(year_figures(db, year)))
