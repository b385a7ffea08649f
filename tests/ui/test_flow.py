"""How the pages follow each other: branching, skipping, reviewing and changing answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.page_ids import PageId
from tests.answer_sets import OUT_OF_SCOPE_MGUS, Q, disease
from tests.ui.walk import answer, current_question, press_next, start_guide, walk_to_results

OUT_OF_SCOPE = {
    "newly_diagnosed": "treatment_multiple_myeloma",
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
    answer(wizard, Q.SITUATION, situation)
    assert wizard.currentId() == PageId.RESULTS
    shown = wizard.results_page.document.toPlainText()
    topic = content.topic(topic_id)
    assert content.wording.out_of_scope_heading in shown
    assert topic.summary[0].text in shown
    # No option statuses for a situation the guide does not cover.
    labels = content.wording.status_labels
    for label in (labels.matches, labels.may_match, labels.different_situation):
        assert label not in shown
    others = [shown.index(t.title.text) for t in content.topics if t.id != topic_id]
    assert shown.index(topic.title.text) < min(others)
    wizard.back()
    assert current_question(wizard).question.id == Q.SITUATION


def test_every_question_is_asked_in_the_guide_and_none_outside_it(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    answer(wizard, Q.SITUATION, "not_sure")
    for question_id, choice in ((Q.STABLE_NOW, "not_sure"), (Q.KEPT_GROWING, "yes"),
                                (Q.CAME_BACK, "never_went_away")):
        answer(wizard, question_id, choice)
    answer(wizard, Q.TREATMENTS)
    answer(wizard, Q.TRIAL, "no")
    assert wizard.currentId() == PageId.WHAT_MATTERS  # question 7, optional
    press_next(wizard)
    assert wizard.currentId() == PageId.REVIEW
    assert list(wizard.review_page.change_buttons) == [
        Q.SITUATION, Q.STABLE_NOW, Q.KEPT_GROWING, Q.CAME_BACK, Q.TREATMENTS,
        Q.TRIAL, "what_matters",
    ]
    # Going back and choosing MGUS skips everything else; the other answers are kept but ignored.
    for _ in range(7):
        wizard.back()
    answer(wizard, Q.SITUATION, "mgus")
    assert wizard.currentId() == PageId.RESULTS
    assert wizard.session is not None
    assert wizard.session.answers[Q.STABLE_NOW] == "not_sure"


def test_review_lists_each_answer_and_change_goes_back_to_it(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, disease(
        "no", "yes", "less_than_a_year", treatments=("daratumumab", "dont_remember"), trial="yes"
    ))
    wizard.back()
    assert wizard.currentId() == PageId.REVIEW
    review = wizard.review_page
    course = review.table.findChild(QLabel, "review_answer_grew_during_treatment")
    assert course is not None
    choice = content.question(Q.KEPT_GROWING).choice("yes")
    assert choice is not None
    assert course.text() == (choice.review_label or choice.label)
    checklist = review.table.findChild(QLabel, "review_answer_prior_treatments")
    assert checklist is not None
    assert checklist.text().splitlines()[0].startswith("Daratumumab")
    review.change_buttons[Q.STABLE_NOW].click()
    page = current_question(wizard)
    assert page.question.id == Q.STABLE_NOW
    assert page.buttons["no"].isChecked()
    answer(wizard, Q.STABLE_NOW, "yes")
    for _ in range(2):
        press_next(wizard)
    press_next(wizard)  # the checklist keeps its ticks
    assert wizard.question_pages[Q.TREATMENTS].buttons["daratumumab"].isChecked()
    for _ in range(3):
        press_next(wizard)  # clinical trial, what matters, review
    shown = wizard.results_page.document.toPlainText()
    # Watchful waiting now matches; the options keep the source's order.
    assert shown.index("Watchful waiting") < shown.index("A different treatment")
    assert content.wording.no_match_notice not in shown


def test_what_matters_is_kept_reviewed_and_changed_without_changing_the_options(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, disease("yes", "no", "not_sure"))
    before = wizard.results_page.results
    wizard.back()
    wizard.review_page.change_buttons["what_matters"].click()
    assert wizard.currentId() == PageId.WHAT_MATTERS
    page = wizard.what_matters_page
    page.buttons[("cost", "a_lot")].click()
    page.buttons[("how_to_decide", "together")].click()
    page.buttons[("feel_sure", "no")].click()
    page.own_words.setPlainText("Being home for the holidays")
    press_next(wizard)
    shown = wizard.review_page.table.findChild(QLabel, "review_answer_what_matters")
    assert shown is not None
    assert "Cost: Matters a lot" in shown.text()
    press_next(wizard)
    after = wizard.results_page.results
    assert before is not None
    assert after is not None
    assert after.options == before.options
    text = wizard.results_page.document.toPlainText()
    assert "Being home for the holidays" in text
    assert "Together with my doctor" in text
    # Back on the page, every answer is still there.
    wizard.back()
    wizard.review_page.change_buttons["what_matters"].click()
    assert page.buttons[("cost", "a_lot")].isChecked()
    assert page.own_words.toPlainText() == "Being home for the holidays"


def test_start_over_offers_to_save_unsaved_answers_then_clears_them(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, OUT_OF_SCOPE_MGUS)
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
    walk_to_results(wizard, OUT_OF_SCOPE_MGUS)
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
    answer(wizard, Q.SITUATION, "relapsed_or_refractory")
    button = current_question(wizard).buttons["yes"]
    assert button.accessibleName() == "Stable & steady"
    assert QKeySequence.mnemonic(button.text()).isEmpty()  # no Alt+S hidden in it
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert not button.isChecked()


def test_after_changing_an_answer_one_button_leads_back_to_the_review(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, disease("yes", "no", "a_year_or_more", treatments=("bortezomib",), trial="yes"))
    wizard.back()
    back_to_review = wizard.question_pages[Q.STABLE_NOW].return_button
    assert not back_to_review.isVisible()  # only after Change
    wizard.review_page.change_buttons[Q.STABLE_NOW].click()
    assert back_to_review.isVisible()
    current_question(wizard).buttons["no"].click()
    back_to_review.click()
    assert wizard.currentId() == PageId.REVIEW
    assert not back_to_review.isVisible()
    # On the way back it stops at a question with no answer, so that it gets one.
    wizard.review_page.change_buttons[Q.STABLE_NOW].click()
    assert wizard.session is not None
    del wizard.session.answers[Q.CAME_BACK]
    back_to_review.click()
    assert current_question(wizard).question.id == Q.CAME_BACK
    answer(wizard, Q.CAME_BACK, "not_sure")
    assert current_question(wizard).question.id == Q.TREATMENTS
    wizard.question_pages[Q.TREATMENTS].return_button.click()
    assert wizard.currentId() == PageId.REVIEW
