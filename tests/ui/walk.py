"""Driving the real wizard the way a person does: choose answers, press Next."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from myeloma_gui.decision.flow import AnswerValue
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.shell.app import open_guide
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import page_answers


def start_guide(qtbot: QtBot, content_path: Path) -> GuideWizard:
    wizard = open_guide(content_path)
    assert wizard is not None
    qtbot.addWidget(wizard, before_close_func=forget_answers)
    qtbot.waitUntil(wizard.welcome_page.isComplete, timeout=5000)
    return wizard


def forget_answers(wizard: GuideWizard) -> None:
    """At the end of a test the window closes; its answers are thrown away, so it does not ask to save."""
    if wizard.session is not None:
        wizard.session.clear()


def current_question(wizard: GuideWizard) -> QuestionPage:
    page = wizard.currentPage()
    assert isinstance(page, QuestionPage), f"expected a question page, got {page.objectName()}"
    return page


def press_next(wizard: GuideWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible(), f"Next is not shown on page {wizard.currentId()}"
    assert button.isEnabled(), f"Next is not enabled on page {wizard.currentId()}"
    button.click()


def answer(wizard: GuideWizard, question_id: str, *choice_ids: str) -> None:
    """On the current page (which must ask ``question_id``), tick the answers and press Next."""
    page = current_question(wizard)
    assert page.question.id == question_id, f"expected {question_id}, on {page.question.id}"
    for choice_id in choice_ids:
        page.buttons[choice_id].click()
    press_next(wizard)


def walk_to_results(
    wizard: GuideWizard, answer_set: Mapping[str, AnswerValue | tuple[str, ...]]
) -> None:
    """Answers whatever each page asks from ``answer_set`` (one of ``tests.answer_sets``) until the
    results page is reached."""
    answers = page_answers(answer_set)
    press_next(wizard)  # past the welcome page
    for _ in range(20):
        if wizard.currentId() in (PageId.WHAT_MATTERS, PageId.REVIEW):
            press_next(wizard)
        if wizard.currentId() == PageId.REVIEW:
            press_next(wizard)
        if wizard.currentId() == PageId.RESULTS:
            return
        page = current_question(wizard)
        answer(wizard, page.question.id, *answers.get(page.question.id, ()))
    raise AssertionError("the results page was never reached")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def wait_for_the_results_start(qtbot: QtBot, wizard: GuideWizard) -> QLabel:
    """Once the results are on view: the part the keyboard starts on (their first heading)."""
    document = wizard.results_page.document
    qtbot.waitUntil(lambda: bool(document.parts()) and QApplication.focusWidget() is document.parts()[0])
    return document.parts()[0]
