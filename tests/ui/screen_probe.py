"""Walks the real guide on whatever screen and platform theme this process was started with, and
reports what a person would meet there, as JSON on stdout.

The screen size (the offscreen platform's ``configfile``, see ``screen_config``) and the platform theme
(``QT_QPA_PLATFORMTHEME=gtk3``) are fixed when Qt starts, once per process, so the tests run this in a
fresh process for each (``run_probe``). The settings folder comes from ``XDG_CONFIG_HOME``.

    python -m tests.ui.screen_probe layout 200     # the window, buttons, cut labels, fonts, per page
    python -m tests.ui.screen_probe keys 100       # what Escape and Enter do on every page
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QWidget,
    QWizard,
)

from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.shell.app import make_application, open_guide
from myeloma_gui.ui.shell.preferences import Preferences
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import TREATED_STABLE, page_answers

ROOT = Path(__file__).resolve().parents[2]
# Answers that lead through every question page.
ANSWERS = page_answers(TREATED_STABLE)
Report = dict[str, Any]


def run_probe(mode: str, percent: int, screen: str = "1366x768", *, theme: str | None = None,
              config_home: Path, display: str | None = None) -> Report:
    """Runs this module in a fresh process on an offscreen screen of ``screen`` size ("1366x768")."""
    config = screen_config(config_home / f"screen-{screen}.json", screen)
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                       XDG_CONFIG_HOME=str(config_home))
    environment.pop("QT_QPA_PLATFORMTHEME", None)
    if theme is not None:
        environment["QT_QPA_PLATFORMTHEME"] = theme
    if display is not None:
        environment["DISPLAY"] = display
    finished = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe", mode, str(percent)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    report: Report = json.loads(finished.stdout.strip().splitlines()[-1])
    return report


def screen_config(path: Path, screen: str) -> Path:
    """The offscreen platform's description of one screen of that size, at 96 dpi."""
    width, height = (int(n) for n in screen.split("x"))
    path.parent.mkdir(parents=True, exist_ok=True)
    described = {"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path.write_text(json.dumps(described), encoding="utf-8")
    return path


def settle(seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if time.monotonic() >= end:
            return


def start(percent: int) -> GuideWizard:
    Preferences().text_size_percent = percent
    make_application()
    wizard = open_guide(ROOT / "resources" / "content.json")
    assert wizard is not None
    end = time.monotonic() + 10
    while not wizard.welcome_page.isComplete() and time.monotonic() < end:
        settle()
    wizard.activateWindow()
    settle(0.2)
    return wizard


def pages(wizard: GuideWizard) -> Iterator[str]:
    """From the welcome page to the results, the notes and a related topic, yielding at each."""
    yield "welcome"
    wizard.next()
    while wizard.currentId() not in (PageId.WHAT_MATTERS, PageId.REVIEW, PageId.RESULTS):
        page = wizard.currentPage()
        assert isinstance(page, QuestionPage)
        yield page.question.id
        for choice in ANSWERS[page.question.id]:
            page.buttons[choice].click()
        wizard.next()
    yield "what_matters"
    wizard.next()
    yield "review"
    wizard.next()
    yield "results"
    wizard.results_page.tabs.setCurrentIndex(1)  # the notes, and the printout's choices
    yield "notes"
    wizard.results_page.tabs.setCurrentIndex(0)
    assert wizard.session is not None
    wizard.results_page.open_topic(wizard.session.content.topics[0].id)
    yield "topic"


# Layout ---------------------------------------------------------------------------------------------


def shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` is, in the window's coordinates: a control inside a scroll area counts as
    where its scroll area is, since scrolling brings it into view."""
    holder = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            holder = parent
        parent = parent.parentWidget()
    if holder is widget:
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return QRect(holder.mapTo(window, holder.rect().topLeft()), holder.size())


def cut_off(widget: QWidget) -> str | None:
    size, hint = widget.size(), widget.sizeHint()
    if widget.hasHeightForWidth() or (isinstance(widget, QLabel) and widget.wordWrap()):
        needed = widget.heightForWidth(size.width())
        return f"{size.height()} px high, needs {needed}" if size.height() < needed else None
    if size.width() < hint.width() or size.height() < hint.height():
        return f"{size.width()}x{size.height()} px, needs {hint.width()}x{hint.height()}"
    return None


def texts(window: QWidget) -> Iterator[QLabel | QAbstractButton]:
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.text() and widget.isVisible():
            yield widget


def expected_point_size(widget: QWidget) -> float:
    scale = widget.property("relative_text_scale")
    return QApplication.font().pointSizeF() * (scale if isinstance(scale, float) else 1.0)


def name_of(widget: QLabel | QAbstractButton) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.text()[:30]!r}"


def layout_report(percent: int) -> Report:
    wizard = start(percent)
    screen = wizard.screen()
    room = screen.availableGeometry()
    report: Report = {"available": [room.width(), room.height()], "pages": {}}
    for page in pages(wizard):
        settle(0.1)
        frame = wizard.frameGeometry()
        window_rect = wizard.rect()
        outside = [
            name_of(button) for button in wizard.findChildren(QAbstractButton)
            if button.isVisible() and not window_rect.contains(shown_rect(button, wizard))
        ]
        wrong_size = [
            f"{name_of(widget)}: {widget.font().pointSizeF():.1f} pt"
            for widget in texts(wizard)
            if abs(widget.font().pointSizeF() - expected_point_size(widget)) > 0.05
        ]
        report["pages"][page] = {
            "window": [frame.x(), frame.y(), frame.width(), frame.height()],
            "fits_screen": room.contains(frame),
            "outside_window": outside,
            "cut": {name_of(w): why for w in texts(wizard) if (why := cut_off(w)) is not None},
            "wrong_font_size": wrong_size,
            "smallest_window": [wizard.minimumSize().width(), wizard.minimumSize().height()],
        }
        if page == "results":
            viewport = wizard.results_page.document.viewport()
            report["results_viewport_share"] = viewport.height() / wizard.height()
    report["app_point_size"] = QApplication.font().pointSizeF()
    forget(wizard)
    return report


# Keys -----------------------------------------------------------------------------------------------


def key(widget: QWidget | None, which: Qt.Key) -> None:
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, which)
    settle()


def keys_report(percent: int) -> Report:
    """On every page: does Escape keep the window and the answers, and what does Enter do."""
    asked: list[str] = []

    def confirm(*args: object, **_: object) -> bool:
        asked.append(str(args[1]))
        return False

    def unsaved_answers(*args: object, **_: object) -> dialogs.UnsavedChoice:
        asked.append(str(args[1]))
        return "cancel"

    dialogs.confirm = confirm
    dialogs.ask_unsaved_answers = unsaved_answers
    wizard = start(percent)
    closed: list[int] = []
    wizard.finished.connect(closed.append)
    report: Report = {"pages": {}}
    for page in pages(wizard):
        settle()
        assert wizard.session is not None
        before = (wizard.currentId(), dict(wizard.session.answers))
        focus_before = QApplication.focusWidget()
        key(focus_before, Qt.Key.Key_Escape)
        entry: Report = {
            "escape_kept_window": wizard.isVisible() and not closed,
            "escape_kept_page_and_answers": (wizard.currentId(), dict(wizard.session.answers)) == before,
        }
        current = wizard.currentPage()
        if isinstance(current, QuestionPage):
            entry.update(enter_on_a_choice(wizard, current))
        if page == "results":
            entry.update(enter_on_results(wizard, closed, asked))
        if page == "topic":
            key(QApplication.focusWidget(), Qt.Key.Key_Return)
            entry["enter_kept_topic"] = (
                wizard.results_page.stack.currentWidget() is wizard.results_page.topic_view
            )
        report["pages"][page] = entry
    report["dialogs_asked"] = asked
    forget(wizard)
    return report


def enter_on_a_choice(wizard: GuideWizard, page: QuestionPage) -> Report:
    """Enter with the focus on an answer: the same as Next, and it never ticks a box."""
    button = next(iter(page.buttons.values()))
    if not isinstance(button, QCheckBox):
        button.click()  # a one-answer page, answered: Enter should lead on
    button.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    ticked_before = button.isChecked()
    page_before = wizard.currentId()
    could_go_on = wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    key(button, Qt.Key.Key_Return)
    moved = wizard.currentId() != page_before
    result: Report = {
        "enter_went_next": moved, "could_go_next": could_go_on,
        "enter_ticked": isinstance(button, QCheckBox) and button.isChecked() != ticked_before,
    }
    if moved:
        wizard.back()
        settle()
    return result


def enter_on_results(wizard: GuideWizard, closed: list[int], asked: list[str]) -> Report:
    result: Report = {}
    for name, button in (("close", wizard.button(QWizard.WizardButton.FinishButton)),
                         ("more", wizard.results_page.results_actions.more_button)):
        button.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        asked_before = len(asked)
        key(button, Qt.Key.Key_Return)
        result[f"enter_on_{name}_did_nothing"] = (
            wizard.isVisible() and not closed and len(asked) == asked_before
            and wizard.currentId() == PageId.RESULTS
        )
    return result


def forget(wizard: GuideWizard) -> None:
    if wizard.session is not None:
        wizard.session.clear()
    wizard.hide()


def main(arguments: list[str]) -> int:
    mode, percent = arguments[0], int(arguments[1])
    make: Callable[[int], Report] = layout_report if mode == "layout" else keys_report
    report = make(percent)
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    # os._exit: the report is out; tearing Qt down at exit only risks noise on stderr.
    os._exit(main(sys.argv[1:]))
