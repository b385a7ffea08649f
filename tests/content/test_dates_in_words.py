"""Dates are written with the content file's month names, the same on the first page (read before the
content is validated) as everywhere else: a content file in another language names its own months."""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.content.loader import read_content_file
from myeloma_gui.content.models import Content
from myeloma_gui.decision.guide import decide
from tests.answer_sets import ALL_NOT_SURE

FRENCH = ["janvier", "février", "mars", "avril", "mai", "juin",
          "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def test_the_first_page_and_the_results_give_the_same_review_date(
    content_path: Path, content: Content
) -> None:
    first_page = FirstPageText.from_raw(read_content_file(content_path))
    results = decide(content, ALL_NOT_SURE)
    assert first_page.source_line == results.source_line
    assert readable_date(content.metadata.reviewed, content.wording.months) in first_page.source_line


def test_the_first_page_uses_the_content_files_month_names(content_path: Path) -> None:
    raw: dict[str, Any] = copy.deepcopy(read_content_file(content_path))
    raw["wording"]["months"] = FRENCH
    raw["metadata"]["reviewed"] = "2026-08-03"
    assert "3 août 2026" in FirstPageText.from_raw(raw).source_line


def test_without_twelve_months_the_first_page_shows_the_date_as_written(content_path: Path) -> None:
    """The validation, a moment later, names the problem; the first page still shows a date."""
    raw: dict[str, Any] = copy.deepcopy(read_content_file(content_path))
    raw["metadata"]["reviewed"] = "2026-08-03"
    for months in (None, FRENCH[:11], "août"):
        raw["wording"]["months"] = months
        assert "2026-08-03" in FirstPageText.from_raw(raw).source_line


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(9999, 12, 31)))
def test_every_date_reads_the_same_on_the_first_page_and_after(day: datetime.date) -> None:
    raw: dict[str, Any] = {
        "metadata": {"reviewed": day.isoformat()},
        "wording": {"source_line": "{reviewed}", "months": FRENCH},
    }
    assert FirstPageText.from_raw(raw).source_line == readable_date(day, FRENCH)
