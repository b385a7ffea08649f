"""What is remembered between runs (text size, window size and place), and what never is (health)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWizard
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.shell.preferences import TEXT_SIZE_KEY, WINDOW_GEOMETRY_KEY, Preferences
from tests.ui.test_accessibility import pages_of_a_whole_walk
from tests.ui.walk import start_guide


def test_the_window_opens_where_it_was_and_at_the_size_it_had(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.setGeometry(40, 50, 700, 640)
    QApplication.processEvents()
    wizard.close()

    again = start_guide(qtbot, content_path)
    QApplication.processEvents()
    assert (again.width(), again.height()) == (700, 640)
    assert (again.geometry().x(), again.geometry().y()) == (40, 50)


def test_the_first_start_uses_the_normal_size_as_far_as_the_screen_allows(
    qtbot: QtBot, content_path: Path
) -> None:
    assert Preferences().window_geometry is None
    wizard = start_guide(qtbot, content_path)
    room = wizard.screen().availableGeometry()  # offscreen: 800 x 800, narrower than 960
    borders = wizard.frameGeometry().width() - wizard.width()
    assert (wizard.width(), wizard.height()) == (min(960, room.width() - borders), 760)
    assert room.contains(wizard.frameGeometry())


def test_a_size_remembered_from_a_larger_screen_is_made_to_fit(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.setGeometry(300, 200, 1800, 1100)  # as it was on a large monitor, since unplugged
    large = wizard.saveGeometry()
    wizard.hide()
    Preferences().window_geometry = large

    again = start_guide(qtbot, content_path)
    QApplication.processEvents()
    room = again.screen().availableGeometry()
    assert room.contains(again.frameGeometry()), f"{again.frameGeometry()} on {room}"


def test_the_settings_hold_the_display_only_never_the_answers(qtbot: QtBot, content_path: Path) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.button(QWizard.WizardButton.CustomButton2).click()
    for _ in pages_of_a_whole_walk(wizard):
        pass
    notes = wizard.results_page.findChild(QPlainTextEdit, "notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Ask about my kidneys")
    wizard.hide()

    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "myeloma-gui", "myeloma-gui")
    assert set(settings.allKeys()) == {TEXT_SIZE_KEY, WINDOW_GEOMETRY_KEY}
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    for private in ("relapsed", "came_back", "bortezomib", "kidneys", "maybe"):
        assert private not in stored


FIRST_PAINT_REPORT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from myeloma_gui.resources import CONTENT_FILE, bundled_file
    from myeloma_gui.ui.shell.app import make_application, open_guide

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                slow = ("pydantic", "PySide6.QtPrintSupport")
                print("loaded at first paint:", [name for name in slow if name in sys.modules])
                QTimer.singleShot(0, app.quit)
            return False

    app = make_application()
    watcher = FirstPaint()
    wizard = open_guide(bundled_file(CONTENT_FILE))
    wizard.installEventFilter(watcher)
    app.exec()
""")


def test_settings_and_text_size_keep_the_first_paint_ahead_of_pydantic() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_REPORT], capture_output=True, text=True, timeout=60,
        cwd=Path(__file__).resolve().parents[2], check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded at first paint: []" in done.stdout
