"""The sentences under the overview, the same in the dialog and on paper."""

from core.allowances.overview import AllowanceOverview
from core.allowances.rules import AllowanceRules, money
from core.i18n import tr, trn


def maxima_line(rules: AllowanceRules) -> str:
    year, month = rules.year_maximum, rules.month_maximum
    if year and month:
        return tr("Maximum of a tax-free volunteer allowance: {year} a year and {month} a "
                  "month.", year=money(year), month=money(month))
    if year:
        return tr("Maximum of a tax-free volunteer allowance: {year} a year; no monthly "
                  "maximum is checked.", year=money(year))
    if month:
        return tr("Maximum of a tax-free volunteer allowance: {month} a month; no yearly "
                  "maximum is checked.", month=money(month))
    return tr("No maximum is checked.")


def no_rates_line() -> str:
    return tr("No rates are set yet: fill them in under Settings → Allowances.")


def overview_notes(overview: AllowanceOverview) -> list[str]:
    """Who counts, who does not, and what a warning means."""
    lines = [tr("Only meetings of {year} at which a member was recorded as present count; "
                "absent, sent apologies or not recorded earns nothing.",
                year=overview.year)]
    if overview.rules.pay_non_members:
        lines.append(tr("Advisers and the official secretary are paid like members "
                        "(a setting)."))
    else:
        line = tr("Advisers and the official secretary are not members of the council and "
                  "receive no allowance (a setting).")
        if overview.unpaid_non_members:
            line += " " + trn("{count} of them was present at paid meetings.",
                              "{count} of them were present at paid meetings.",
                              overview.unpaid_non_members)
        lines.append(line)
    lines.append(tr("Above a maximum the allowance is no longer a tax-free volunteer "
                    "allowance: the whole amount is then taxed, unless the actual costs are "
                    "shown with receipts."))
    return lines
