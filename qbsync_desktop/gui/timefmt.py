"""Times, numbers and amounts as a bookkeeper reads them, in the window's locale.

Everything goes through the default QLocale (set from the language choice, see
i18n.install_language): "today 14:05" / "heute 14:05", "3 May 2026 14:05" /
"3. Mai 2026 14:05", 1,234 / 1.234.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _qt(when: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


def clock_time(when: dt.datetime) -> str:
    """Hours and minutes in the locale's format ("14:05", "2:05 PM")."""
    return QLocale().toString(_qt(when).time(), QLocale.FormatType.ShortFormat)


def local_time(stamp: Any) -> str:
    """A stored UTC timestamp as the user's local time ("today 14:05" or "3 May 2026 14:05")."""
    try:
        when = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    when = when.astimezone()
    if when.date() == dt.datetime.now().astimezone().date():
        return QCoreApplication.translate("timefmt", "today {time}").format(time=clock_time(when))
    locale = QLocale()
    # The long date format without its weekday: "2. März 2026", "2 de marzo de 2026".
    pattern = re.sub(
        r"^\W*dddd\W*|\W*dddd\W*$", "", locale.dateFormat(QLocale.FormatType.LongFormat)
    )
    return f"{locale.toString(_qt(when).date(), pattern)} {clock_time(when)}"


def count(n: int) -> str:
    """A whole number with the locale's digit grouping (1,234 / 1.234)."""
    return QLocale().toString(n)


def amount(value: float, decimals: int = 2) -> str:
    """A money amount with the locale's grouping and decimal mark (1,234.50 / 1.234,50)."""
    return QLocale().toString(float(value), "f", decimals)
