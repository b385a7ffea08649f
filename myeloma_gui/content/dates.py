"""Dates as people read them: '23 November 2026', the same on every system locale.

The month names are the content file's (``wording.months``): this layer has no Qt translation.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence


def readable_date(day: datetime.date, months: Sequence[str]) -> str:
    """``months``: the twelve names, January first."""
    return f"{day.day} {months[day.month - 1]} {day.year}"

