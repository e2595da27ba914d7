"""The annual report (jaarverslag): figures counted from the file, the council's own texts
per year, the printed report, its spreadsheet, and the anonymous statistics for the region."""
