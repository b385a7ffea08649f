"""When something goes wrong: a plain message (with a way to save the answers), a log file for whoever
helps, and never a traceback on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.basics.dialogs import show_unexpected_error as real_unexpected_error_message
from myeloma_gui.ui.shell import app, crash_report
from myeloma_gui.ui.shell.crash_report import LOG_LIMIT_BYTES, LOG_NAME, CrashReporter, log_folder
from tests.answer_sets import IN_THE_GUIDE, ONLY_THE_SITUATION, Q, file_answers
from tests.ui.walk import answer, press_next, start_guide

CHECKOUT = Path(__file__).resolve().parents[2]


class ShownMessages:
    """Stands in for the message factory: records what would have been shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[QWidget | None, str, Callable[[], None] | None]] = []
        self.closed: list[Callable[[], None]] = []

    def __call__(
        self, parent: QWidget | None, text: str, save: Callable[[], None] | None, closed: Callable[[], None]
    ) -> None:
        self.shown.append((parent, text, save))
        self.closed.append(closed)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> ShownMessages:
    recorder = ShownMessages()
    monkeypatch.setattr(dialogs, "show_unexpected_error", recorder)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever a test installs
    return recorder


def fail_inside_qt() -> None:
    raise RuntimeError("a fault planted by the test")


@pytest.mark.qt_no_exception_capture
def test_an_error_inside_the_app_shows_a_message_and_is_logged(
    qtbot: QtBot, content_path: Path, messages: ShownMessages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start_guide(qtbot, content_path)
    press_next(wizard)
    answer(wizard, Q.SITUATION, IN_THE_GUIDE)
    reporter = CrashReporter()
    reporter.install()
    reporter.wizard = wizard

    QTimer.singleShot(0, fail_inside_qt)  # raised from Qt's event loop, as a real fault would be
    qtbot.waitUntil(lambda: bool(messages.shown))

    parent, text, save = messages.shown[0]
    assert parent is wizard
    log = log_folder() / LOG_NAME
    assert log.is_relative_to(Path(os.environ["XDG_STATE_HOME"]))
    assert str(log) in text
    assert "Traceback" not in text
    assert "RuntimeError" not in text
    assert "not something you did" in text
    written = log.read_text(encoding="utf-8")
    for detail in ("Traceback", "a fault planted by the test", "fail_inside_qt"):
        assert detail in written

    # The answers can be saved from the message, to a file that opens again later.
    assert save is not None
    target = tmp_path / "rescued.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: target)
    save()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["answers"] == file_answers(ONLY_THE_SITUATION)
    assert wizard.currentId() != -1, "the window is still open"


def logged_errors() -> int:
    log = log_folder() / LOG_NAME
    return log.read_text(encoding="utf-8").count("Traceback") if log.is_file() else 0


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_brings_one_message_until_it_is_closed(
    qtbot: QtBot, content_path: Path, messages: ShownMessages
) -> None:
    wizard = start_guide(qtbot, content_path)
    reporter = CrashReporter()
    reporter.install()
    reporter.wizard = wizard
    for _ in range(3):
        QTimer.singleShot(0, fail_inside_qt)
    qtbot.waitUntil(lambda: logged_errors() == 3)
    assert len(messages.shown) == 1
    _, text, save = messages.shown[0]
    assert save is None, "no answers yet: nothing to offer to save"
    assert "save" not in text.casefold()
    messages.closed[0]()
    QTimer.singleShot(0, fail_inside_qt)
    qtbot.waitUntil(lambda: len(messages.shown) == 2)


def test_the_log_is_kept_small(messages: ShownMessages) -> None:
    del messages
    log = log_folder() / LOG_NAME
    log.parent.mkdir(parents=True)
    log.write_text("x" * (LOG_LIMIT_BYTES + 1), encoding="utf-8")
    with pytest.raises(RuntimeError) as raised:
        fail_inside_qt()
    assert crash_report.write_log(raised.value, raised.tb) == log
    assert log.stat().st_size < 10_000
    assert log.with_name(LOG_NAME + ".old").stat().st_size > LOG_LIMIT_BYTES


def test_the_message_itself_opens_without_blocking_and_closes(qtbot: QtBot) -> None:
    closed: list[bool] = []
    saved: list[bool] = []
    box = real_unexpected_error_message(None, "Something went wrong.", lambda: saved.append(True),
                                        lambda: closed.append(True))
    qtbot.addWidget(box)
    assert box.isVisible(), "shown, and the call came back: it does not wait for a click"
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"&Save my answers...", "&Close this message"}
    buttons["&Save my answers..."].click()
    assert saved == [True]
    qtbot.waitUntil(lambda: closed == [True])
    assert box.icon() == QMessageBox.Icon.Warning


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return shown


