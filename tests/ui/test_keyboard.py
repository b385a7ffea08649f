"""The whole guide with the keyboard alone: Tab, arrow keys, Space and Enter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import OUT_OF_SCOPE_MGUS, Q
from tests.ui.walk import current_question, focused, start_guide, wait_for_the_results_start


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_until(qtbot: QtBot, wanted: Callable[[QWidget], bool]) -> QWidget:
    for _ in range(60):
        if wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the wanted control")


def choose_with_arrows(qtbot: QtBot, wizard: GuideWizard, choice_id: str) -> None:
    """Tabs into the answers, then moves down with the arrow key to the wanted one."""
    page = current_question(wizard)
    target = page.buttons[choice_id]
    tab_until(qtbot, lambda w: isinstance(w, QRadioButton) and w.parent() is not None)
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(len(page.buttons)):
        if target.isChecked():
            return
        press(qtbot, Qt.Key.Key_Down)
    assert target.isChecked(), f"the arrow keys never reached {choice_id}"


def test_a_keyboard_only_walk_reaches_the_results(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    press(qtbot, Qt.Key.Key_Return)  # Next is the default button
    choose_with_arrows(qtbot, wizard, "relapsed_or_refractory")
    press(qtbot, Qt.Key.Key_Return)
    choose_with_arrows(qtbot, wizard, "no")  # stable now?
    press(qtbot, Qt.Key.Key_Return)
    choose_with_arrows(qtbot, wizard, "not_sure")  # kept growing?
    press(qtbot, Qt.Key.Key_Return)
    choose_with_arrows(qtbot, wizard, "a_year_or_more")
    press(qtbot, Qt.Key.Key_Return)

    box = tab_until(qtbot, lambda w: isinstance(w, QCheckBox))
    press(qtbot, Qt.Key.Key_Space)
    assert isinstance(box, QCheckBox)
    assert box.isChecked()
    press(qtbot, Qt.Key.Key_Return)

    choose_with_arrows(qtbot, wizard, "no")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.WHAT_MATTERS
    press(qtbot, Qt.Key.Key_Return)  # optional: Enter moves on
    assert wizard.currentId() == PageId.REVIEW
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.RESULTS
    wait_for_the_results_start(qtbot, wizard)  # the reader starts in the results
    shown = wizard.results_page.document.toPlainText()
    assert "Daratumumab (Darzalex, Darzalex Faspro): ✓ You had this" in shown


def test_enter_on_the_results_page_does_not_close_the_window(qtbot: QtBot, content_path: Path) -> None:
    from tests.ui.walk import walk_to_results

    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, OUT_OF_SCOPE_MGUS)
    closes: list[int] = []
    wizard.finished.connect(closes.append)
    wait_for_the_results_start(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Enter)
    assert closes == []
    assert wizard.isVisible()
    # Elsewhere Enter still means Next: back on the situation page, it leads to the results again.
    wizard.back()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.RESULTS


def test_an_arrow_key_chooses_the_answer_it_moves_to(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    press(qtbot, Qt.Key.Key_Return)
    page = current_question(wizard)
    first = tab_until(qtbot, lambda w: isinstance(w, QRadioButton))
    assert isinstance(first, QRadioButton)
    assert not any(b.isChecked() for b in page.buttons.values())  # reaching the answers chooses none
    press(qtbot, Qt.Key.Key_Down)
    chosen = [choice for choice, b in page.buttons.items() if b.isChecked()]
    assert len(chosen) == 1
    assert page.buttons[chosen[0]] is focused()
    assert focused() is not first
    press(qtbot, Qt.Key.Key_Up)  # back up to the first answer, which the arrow chooses too
    assert first.isChecked()
    press(qtbot, Qt.Key.Key_Return)  # and Enter now leads on
    assert current_question(wizard).question.id == Q.STABLE_NOW


def test_ctrl_q_closes_after_asking_about_unsaved_answers_and_escape_never_does(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from myeloma_gui.ui.basics import dialogs

    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_Escape)  # on the welcome page, with nothing to lose
    assert wizard.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    current_question(wizard).buttons["relapsed_or_refractory"].click()
    asked: list[str] = []
    answer: list[dialogs.UnsavedChoice] = ["cancel"]

    def ask(_parent: object, title: str, *_: object) -> dialogs.UnsavedChoice:
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(dialogs, "ask_unsaved_answers", ask)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == []
    assert wizard.isVisible()
    assert current_question(wizard).question.id == Q.SITUATION
    qtbot.keyClick(focused(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Save your answers?"]
    assert wizard.isVisible()  # Cancel keeps the window and the answers
    answer[0] = "discard"
    qtbot.keyClick(focused(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not wizard.isVisible()
