"""Larger and smaller text: keys and buttons, remembered between runs, and nothing cut off at 200 %."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.basics.text import HEADING_SCALE
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.shell.preferences import Preferences
from myeloma_gui.ui.shell.text_size import STEPS, TextSize, normal_point_size
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.ui.test_accessibility import pages_of_a_whole_walk
from tests.ui.walk import start_guide, wait_for_the_results_start

CTRL = Qt.KeyboardModifier.ControlModifier


def text_size_of(wizard: GuideWizard) -> TextSize:
    found = wizard.findChild(TextSize)
    assert isinstance(found, TextSize)
    return found


def point_size() -> float:
    return QApplication.font().pointSizeF()


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    QApplication.processEvents()  # Qt hands the new font to the widgets through the event loop


def test_ctrl_plus_minus_and_zero_change_every_text_in_proportion(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    normal = point_size()
    assert normal == pytest.approx(normal_point_size())
    assert normal >= 13, "never smaller than 13 points by default"
    heading = wizard.welcome_page.findChildren(QLabel)[0]
    assert heading.font().pointSizeF() == pytest.approx(normal * HEADING_SCALE)

    press(qtbot, Qt.Key.Key_Plus)
    assert point_size() == pytest.approx(normal * 1.1)
    press(qtbot, Qt.Key.Key_Equal)  # the same key, without Shift
    assert point_size() == pytest.approx(normal * 1.25)
    assert heading.font().pointSizeF() == pytest.approx(normal * 1.25 * HEADING_SCALE)
    assert heading.font().bold()
    press(qtbot, Qt.Key.Key_Minus)
    assert point_size() == pytest.approx(normal * 1.1)
    press(qtbot, Qt.Key.Key_0)
    assert point_size() == pytest.approx(normal)
    assert heading.font().pointSizeF() == pytest.approx(normal * HEADING_SCALE)


def test_the_keys_work_from_inside_the_results_document(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    for _ in pages_of_a_whole_walk(wizard):
        pass
    wizard.results_page.show_results()
    document = wizard.results_page.document
    wait_for_the_results_start(qtbot, wizard)
    paragraph = document.reading_order()[1]  # the results' first paragraph, after their heading
    before = paragraph.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus)
    assert point_size() == pytest.approx(normal_point_size() * 1.1)
    assert paragraph.font().pointSizeF() == pytest.approx(before * 1.1)


def test_the_buttons_change_the_size_and_stop_at_the_ends(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    smaller = wizard.button(QWizard.WizardButton.CustomButton1)
    larger = wizard.button(QWizard.WizardButton.CustomButton2)
    for _ in STEPS:
        larger.click()
    assert text_size_of(wizard).percent == STEPS[-1] == 200
    assert not larger.isEnabled()
    assert smaller.isEnabled()
    for _ in STEPS:
        smaller.click()
    assert text_size_of(wizard).percent == STEPS[0]
    assert not smaller.isEnabled()


def test_the_size_is_remembered_for_the_next_start(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.button(QWizard.WizardButton.CustomButton2).click()
    wizard.button(QWizard.WizardButton.CustomButton2).click()
    wizard.close()
    QApplication.setFont(QApplication.font().__class__("Sans", 9))  # as a new process would start

    again = start_guide(qtbot, content_path)
    assert text_size_of(again).percent == 125
    assert point_size() == pytest.approx(normal_point_size() * 1.25)


def test_a_stored_size_that_makes_no_sense_is_ignored(qtbot: QtBot, content_path: Path) -> None:
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "myeloma-gui", "myeloma-gui")
    settings.setValue("text/size_percent", "huge")
    settings.sync()
    wizard = start_guide(qtbot, content_path)
    assert text_size_of(wizard).percent == 100


def cut_off(widget: QWidget) -> str | None:
    """Why ``widget`` cannot show all its text at the size it was given, or None if it can."""
    size, hint = widget.size(), widget.sizeHint()
    if widget.hasHeightForWidth() or (isinstance(widget, QLabel) and widget.wordWrap()):
        needed = widget.heightForWidth(size.width())
        if size.height() < needed:
            return f"{size.height()} px high, needs {needed} at {size.width()} px wide"
        return None
    if size.width() < hint.width() or size.height() < hint.height():
        return f"{size.width()}x{size.height()} px, needs {hint.width()}x{hint.height()}"
    return None


def texts(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        shows_text = isinstance(widget, QLabel | QAbstractButton) and bool(widget.text())
        if widget.isVisible() and shows_text:
            yield widget


@pytest.mark.parametrize("percent", [100, 200])
def test_no_text_is_cut_off_on_any_page(qtbot: QtBot, content_path: Path, percent: int) -> None:
    Preferences().text_size_percent = percent
    wizard = start_guide(qtbot, content_path)
    assert text_size_of(wizard).percent == percent
    for page in pages_of_a_whole_walk(wizard):
        for _ in range(3):  # layouts settle over a few passes of the event loop
            QApplication.processEvents()
        problems = {
            f"{type(w).__name__} {w.objectName() or w.text()[:40]!r}": why  # type: ignore[attr-defined]
            for w in texts(wizard) if (why := cut_off(w)) is not None
        }
        assert problems == {}, f"text cut off on the {page} page at {percent} %"
    assert wizard.currentId() == PageId.RESULTS
    # The window never has to grow past a common laptop screen to fit it all.
    assert wizard.minimumSizeHint().width() <= 1280


def test_the_window_grows_with_the_text_as_far_as_the_screen_allows(qtbot: QtBot, content_path: Path) -> None:
    from myeloma_gui.ui.wizard.wizard import DEFAULT_SIZE

    wizard = start_guide(qtbot, content_path)
    room = wizard.screen().availableGeometry()
    border_width = wizard.frameGeometry().width() - wizard.width()
    # The offscreen screen is 800 x 800: narrower than the normal window, which is made to fit it.
    normal_width = min(DEFAULT_SIZE[0], room.width() - border_width)
    assert (wizard.width(), wizard.height()) == (normal_width, DEFAULT_SIZE[1])
    for _ in range(8):
        qtbot.keyClick(wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    # The window takes all the screen's height, and keeps its width.
    border = wizard.frameGeometry().height() - wizard.height()
    assert wizard.height() == min(DEFAULT_SIZE[1] * 2, room.height() - border)
    assert wizard.width() == normal_width
    assert wizard.frameGeometry().top() >= room.top()
    qtbot.keyClick(wizard, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert wizard.height() >= DEFAULT_SIZE[1]  # back to normal text: the window is not shrunk on them


def test_at_the_largest_size_on_a_small_screen_the_results_never_scroll_sideways(
    qtbot: QtBot, content_path: Path
) -> None:
    """Long links (web addresses, topic titles) wrap like the rest: nothing is out of sight to the
    right, and reaching a part never scrolls the column sideways."""
    Preferences().text_size_percent = STEPS[-1]
    wizard = start_guide(qtbot, content_path)
    wizard.resize(1016, 540)  # a 1024x600 netbook, less the window frame and a taskbar
    wizard.activateWindow()
    for page in pages_of_a_whole_walk(wizard):
        if page == "results":
            break
    first = wait_for_the_results_start(qtbot, wizard)
    view = wizard.results_page.document
    QApplication.processEvents()
    assert view.horizontalScrollBar().maximum() == 0
    width = view.viewport().width()
    for part in view.parts():
        right = part.mapTo(view.viewport(), part.rect().topRight()).x()
        assert right <= width, f"{part.text()[:40]!r} reaches {right} px of {width}"
    assert first.hasFocus()
    assert view.horizontalScrollBar().value() == 0


def test_at_the_normal_size_every_link_that_fits_its_row_stays_on_one_line(
    qtbot: QtBot, content_path: Path
) -> None:
    """Only a link longer than its row wraps: "What “clinical trial” means" once broke in two with
    most of the row empty."""
    wizard = start_guide(qtbot, content_path)
    wizard.resize(960, 560)
    wizard.activateWindow()
    for page in pages_of_a_whole_walk(wizard):
        if page == "results":
            break
    wait_for_the_results_start(qtbot, wizard)
    QApplication.processEvents()
    view = wizard.results_page.document
    width = view.viewport().width()
    short = [link for link in view.links if link.fontMetrics().horizontalAdvance(link.text()) < width // 2]
    assert len(short) > 10
    for link in short:
        assert link.height() < 2 * link.fontMetrics().lineSpacing(), f"{link.text()!r} broke in two"
        assert link.width() > link.fontMetrics().horizontalAdvance(link.text()), f"{link.text()!r} is cut"
