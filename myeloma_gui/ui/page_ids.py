"""The wizard's page ids. Kept apart so the first page can be built before the content is validated."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    FIRST_QUESTION = 10  # question n has the id FIRST_QUESTION + n
    WHAT_MATTERS = 80  # the last question, asked of everyone the guide covers
    REVIEW = 90
    RESULTS = 99
