"""Walking the real wizard through every situation of the rule table, as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.ui.page_ids import PageId
from tests.ui.walk import answer, press_next, start_guide, walk_to_results

# A sample of PRODUCT.md's rule table (all 36 rows run through the results command in test_cli):
# stable now, kept growing, came back after the first treatment -> the three statuses.
RULE_TABLE = [
    ("yes", "no", "a_year_or_more", "matches", "different_situation", "matches"),
    ("no", "yes", "less_than_a_year", "different_situation", "matches", "different_situation"),
    ("not_sure", "not_sure", "not_sure", "may_match", "may_match", "may_match"),
    ("no", "no", "never_went_away", "different_situation", "different_situation", "different_situation"),
]
OPTIONS = ("watchful_waiting", "different_treatment", "same_drugs_again")


@pytest.mark.parametrize("row", RULE_TABLE, ids=lambda row: "-".join(row[:3]))
def test_rows_of_the_rule_table_reach_their_results(
    qtbot: QtBot, content_path: Path, content: Content, row: tuple[str, ...]
) -> None:
    stable, grew, came_back, *statuses = row
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {
        "situation": ("relapsed_or_refractory",),
        "stable_now": (stable,),
        "grew_during_treatment": (grew,),
        "came_back_after_first": (came_back,),
        "prior_treatments": ("bortezomib", "chemotherapy"),
        "clinical_trial": ("maybe",),
    })
    assert wizard.currentId() == PageId.RESULTS
    shown = wizard.results_page.document.toPlainText()
    labels = content.wording.status_labels
    expected = dict(zip(OPTIONS, statuses, strict=True))
    reasons = {r.option.id: r.reason for r in wizard.results_page.results.options}  # type: ignore[union-attr]
    for option in content.options:
        status = expected[option.id]
        # The status in words, in bold on a line of its own; the reason under it.
        words = getattr(labels, status).replace("{situation}", option.situation.text)
        status_line = f"{words}.\n{reasons[option.id]}"
        assert f"{option.title.text}\n{status_line}" in shown
    # Always the source's order, whatever the statuses: the guide does not rank.
    positions = [shown.index(o.title.text) for o in content.options]
    assert positions == sorted(positions)
    assert shown.index(content.wording.options_intro.text) < positions[0]
    no_match = all(s != "matches" for s in expected.values())
    assert (content.wording.no_match_notice in shown) is no_match
    assert "Bortezomib (Velcade): " + content.wording.had_mark in shown
    assert "Carfilzomib (Kyprolis)\n" in shown  # named, not marked: only what was had is marked
    assert "Carfilzomib (Kyprolis): " not in shown


def test_back_and_next_keep_every_answer(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    answer(wizard, "situation", "relapsed_or_refractory")
    answer(wizard, "stable_now", "not_sure")
    wizard.back()
    wizard.back()
    page = wizard.question_pages["situation"]
    assert page.buttons["relapsed_or_refractory"].isChecked()
    press_next(wizard)
    assert wizard.question_pages["stable_now"].buttons["not_sure"].isChecked()


def test_each_question_page_says_where_the_person_is(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {"situation": ("relapsed_or_refractory",), "stable_now": ("yes",),
                             "grew_during_treatment": ("no",), "came_back_after_first": ("not_sure",),
                             "clinical_trial": ("no",)})
    for number, question in enumerate(content.questions, start=1):
        page = wizard.question_pages[question.id]
        assert page.position_label.text() == f"Question {number} of 7"
    assert "Question 7 of 7" in [label.text() for label in wizard.what_matters_page.findChildren(QLabel)]
