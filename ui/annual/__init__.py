"""The annual report dialog and the statistics export, reached from the Adviezen menu."""
