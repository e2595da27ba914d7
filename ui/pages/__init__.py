"""The main window's sections, one page each."""
