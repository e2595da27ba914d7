"""File-dialog filters shared by the window and its dialogs."""

from core.i18n import tr


def file_filter() -> str:
    return tr("Council files") + " (*.raadswerk *.sqlite *.db);;" + tr("All files") + " (*)"


def pdf_filter() -> str:
    return tr("PDF documents") + " (*.pdf)"


def xlsx_filter() -> str:
    return tr("Excel workbook") + " (*.xlsx)"


def statistics_filter() -> str:
    return tr("JSON file") + " (*.json);;" + tr("CSV file") + " (*.csv)"
