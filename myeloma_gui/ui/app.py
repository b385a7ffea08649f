"""Wires the app together: the Qt application, the window, and loading the content after first paint."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.content.loader import ContentError, read_content_file, validate_content
from myeloma_gui.ui import dialogs
from myeloma_gui.ui.wizard import GuideWizard

APP_NAME = "Myeloma treatment options guide"
# Larger than most desktops' default: many readers are older or have poor eyesight.
BASE_POINT_SIZE = 13.0


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("myeloma-gui")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("myeloma-gui")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE))
    app.setFont(font)
    return app


class _AfterFirstPaint(QObject):
    """Runs a function once, just after the watched widget has first been painted."""

    def __init__(self, watched: QObject, then: object) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # type: ignore[call-overload]
        return False


def open_guide(content_path: Path) -> GuideWizard | None:
    """Shows the window and loads the rest of the guide after the first paint.

    Returns None (after telling the person why) when the content file cannot be used.
    """
    try:
        raw = read_content_file(content_path)
    except ContentError as error:
        dialogs.show_error(None, APP_NAME, _content_problem_text(error))
        return None
    wizard = GuideWizard(FirstPageText.from_raw(raw))

    def finish_loading() -> None:
        try:
            wizard.install_content(validate_content(raw, content_path))
        except ContentError as error:
            dialogs.show_error(wizard, APP_NAME, _content_problem_text(error))
            wizard.close()
            QApplication.exit(1)

    _AfterFirstPaint(wizard, finish_loading)
    wizard.show()
    return wizard


def run_app(content_path: Path) -> int:
    app = make_application()
    wizard = open_guide(content_path)
    if wizard is None:
        return 1
    return app.exec()


def _content_problem_text(error: ContentError) -> str:
    return (
        "The guide cannot start, because its content file has a problem.\n\n"
        f"{error}\n\nIf you did not change this file, please reinstall the app."
    )
