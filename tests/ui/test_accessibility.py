"""What a screen reader and a keyboard user meet on every page: names, focus order, visible focus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.basics.choice_buttons import ChoiceRadioButton
from myeloma_gui.ui.basics.contrast import READABLE_TEXT, contrast_ratio
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import HAD_BORTEZOMIB, Q, page_answers
from tests.ui.walk import current_question, focused, press_next, start_guide, wait_for_the_results_start

ANSWERS = page_answers(HAD_BORTEZOMIB)


def controls(window: QWidget) -> Iterator[QWidget]:
    """Every visible thing a person can press, type in or move the keyboard focus to."""
    for widget in window.findChildren(QWidget):
        takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget.isVisible() and (takes_focus or isinstance(widget, QAbstractButton | QLineEdit)):
            yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"{widget.objectName()} is invisible to screen readers"
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(window: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in controls(window) if not accessible_name(w)]


def pages_of_a_whole_walk(wizard: GuideWizard) -> Iterator[str]:
    """Goes from the welcome page to the results and a related topic, yielding at each page."""
    yield "welcome"
    press_next(wizard)
    while wizard.currentId() not in (PageId.REVIEW, PageId.RESULTS):
        if wizard.currentId() == PageId.WHAT_MATTERS:
            yield "what_matters"
            press_next(wizard)
            continue
        page = current_question(wizard)
        yield page.question.id
        for choice in ANSWERS[page.question.id]:
            page.buttons[choice].click()
        press_next(wizard)
    yield "review"
    press_next(wizard)
    yield "results"
    topic = wizard.session.content.topics[0]  # type: ignore[union-attr]
    wizard.results_page.open_topic(topic.id)
    yield "topic"


def test_every_control_on_every_page_has_a_name_a_screen_reader_reads(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    seen = []
    for page in pages_of_a_whole_walk(wizard):
        assert list(controls(wizard)), f"no controls found on {page}"
        assert unnamed_controls(wizard) == [], f"controls without a name on the {page} page"
        seen.append(page)
    assert seen[-3:] == ["review", "results", "topic"]


def test_answers_say_what_they_mean_to_a_screen_reader(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    page = current_question(wizard)
    for choice in page.question.choices:
        button = page.buttons[choice.id]
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface.role() == QAccessible.Role.RadioButton
        assert accessible_name(button) == page.session.content.choice_label(choice)
        if choice.explanation:
            assert interface.text(QAccessible.Text.Description) == choice.explanation
    document = QAccessible.queryAccessibleInterface(wizard.results_page.document)
    assert document.text(QAccessible.Text.Name) == "Your results"
    assert document.text(QAccessible.Text.Description)


def test_text_size_buttons_are_named_and_tell_their_keys(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    larger = wizard.button(QWizard.WizardButton.CustomButton2)
    assert accessible_name(larger) == "Larger text"
    description = QAccessible.queryAccessibleInterface(larger).text(QAccessible.Text.Description)
    assert "Ctrl and plus" in description


def tab_stops(qtbot: QtBot, count: int) -> list[str]:
    """The names of the controls Tab stops at, starting from the focused one: ``count`` presses."""
    names = []
    for _ in range(count):
        names.append(focused().objectName() or accessible_name(focused()))
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return names


def test_tab_goes_through_the_page_then_the_buttons_left_to_right(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # Alt+N is Next. A button's Alt key presses it visibly, so the page turns a moment later.
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() != PageId.WELCOME)
    page = current_question(wizard)
    assert page.question.id == Q.SITUATION
    assert focused() is page.buttons["relapsed_or_refractory"], "the page opens on its first answer"
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert page.buttons["relapsed_or_refractory"].isChecked()
    stops = tab_stops(qtbot, 6)
    back = wizard.button(QWizard.WizardButton.BackButton).objectName()
    following = wizard.button(QWizard.WizardButton.NextButton).objectName()
    # The answers are one stop (arrows move among them), then Tab goes along the row of buttons.
    assert stops == [
        "choice_relapsed_or_refractory", "about_guide", "text_smaller", "text_larger", back, following
    ]
    assert focused() is page.buttons["relapsed_or_refractory"], "after the last button, Tab goes to the page"
    qtbot.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Alt+B is Back
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.WELCOME)


def test_arrow_keys_move_between_answers_and_choose_them(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    press_next(wizard)
    page = current_question(wizard)
    first, second = (page.buttons[c.id] for c in page.question.choices[:2])
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus()
    assert second.isChecked()
    assert isinstance(second, QRadioButton)


def pixels_differ(before: QImage, after: QImage) -> int:
    assert before.size() == after.size()
    return sum(
        before.pixel(x, y) != after.pixel(x, y)
        for y in range(0, before.height(), 2) for x in range(0, before.width(), 2)
    )


def test_keyboard_focus_is_drawn_as_a_frame_round_the_answer(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    press_next(wizard)
    button = current_question(wizard).buttons["not_sure"]
    assert isinstance(button, ChoiceRadioButton)
    wizard.button(QWizard.WizardButton.BackButton).setFocus()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    framed = button.grab().toImage()
    # The frame runs all round the row: its edges change, not just a dot beside the text.
    assert pixels_differ(unfocused, framed) > (button.width() + button.height()) // 2
    edge_row = 2
    changed_along_top = sum(
        unfocused.pixel(x, edge_row) != framed.pixel(x, edge_row) for x in range(button.width())
    )
    assert changed_along_top > button.width() * 0.8


def test_push_buttons_show_keyboard_focus_too(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert isinstance(button, QPushButton)
    wizard.button(QWizard.WizardButton.NextButton).setFocus()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert pixels_differ(unfocused, button.grab().toImage()) > button.width() // 2


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)


def test_the_whole_guide_with_keys_only_alt_letters_included(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def next_page_by_alt(key: Qt.Key = Qt.Key.Key_N) -> None:
        before = wizard.currentId()
        alt(qtbot, key)  # a button's Alt key presses it visibly: the page turns a moment later
        qtbot.waitUntil(lambda: wizard.currentId() != before)

    next_page_by_alt()
    while wizard.currentId() != PageId.REVIEW:
        if wizard.currentId() == PageId.WHAT_MATTERS:
            weight = wizard.what_matters_page.buttons[("side_effects", "a_lot")]
            for _ in range(40):
                if focused() is weight:
                    break
                qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            assert focused() is weight
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
            assert wizard.session is not None
            assert wizard.session.what_matters == {"side_effects": "a_lot"}
            next_page_by_alt()
            continue
        page = current_question(wizard)
        wanted = page.buttons[ANSWERS[page.question.id][0]]
        for _ in range(40):  # Tab into the answers, then arrows (one answer) or Tab (checklist)
            if focused() is wanted:
                break
            next_key = Qt.Key.Key_Down if isinstance(focused(), QRadioButton) else Qt.Key.Key_Tab
            qtbot.keyClick(focused(), next_key)
        assert focused() is wanted
        if not wanted.isChecked():
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
        assert wanted.isChecked()
        next_page_by_alt()
    next_page_by_alt(Qt.Key.Key_R)  # "See the results"
    assert wizard.currentId() == PageId.RESULTS

    # In the results, Tab goes from link to link; Enter on a related topic opens it in the app.
    document = wizard.results_page.document
    wait_for_the_results_start(qtbot, wizard)
    for _ in range(300):
        if getattr(focused(), "target", "").startswith("topic:"):
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    href = getattr(focused(), "target", "")
    assert href.startswith("topic:")
    opener = focused()
    qtbot.keyClick(opener, Qt.Key.Key_Return)
    topic_view = wizard.results_page.topic_view
    assert topic_view.isVisible()
    assert topic_view.topic is not None
    assert topic_view.topic.id == href.removeprefix("topic:")
    assert topic_view.title.hasFocus()  # the topic opens on its title
    qtbot.keyClick(topic_view.back_button, Qt.Key.Key_Space)
    assert document.isVisible()
    assert focused() is opener


def test_the_link_reached_with_tab_is_highlighted_readably(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    for page in pages_of_a_whole_walk(wizard):
        if page == "results":
            break
    document = wizard.results_page.document
    wait_for_the_results_start(qtbot, wizard)
    link = document.links[0]
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(link.hasFocus)
    palette = QApplication.palette()
    shown = link.grab().toImage()
    background = link.palette().color(link.backgroundRole())
    assert link.autoFillBackground()
    assert background == palette.color(QPalette.ColorRole.Highlight)
    assert QColor(shown.pixel(1, 1)) == background  # painted, not only set
    words = link.palette().color(link.foregroundRole())
    assert contrast_ratio(words, background) >= READABLE_TEXT
    wizard.button(QWizard.WizardButton.BackButton).setFocus()
    qtbot.waitUntil(lambda: not link.autoFillBackground())
