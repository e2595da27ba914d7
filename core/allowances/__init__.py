"""Volunteer allowances (vrijwilligersvergoeding, vacatiegeld): rates per kind of meeting,
the overview per member per year, printed and as a workbook."""

from core.allowances.overview import AllowanceOverview, MemberAllowance, allowance_overview
from core.allowances.rules import AllowanceRules, load_rules, money, save_rules

__all__ = ["AllowanceOverview", "AllowanceRules", "MemberAllowance", "allowance_overview",
           "load_rules", "money", "save_rules"]
