"""Wires the app together: the Qt application, the window, and loading the content after first paint."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.content.loader import ContentError, read_content_file, validate_content
from myeloma_gui.resources import APP_ID, ICON_SIZES, bundled_file, icon_file
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.basics.settings_place import keep_file_dialog_state_with_ours
from myeloma_gui.ui.shell.calm_keys import CalmKeys, add_quit_keys
from myeloma_gui.ui.shell.crash_report import CrashReporter, message_text, write_log
from myeloma_gui.ui.shell.no_display import EXIT_NO_DISPLAY, missing_display, plain_start_failure, say
from myeloma_gui.ui.shell.preferences import Preferences
from myeloma_gui.ui.shell.text_size import TextSize, add_text_size_buttons, add_text_size_keys
from myeloma_gui.ui.shell.window_place import WindowPlace, fit_to_screen, grow_for_text_size
from myeloma_gui.ui.wizard.wizard import DEFAULT_SIZE, GuideWizard

APP_NAME = "Myeloma treatment options guide"


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        with plain_start_failure():
            app = QApplication(sys.argv[:1])
    app.setApplicationName("myeloma-gui")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("myeloma-gui")
    # Ties the windows to the menu entry (its name and icon), on Wayland especially.
    app.setDesktopFileName(APP_ID)
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
    preferences = Preferences()
    text_size = TextSize(preferences)
    text_size.apply()  # before the pages are built, so they are laid out at the person's size
    wizard = GuideWizard(FirstPageText.from_raw(raw))
    text_size.setParent(wizard)
    add_text_size_keys(wizard, text_size)
    CalmKeys(wizard)
    add_quit_keys(wizard)
    add_text_size_buttons(wizard, text_size)
    fit_to_screen(wizard)
    if not WindowPlace(wizard, preferences).restore():
        grow_for_text_size(wizard, text_size.percent, DEFAULT_SIZE)
    text_size.changed.connect(lambda percent: grow_for_text_size(wizard, percent, DEFAULT_SIZE))

    def finish_loading() -> None:
        try:
            wizard.install_content(validate_content(raw, content_path))
        except ContentError as error:
            dialogs.show_error(wizard, APP_NAME, _content_problem_text(error))
            wizard.close()
            QApplication.exit(1)
            return
        QApplication.setWindowIcon(app_icon())
        # Not needed for the first page's first paint, and a few milliseconds each: loaded now.
        from myeloma_gui.ui.basics.focus_frame import use_focus_frames
        from myeloma_gui.ui.basics.links import KeepLinksReadable

        use_focus_frames()
        # Setting a style hands each kind of widget the platform theme's own font again (GTK 3's
        # 10 points for buttons and answers): the person's size goes back on top of it.
        text_size.apply()
        KeepLinksReadable(wizard)

    _AfterFirstPaint(wizard, finish_loading)
    wizard.show()
    return wizard


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(bundled_file(icon_file(size))))
    return icon


def run_app(content_path: Path, *, smoke: bool = False) -> int:
    no_screen = missing_display()
    if no_screen is not None:
        say(no_screen)
        return EXIT_NO_DISPLAY
    app = make_application()
    if smoke:
        from myeloma_gui.ui.shell.smoke_check import smoke_check

        return smoke_check(app, content_path, open_guide)
    reporter = CrashReporter()
    reporter.install()
    keep_file_dialog_state_with_ours()
    try:
        wizard = open_guide(content_path)
    except Exception as error:  # before the window is up: say so plainly, log the details, stop
        log = write_log(error, error.__traceback__)
        problem = "The guide could not start.\n\n" + message_text(log, can_save=False)
        dialogs.show_error(None, APP_NAME, problem)
        return 1
    if wizard is None:
        return 1
    reporter.wizard = wizard
    return app.exec()


def _content_problem_text(error: ContentError) -> str:
    return (
        "The guide cannot start, because its content file has a problem.\n\n"
        f"{error}\n\nIf you did not change this file, please reinstall the app."
    )
