"""The Signalen screens: logging form, signal dialog, chart, report and privacy dialogs."""
