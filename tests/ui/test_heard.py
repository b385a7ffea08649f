"""What a screen reader is told, checked inside the app through Qt's accessibility interfaces: each
question is the name of the group its answers sit in, a page change moves the focus once, the
review's Change buttons say question and answer, names are words, and plain text is never focusable.
(tests/a11y checks the same through the real accessibility bus and Orca.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.decision.results import AnsweredQuestion
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import HAD_BORTEZOMIB, page_answers
from tests.ui.walk import answer, current_question, press_next, start_guide

ANSWERS = page_answers(HAD_BORTEZOMIB)


def labelled_by(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return [
        other.text(QAccessible.Text.Name)
        for other, relation in interface.relations(QAccessible.RelationFlag.Label)
        if relation & QAccessible.RelationFlag.Label
    ]


def group_of(widget: QWidget) -> QAccessibleInterface:
    """The nearest named group round ``widget``, passing the list radio-button answers sit in."""
    group = QAccessible.queryAccessibleInterface(widget).parent()
    while group.role() == QAccessible.Role.List or not group.text(QAccessible.Text.Name):
        group = group.parent()
    return group


def in_a_list(widget: QWidget) -> bool:
    return QAccessible.queryAccessibleInterface(widget).parent().role() == QAccessible.Role.List


def name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def focus_moves() -> list[QWidget]:
    """Every widget the focus lands on from now on (a screen reader speaks each)."""
    moves: list[QWidget] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: moves.append(new) if new is not None else None)
    return moves


def walk_to_review(wizard: GuideWizard) -> None:
    press_next(wizard)
    while wizard.currentId() != PageId.REVIEW:
        if wizard.currentId() == PageId.WHAT_MATTERS:
            press_next(wizard)
            continue
        page = current_question(wizard)
        answer(wizard, page.question.id, *ANSWERS[page.question.id])


def test_every_question_is_the_name_of_the_group_its_answers_sit_in(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    """Check boxes are labelled by their group; radio buttons sit in a list inside it (so that Orca
    does not say the question again at every arrow key: see basics/answer_list.py)."""
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    press_next(wizard)
    seen = 0
    while wizard.currentId() not in (PageId.WHAT_MATTERS, PageId.REVIEW):
        page = current_question(wizard)
        position = wizard.session.question_position(page.question.id)  # type: ignore[union-attr]
        first = next(iter(page.buttons.values()))
        qtbot.waitUntil(first.hasFocus)  # the page opens on its first answer
        group = group_of(first)
        assert group.text(QAccessible.Text.Name).startswith(f"{page.question.title} {position}")
        assert group.text(QAccessible.Text.Description) == (page.question.explanation or "")
        for button in page.buttons.values():
            if page.question.kind == "one":
                assert in_a_list(button), f"{button.objectName()} is not in the answers' list"
                assert labelled_by(button) == []
            else:
                [label] = labelled_by(button)
                assert label == group_of(button).text(QAccessible.Text.Name)
        seen += 1
        answer(wizard, page.question.id, *ANSWERS[page.question.id])
    assert seen == len(content.questions)
    what_matters = wizard.what_matters_page
    first_group = next(iter(what_matters.groups))
    first_answer = what_matters.buttons[(first_group, content.what_matters.weights[0].id)]
    assert in_a_list(first_answer)
    label = group_of(first_answer).text(QAccessible.Text.Name)
    assert label.startswith(f"{content.what_matters.title} {wizard.session.question_position(None)}")  # type: ignore[union-attr]


def test_going_back_opens_the_page_on_the_answer_given_with_one_focus_move(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    press_next(wizard)
    answer(wizard, "situation", "relapsed_or_refractory")
    current_question(wizard).buttons["no"].click()
    press_next(wizard)
    moves = focus_moves()
    wizard.back()
    page = current_question(wizard)
    assert moves == [page.buttons["no"]], "one move, to the answer given (not to the first answer)"


def test_change_buttons_say_question_and_answer_and_the_focus_returns_to_the_one_used(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    walk_to_review(wizard)
    review = wizard.review_page
    template = content.wording.change_answer
    stable = content.question("stable_now")

    def change_name(choice_id: str) -> str:
        choice = next(c for c in stable.choices if c.id == choice_id)
        said = ", ".join(AnsweredQuestion(stable, (choice,)).said(content))
        return template.replace("{question}", stable.review_title).replace("{answer}", said)

    change = review.change_buttons["stable_now"]
    assert name(change) == change_name("no")
    assert review.change_buttons["situation"].hasFocus(), "the review opens on its first Change button"

    moves = focus_moves()
    change.click()
    page = current_question(wizard)
    assert page.question.id == "stable_now"
    assert moves == [page.buttons["no"]], "several pages back, but the focus moved once"
    page.buttons["yes"].click()
    moves.clear()
    page.return_button.click()
    assert wizard.currentId() == PageId.REVIEW
    again = review.change_buttons["stable_now"]
    assert moves == [again], "back at the review, once, on the Change button that was used"
    assert again.hasFocus()
    assert name(again) == change_name("yes"), "it says the new answer"


def test_buttons_are_named_in_words_and_plain_text_never_takes_the_focus(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    pages = 0

    def check(where: str) -> None:
        for button in wizard.findChildren(QAbstractButton):
            if button.isVisible():
                spoken = name(button)
                assert spoken, f"a button without a name on {where}"
                assert not any(mark in spoken for mark in "<>…"), (where, spoken)
                assert "..." not in spoken, (where, spoken)
        for label in wizard.findChildren(QLabel):
            assert label.focusPolicy() == label.focusPolicy().NoFocus, (where, label.text()[:40])

    check("welcome")
    walk_to_review_pages = [PageId.REVIEW]
    press_next(wizard)
    while wizard.currentId() not in walk_to_review_pages:
        check(str(wizard.currentId()))
        pages += 1
        if wizard.currentId() == PageId.WHAT_MATTERS:
            press_next(wizard)
            continue
        page = current_question(wizard)
        page.show_return_to_review(True)  # its arrows are read too
        answer(wizard, page.question.id, *ANSWERS[page.question.id])
    check("review")
    assert name(wizard.button(QWizard.WizardButton.NextButton)) == "See the results"
    assert pages >= 7
