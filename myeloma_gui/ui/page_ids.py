"""The wizard's page ids. Kept apart so the first page can be built before the content is validated."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    FIRST_QUESTION = 10  # question n has the id FIRST_QUESTION + n
    REVIEW = 90
    RESULTS = 99
