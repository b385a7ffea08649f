"""Dates as people read them: '23 November 2026', the same on every system locale."""

from __future__ import annotations

import datetime

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def readable_date(day: datetime.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def readable_iso_date(text: str) -> str:
    """Reads 'YYYY-MM-DD'; anything else is returned as it is, for the validation to report."""
    try:
        return readable_date(datetime.date.fromisoformat(text))
    except ValueError:
        return text
