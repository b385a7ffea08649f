"""Walking the real wizard through every situation of the rule table, as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.results_html import STATUS_SYMBOLS
from tests.ui.walk import answer, press_next, start_guide, walk_to_results

# PRODUCT.md's rule table: how it is doing, when the first treatment ended -> the three statuses.
RULE_TABLE = [
    ("stable", None, "fits", "less_likely", "less_likely"),
    ("grew_during_treatment", None, "less_likely", "fits", "less_likely"),
    ("came_back", "a_year_or_more", "less_likely", "may_fit", "fits"),
    ("came_back", "less_than_a_year", "less_likely", "may_fit", "less_likely"),
    ("came_back", "not_sure", "less_likely", "may_fit", "may_fit"),
    ("not_sure", "a_year_or_more", "may_fit", "may_fit", "may_fit"),
    ("not_sure", "not_sure", "may_fit", "may_fit", "may_fit"),
    ("not_sure", "less_than_a_year", "may_fit", "may_fit", "less_likely"),
]
OPTIONS = ("watchful_waiting", "different_treatment", "same_drugs_again")


@pytest.mark.parametrize("row", RULE_TABLE, ids=lambda row: f"{row[0]}-{row[1]}")
def test_every_row_of_the_rule_table_reaches_its_results(
    qtbot: QtBot, content_path: Path, content: Content, row: tuple[str, str | None, str, str, str]
) -> None:
    course, ended, *statuses = row
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {
        "situation": ("relapsed_or_refractory",),
        "disease_course": (course,),
        "prior_treatments": ("bortezomib", "chemotherapy"),
        "first_treatment_ended": (ended,) if ended else (),
        "clinical_trial": ("maybe",),
    })
    assert wizard.currentId() == PageId.RESULTS
    shown = wizard.results_page.document.toPlainText()
    labels = content.wording.status_labels
    expected = dict(zip(OPTIONS, statuses, strict=True))
    reasons = {r.option.id: r.reason for r in wizard.results_page.results.options}  # type: ignore[union-attr]
    for option in content.options:
        status = expected[option.id]
        status_line = f"{STATUS_SYMBOLS[status]} {getattr(labels, status)}. {reasons[option.id]}"
        assert f"{option.title}\n{status_line}" in shown
    # Options that fit come first, as the reader scans down.
    positions = [shown.index(o.title) for o in content.options if expected[o.id] == "fits"]
    others = [shown.index(o.title) for o in content.options if expected[o.id] != "fits"]
    assert all(p < min(others) for p in positions)
    no_fit = all(s != "fits" for s in expected.values())
    assert (content.wording.no_fit_notice in shown) is no_fit
    assert "Bortezomib (Velcade): " + content.wording.had_mark in shown
    assert "Carfilzomib (Kyprolis): " + content.wording.not_had_mark in shown


def test_back_and_next_keep_every_answer(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    answer(wizard, "situation", "relapsed_or_refractory")
    answer(wizard, "disease_course", "came_back")
    wizard.back()
    wizard.back()
    page = wizard.question_pages["situation"]
    assert page.buttons["relapsed_or_refractory"].isChecked()
    press_next(wizard)
    assert wizard.question_pages["disease_course"].buttons["came_back"].isChecked()
