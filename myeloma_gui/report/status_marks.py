"""The text symbol beside each option's status, on screen and on paper alike: never colour alone."""

from __future__ import annotations

STATUS_SYMBOLS = {"matches": "●", "may_match": "◐", "different_situation": "○"}
