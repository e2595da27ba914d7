"""The volunteer allowances: the overview dialog, its menu entry and the settings tab."""
