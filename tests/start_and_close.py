"""Starts the guide as ``myeloma-gui`` does and closes its window as a person does, once the first
page is painted and the content loaded: ``python -m tests.start_and_close``. test_start_and_close
runs it many times over, watching for a crash at exit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from myeloma_gui.resources import CONTENT_FILE, bundled_file
from myeloma_gui.ui.shell.app import make_application, run_app
from myeloma_gui.ui.wizard.wizard import GuideWizard


def close_when_ready() -> None:
    for window in QApplication.topLevelWidgets():
        if isinstance(window, GuideWizard) and window.isVisible() and window.session is not None:
            window.close()  # the window's close button: nothing answered, so nothing is asked
            return
    QTimer.singleShot(20, close_when_ready)


if __name__ == "__main__":
    make_application()
    QTimer.singleShot(0, close_when_ready)
    sys.exit(run_app(bundled_file(CONTENT_FILE)))
