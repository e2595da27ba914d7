"""A whole-number box with its unit behind the number ('24 maanden')."""

from PySide6.QtWidgets import QSpinBox


def unit_spin_box(minimum: int, maximum: int, unit: str) -> QSpinBox:
    """A spin box limited to minimum..maximum that shows the (translated) unit."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(" " + unit)
    return box
