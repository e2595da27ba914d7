"""Documents in the window: the PDF preview (save, print) and the letters (editor, archive)."""
