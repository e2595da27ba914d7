"""The signal feature's per-file settings (Instellingen → Signalen)."""

from sqlite_utils import Database

from core.errors import ValidationError
from core.i18n import tr
from core.settings import get_int_setting, set_settings

RETENTION_KEY = "signals.retention_months"
THRESHOLD_KEY = "signals.recurrence_threshold"
WARNING_KEY = "signals.retention_warning_days"
LAST_LOGGER_KEY = "signals.last_logged_by"

DEFAULT_RETENTION_MONTHS = 12
DEFAULT_THRESHOLD = 5
DEFAULT_WARNING_DAYS = 30


def retention_months(db: Database) -> int:
    return get_int_setting(db, RETENTION_KEY, DEFAULT_RETENTION_MONTHS)


def recurrence_threshold(db: Database) -> int:
    return get_int_setting(db, THRESHOLD_KEY, DEFAULT_THRESHOLD)


def warning_days(db: Database) -> int:
    return get_int_setting(db, WARNING_KEY, DEFAULT_WARNING_DAYS)


def save_options(db: Database, retention: int, threshold: int, warning: int) -> None:
    if not 1 <= retention <= 120:
        raise ValidationError(
            tr("Keep contact details between 1 and 120 months after closing."), "retention")
    if not 1 <= threshold <= 1000:
        raise ValidationError(
            tr("The recurrence threshold is a number of signals from 1 to 1000."), "threshold")
    if not 1 <= warning <= 365:
        raise ValidationError(tr("Warn between 1 and 365 days before removal."), "warning")
    set_settings(db, {RETENTION_KEY: retention, THRESHOLD_KEY: threshold, WARNING_KEY: warning})
