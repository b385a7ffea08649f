"""How the pages follow each other: branching, skipping, reviewing and changing answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.ui import dialogs
from myeloma_gui.ui.page_ids import PageId
from tests.ui.walk import answer, current_question, press_next, start_guide, walk_to_results

OUT_OF_SCOPE = {
    "new_or_first_treatment": "treatment_multiple_myeloma",
    "mgus": "treatment_mgus",
    "plasmacytoma_bone": "treatment_plasmacytoma_bone",
    "plasmacytoma_outside_bone": "treatment_extramedullary_plasmacytoma",
}


@pytest.mark.parametrize(("situation", "topic_id"), OUT_OF_SCOPE.items())
def test_out_of_scope_goes_straight_to_the_matching_topic(
    qtbot: QtBot, content_path: Path, content: Content, situation: str, topic_id: str
) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    answer(wizard, "situation", situation)
    assert wizard.currentId() == PageId.RESULTS
    shown = wizard.results_page.document.toPlainText()
    topic = content.topic(topic_id)
    assert content.wording.out_of_scope_heading in shown
    assert topic.summary[0] in shown
    # No option statuses for a situation the guide does not cover.
    for label in (content.wording.status_labels.fits, content.wording.status_labels.less_likely):
        assert label not in shown
    assert shown.index(topic.title) < min(shown.index(t.title) for t in content.topics if t.id != topic_id)
    wizard.back()
    assert current_question(wizard).question.id == "situation"


def test_the_timing_question_is_asked_only_when_it_applies(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    answer(wizard, "situation", "relapsed_or_refractory")
    answer(wizard, "disease_course", "came_back")
    answer(wizard, "prior_treatments")
    answer(wizard, "first_treatment_ended", "less_than_a_year")
    assert current_question(wizard).question.id == "clinical_trial"
    # Going back and saying it is stable skips the timing page, and its answer no longer counts.
    for _ in range(3):
        wizard.back()
    answer(wizard, "disease_course", "stable")
    answer(wizard, "prior_treatments")
    assert current_question(wizard).question.id == "clinical_trial"
    answer(wizard, "clinical_trial", "no")
    assert wizard.currentId() == PageId.REVIEW
    assert list(wizard.review_page.change_buttons) == [
        "situation", "disease_course", "prior_treatments", "clinical_trial"
    ]


def test_review_lists_each_answer_and_change_goes_back_to_it(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {
        "situation": ("relapsed_or_refractory",), "disease_course": ("grew_during_treatment",),
        "prior_treatments": ("daratumumab", "dont_remember"), "clinical_trial": ("yes",),
    })
    wizard.back()
    assert wizard.currentId() == PageId.REVIEW
    review = wizard.review_page
    assert set(review.change_buttons) == {"situation", "disease_course", "prior_treatments", "clinical_trial"}
    course = review.table.findChild(QLabel, "review_answer_disease_course")
    assert course is not None
    choice = content.question("disease_course").choice("grew_during_treatment")
    assert choice is not None
    assert course.text() == (choice.review_label or choice.label)
    checklist = review.table.findChild(QLabel, "review_answer_prior_treatments")
    assert checklist is not None
    assert checklist.text().splitlines()[0].startswith("Daratumumab")
    review.change_buttons["disease_course"].click()
    page = current_question(wizard)
    assert page.question.id == "disease_course"
    assert page.buttons["grew_during_treatment"].isChecked()
    answer(wizard, "disease_course", "stable")
    press_next(wizard)  # the checklist keeps its ticks
    assert wizard.question_pages["prior_treatments"].buttons["daratumumab"].isChecked()
    press_next(wizard)
    press_next(wizard)
    shown = wizard.results_page.document.toPlainText()
    assert shown.index("Watchful waiting") < shown.index("A different treatment")


def test_start_over_offers_to_save_unsaved_answers_then_clears_them(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {"situation": ("mgus",)})
    offered: list[str] = []

    def answer_with(choice: str) -> Callable[..., str]:
        def ask(_parent: object, _title: str, _text: str, discard_text: str) -> str:
            offered.append(discard_text)
            return choice
        return ask

    monkeypatch.setattr(dialogs, "ask_unsaved_answers", answer_with("cancel"))
    wizard.results_page.start_over_action.trigger()
    assert offered == ["Don't save"]
    assert wizard.currentId() == PageId.RESULTS  # cancelled: nothing changed

    monkeypatch.setattr(dialogs, "ask_unsaved_answers", answer_with("discard"))
    wizard.results_page.start_over_action.trigger()
    assert wizard.currentId() == PageId.WELCOME
    press_next(wizard)
    assert not any(b.isChecked() for b in current_question(wizard).buttons.values())


def test_start_over_after_saving_still_asks_before_clearing(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {"situation": ("mgus",)})
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: tmp_path / "answers.json")
    wizard.results_page.results_actions.save_answers_action.trigger()
    assert (tmp_path / "answers.json").exists()
    asked: list[str] = []

    def decline(_parent: object, title: str, *_: object) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(dialogs, "confirm", decline)
    wizard.results_page.start_over_action.trigger()
    assert asked == ["Start over?"]
    assert wizard.currentId() == PageId.RESULTS


def test_an_ampersand_in_an_answer_is_shown_not_made_a_shortcut(
    qtbot: QtBot, tmp_path: Path, content_path: Path
) -> None:
    import json

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    raw = json.loads(content_path.read_text(encoding="utf-8"))
    raw["questions"][1]["choices"][0]["label"] = "Stable & steady"
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    wizard = start_guide(qtbot, edited)
    press_next(wizard)
    answer(wizard, "situation", "relapsed_or_refractory")
    button = current_question(wizard).buttons["stable"]
    assert button.accessibleName() == "Stable & steady"
    assert QKeySequence.mnemonic(button.text()).isEmpty()  # no Alt+S hidden in it
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert not button.isChecked()


def test_after_changing_an_answer_one_button_leads_back_to_the_review(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, {
        "situation": ("relapsed_or_refractory",), "disease_course": ("stable",),
        "prior_treatments": ("bortezomib",), "clinical_trial": ("yes",),
    })
    wizard.back()
    back_to_review = wizard.question_pages["disease_course"].return_button
    assert not back_to_review.isVisible()  # only after Change
    wizard.review_page.change_buttons["disease_course"].click()
    assert back_to_review.isVisible()
    current_question(wizard).buttons["grew_during_treatment"].click()
    back_to_review.click()
    assert wizard.currentId() == PageId.REVIEW
    assert not back_to_review.isVisible()
    # A change that brings in a new question stops there, so it gets an answer.
    wizard.review_page.change_buttons["disease_course"].click()
    current_question(wizard).buttons["came_back"].click()
    back_to_review.click()
    assert current_question(wizard).question.id == "first_treatment_ended"
    answer(wizard, "first_treatment_ended", "a_year_or_more")
    assert current_question(wizard).question.id == "clinical_trial"
    wizard.question_pages["clinical_trial"].return_button.click()
    assert wizard.currentId() == PageId.REVIEW
