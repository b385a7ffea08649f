"""Reading the results and a topic with the keyboard, part by part, as a screen-reader user does:
Down and Up through every heading, paragraph and link, H and Shift+H from heading to heading, Tab
from link to link; the part reached is framed and in view; nothing is said with symbols."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.ui.basics.focus_frame import focus_colour
from myeloma_gui.ui.results.reading_keys import FRAME_ROOM, part_to_reach
from myeloma_gui.ui.results.report_widgets import ReportHeading, ReportLink, ReportList, ReportText
from myeloma_gui.ui.shell.app import open_guide
from myeloma_gui.ui.shell.preferences import Preferences
from myeloma_gui.ui.shell.text_size import STEPS
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import HAD_BORTEZOMIB
from tests.ui.walk import focused, forget_answers, start_guide, wait_for_the_results_start, walk_to_results

SYMBOLS = "•●◐○✓"


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def at_the_results(qtbot: QtBot, content_path: Path) -> GuideWizard:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    walk_to_results(wizard, HAD_BORTEZOMIB)
    wait_for_the_results_start(qtbot, wizard)
    return wizard


def test_down_and_up_read_every_part_in_order_each_in_view(qtbot: QtBot, content_path: Path) -> None:
    wizard = at_the_results(qtbot, content_path)
    view = wizard.results_page.document
    parts = view.parts()
    reached = [focused()]
    for _ in range(len(parts) + 3):  # past the end: the focus stays on the last part
        press(qtbot, Qt.Key.Key_Down)
        reached.append(focused())
        part = focused()
        assert isinstance(part, QLabel)
        place = part.mapTo(view.viewport(), part.rect().center())
        assert view.viewport().rect().contains(place), part.text()  # scrolled to as it is read
    assert reached[: len(parts)] == parts
    assert set(reached[len(parts):]) == {parts[-1]}
    # Every part has words: a bullet alone before a link is not a stop.
    assert all(any(c.isalnum() for c in part.text()) for part in parts)
    assert {type(part) for part in parts} == {ReportHeading, ReportText, ReportList, ReportLink}
    for _ in range(len(parts)):
        press(qtbot, Qt.Key.Key_Up)
    assert focused() is parts[0]


def test_h_and_shift_h_go_from_heading_to_heading(qtbot: QtBot, content_path: Path) -> None:
    wizard = at_the_results(qtbot, content_path)
    parts = wizard.results_page.document.parts()
    headings = [part for part in parts if isinstance(part, ReportHeading)]
    assert focused() is headings[0]
    reached = []
    for _ in headings[1:]:
        press(qtbot, Qt.Key.Key_H)
        reached.append(focused())
    assert reached == headings[1:]
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is headings[-2]
    # From a paragraph, H goes to the next heading below it, not the first.
    paragraph = next(p for p in parts[parts.index(headings[2]):] if isinstance(p, ReportText))
    paragraph.setFocus()
    press(qtbot, Qt.Key.Key_H)
    assert focused() is next(h for h in headings if parts.index(h) > parts.index(paragraph))


def test_tab_from_a_paragraph_goes_to_the_next_link_below_and_shift_tab_to_the_one_above(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = at_the_results(qtbot, content_path)
    parts = wizard.results_page.document.parts()
    links = [part for part in parts if isinstance(part, ReportLink)]
    for paragraph in [p for p in parts if isinstance(p, ReportText)][::5]:
        where = parts.index(paragraph)
        below = [link for link in links if parts.index(link) > where]
        above = [link for link in links if parts.index(link) < where]
        paragraph.setFocus()
        press(qtbot, Qt.Key.Key_Tab)
        if below:
            assert focused() is below[0]
        else:  # past the results, on to the page's buttons
            assert focused() not in parts
            assert isinstance(focused(), QPushButton)
        paragraph.setFocus()
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        if above:
            assert focused() is above[-1]
        else:  # before the results: the tabs and buttons above them
            control = focused()
            assert control is not None
            assert control not in parts
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_part_reached_is_framed(qtbot: QtBot, content_path: Path) -> None:
    wizard = at_the_results(qtbot, content_path)
    view = wizard.results_page.document
    body = view.widget()
    assert body is not None
    press(qtbot, Qt.Key.Key_Down)
    paragraph = focused()
    assert isinstance(paragraph, ReportText)

    def left_of_the_paragraph() -> QImage:
        corner = paragraph.mapTo(body, paragraph.contentsRect().topLeft())
        x, y = corner.x() - FRAME_ROOM + 1, corner.y() + paragraph.height() // 2
        return body.grab().toImage().copy(x, y, 1, 1)

    colour = focus_colour(body.palette())
    assert left_of_the_paragraph().pixelColor(0, 0) == colour
    press(qtbot, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: left_of_the_paragraph().pixelColor(0, 0) != colour)


def test_parts_are_named_in_words_without_the_symbols_shown(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = at_the_results(qtbot, content_path)
    parts = wizard.results_page.document.parts()
    names = [part.accessibleName() for part in parts]
    assert not [name for name in names if any(symbol in name for symbol in SYMBOLS)]
    shown = [part.text() for part in parts]
    assert any("✓" in text for text in shown)  # the eye still gets the check marks
    labels = content.wording.status_labels
    statuses = {labels.matches, labels.may_match}
    statuses |= {labels.different_situation.replace("{situation}", o.situation.text) for o in content.options}
    assert [n for n in names if n.rstrip(".") in statuses]
    had = content.wording.had_mark.strip(SYMBOLS + " ")
    assert [n for n in names if f": {had}." in n]  # in a list of medicines, each item ends with a stop


def test_a_topic_reads_part_by_part_and_tab_goes_on_to_its_buttons(qtbot: QtBot, content_path: Path) -> None:
    Preferences().text_size_percent = STEPS[-1]  # the largest text: a topic needs scrolling
    wizard = at_the_results(qtbot, content_path)
    wizard.resize(1016, 540)
    page = wizard.results_page
    moves: list[QWidget] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: moves.append(new) if new is not None else None)
    for link in (x for x in page.document.links if x.target.startswith("topic:")):
        link.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        topic = page.topic_view
        parts = topic.column.parts()
        assert focused() is topic.title is parts[0]
        viewport = topic.column.parentWidget()
        assert viewport is not None
        for part in parts[1:]:
            press(qtbot, Qt.Key.Key_Down)
            assert focused() is part
            top = part.mapTo(viewport, part.rect().topLeft())
            assert viewport.rect().contains(top), part.text()[:40]  # scrolled to as it is read
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is topic.open_button
        parts[1].setFocus()
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is topic.back_button
        moves.clear()
        press(qtbot, Qt.Key.Key_Space)
        assert focused() is link
        assert moves == [link], "the focus goes straight back, with no stop on the way"


KEYS = [
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_H, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier),
]


@settings(max_examples=300, deadline=None)
@given(
    kinds=st.lists(st.booleans(), min_size=1, max_size=30),
    presses=st.lists(st.sampled_from(KEYS), max_size=40),
)
def test_the_reading_keys_never_leave_the_parts_and_h_lands_only_on_headings(
    qapp: QApplication, kinds: list[bool], presses: list[tuple[Qt.Key, Qt.KeyboardModifier]]
) -> None:
    del qapp
    parts: list[QWidget] = [QLabel(f"part {i}") for i in range(len(kinds))]
    headings = [part for part, heading in zip(parts, kinds, strict=True) if heading]
    here: QWidget = parts[0]
    for key, modifier in presses:
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifier)
        target = part_to_reach(parts, headings, here, event)
        assert target is not None
        assert target in parts
        before, after = parts.index(here), parts.index(target)
        if key == Qt.Key.Key_Down:
            assert after == min(before + 1, len(parts) - 1)
        elif key == Qt.Key.Key_Up:
            assert after == max(before - 1, 0)
        elif modifier == Qt.KeyboardModifier.NoModifier:  # H: the next heading, or stay
            later = [parts.index(h) for h in headings if parts.index(h) > before]
            assert after == (later[0] if later else before)
        else:
            earlier = [parts.index(h) for h in headings if parts.index(h) < before]
            assert after == (earlier[-1] if earlier else before)
        here = target
    # Any other key is not a reading key.
    other = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier)
    assert part_to_reach(parts, headings, here, other) is None


def test_the_window_closes_from_the_results_without_an_error(qtbot: QtBot, content_path: Path) -> None:
    """The results page lets go of the focus as it hides; while the window is destroyed, its wizard
    is no longer one, and that must not raise (it once opened the error message on quitting)."""
    wizard = open_guide(content_path)  # not handed to qtbot: this test destroys it itself
    assert wizard is not None
    qtbot.waitUntil(wizard.welcome_page.isComplete)
    walk_to_results(wizard, HAD_BORTEZOMIB)
    wait_for_the_results_start(qtbot, wizard)
    forget_answers(wizard)
    gone: list[bool] = []
    wizard.destroyed.connect(lambda: gone.append(True))
    wizard.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))


def test_the_results_are_their_parts_alone_a_list_being_one_part(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    """One object for a screen reader per heading, paragraph, list and link, and nothing else: no row
    containers, no bullet labels (each told the screen reader of itself, and it went through them)."""
    wizard = at_the_results(qtbot, content_path)
    document = wizard.results_page.document
    body = document.widget()
    assert body is not None
    parts = document.parts()
    assert set(body.findChildren(QWidget)) == set(parts)
    first = content.doctor_questions[0]
    questions = next(p for p in parts if isinstance(p, ReportList) and first in p.text())
    # The whole list, said item by item.
    assert questions.text().count("\n") == len(content.doctor_questions) - 1
    assert all(question in questions.accessibleName() for question in content.doctor_questions)
