"""Number boxes: a whole number with its unit behind it ('24 maanden'), and an amount in
euros."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from core.i18n import current_language


def unit_spin_box(minimum: int, maximum: int, unit: str) -> QSpinBox:
    """A spin box limited to minimum..maximum that shows the (translated) unit."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(" " + unit)
    return box


def money_spin_box(minimum_cents: int, maximum_cents: int) -> QDoubleSpinBox:
    """An amount in euros with cents, limited to the range (in cents) core declares, written
    as the chosen language writes money ('€ 42,50')."""
    box = QDoubleSpinBox()
    dutch = current_language() == "nl"
    box.setLocale(QLocale(QLocale.Dutch, QLocale.Netherlands) if dutch
                  else QLocale(QLocale.English, QLocale.UnitedKingdom))
    box.setDecimals(2)
    box.setRange(minimum_cents / 100, maximum_cents / 100)
    box.setSingleStep(1.0)
    box.setPrefix("€ ")
    box.setGroupSeparatorShown(True)
    return box


def cents(box: QDoubleSpinBox) -> int:
    """The box's amount in whole cents (what core keeps)."""
    return round(box.value() * 100)