def test_a_missing_content_file_at_start_says_so_and_exits_non_zero(
    tmp_path: Path, errors_shown: list[str]
) -> None:
    missing = tmp_path / "content.json"
    assert app.run_app(missing) == 1
    assert len(errors_shown) == 1
    assert str(missing) in errors_shown[0]
    assert "There is no such file" in errors_shown[0]
    assert "Traceback" not in errors_shown[0]


# The whole app, event loop and all, in a process of its own (a test must not end the shared app's
# loop); only the dialog is replaced, by a line on stdout.
RUN_WITH_PRINTED_DIALOGS = """
import sys
from pathlib import Path
from myeloma_gui.ui.shell import app
from myeloma_gui.ui.basics import dialogs
dialogs.show_error = lambda parent, title, text: print("DIALOG:", text)
sys.exit(app.run_app(Path(sys.argv[1])))
"""


def test_a_broken_content_file_at_start_says_so_and_exits_non_zero(
    tmp_path: Path, content_path: Path
) -> None:
    broken = tmp_path / "content.json"
    data = json.loads(content_path.read_text(encoding="utf-8"))
    data["questions"][0]["mystery"] = True
    broken.write_text(json.dumps(data), encoding="utf-8")
    # The welcome page is painted first; the check after it finds the fault and ends the app.
    started = subprocess.run(
        [sys.executable, "-c", RUN_WITH_PRINTED_DIALOGS, str(broken)], capture_output=True, text=True,
        timeout=120, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=CHECKOUT,
    )
    assert started.returncode == 1
    assert started.stdout.count("DIALOG:") == 1
    assert "questions[0]" in started.stdout
    assert "mystery" in started.stdout
    assert "Traceback" not in started.stdout + started.stderr


def test_a_fault_while_opening_the_window_is_reported_plainly(
    errors_shown: list[str], content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_open(_: Path) -> None:
        raise KeyError("planted")

    monkeypatch.setattr(app, "open_guide", broken_open)
    assert app.run_app(content_path) == 1
    assert errors_shown[0].startswith("The guide could not start.")
    assert "Traceback" not in errors_shown[0]
    assert "KeyError" in (log_folder() / LOG_NAME).read_text(encoding="utf-8")


def run_smoke(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "myeloma_gui", "--smoke", *arguments], capture_output=True, text=True,
        timeout=120, check=False, env=environment, cwd=CHECKOUT,
    )


def test_the_smoke_check_opens_the_first_page_and_quits() -> None:
    checked = run_smoke()
    assert checked.returncode == 0, checked.stderr
    assert "smoke check passed: first page painted, content valid" in checked.stdout
    # Only the app's own lines: not Qt's offscreen plugin noting what it does not support.
    assert "This plugin does not support" not in checked.stderr, checked.stderr


def test_the_smoke_check_fails_on_a_bad_content_file_with_a_line_not_a_dialog(tmp_path: Path) -> None:
    broken = tmp_path / "content.json"
    broken.write_text("{ not json", encoding="utf-8")
    checked = run_smoke("--content", str(broken))
    assert checked.returncode == 1
    assert "smoke check failed" in checked.stderr
    assert str(broken) in checked.stderr
    assert "Traceback" not in checked.stderr


def test_only_the_plugins_notes_are_kept_off_the_terminal_every_other_qt_message_is_printed() -> None:
    script = (
        "from PySide6.QtCore import qWarning\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from myeloma_gui.ui.shell.qt_messages import keep_plugin_notes_off_the_terminal\n"
        "app = QApplication([])\n"
        "keep_plugin_notes_off_the_terminal()\n"
        "qWarning('This plugin does not support raise()')\n"
        "qWarning('QFont::setPointSizeF: Point size <= 0 (0.000000), must be greater than 0')\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    printed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                             check=False, env=environment, cwd=CHECKOUT)
    assert "This plugin does not support" not in printed.stderr
    assert "Point size <= 0" in printed.stderr, printed.stderr
