"""Wires the app together: the Qt application, the window, and loading the content after first paint."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.content.loader import ContentError, RawContent, read_content_file, validate_content
from myeloma_gui.resources import APP_ID, ICON_SIZES, bundled_file, icon_file
from myeloma_gui.ui.basics.language import install_translation
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.shell.crash_report import CrashReporter
from myeloma_gui.ui.shell.no_display import EXIT_NO_DISPLAY, missing_display, plain_start_failure, say
from myeloma_gui.ui.shell.preferences import Preferences
from myeloma_gui.ui.shell.text_size import TextSize, add_text_size_buttons
from myeloma_gui.ui.shell.window_place import WindowPlace, grow_for_text_size
from myeloma_gui.ui.wizard.wizard import DEFAULT_SIZE, GuideWizard

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# Only what the first page needs is imported above: the dialogs, the keyboard shortcuts and the rest
# are imported where they are used, after the first paint.

# Set only by .ci/benchmark.py: a file descriptor to report the first paint on (see shell/measuring.py).
MEASURE_FD_VARIABLE = "MYELOMA_GUI_MEASURE_FD"


def app_name() -> str:
    """The app's name in window titles and messages, in the interface's language."""
    return translate("App", "Myeloma treatment options guide")


def make_application(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        with plain_start_failure():
            app = QApplication(sys.argv[:1])
    app.setApplicationName("myeloma-gui")
    # Before any window, and before the first translated word: the display name is one.
    install_translation(app, language)
    app.setApplicationDisplayName(app_name())
    app.setOrganizationName("myeloma-gui")
    # Ties the windows to the menu entry (its name and icon), on Wayland especially.
    app.setDesktopFileName(APP_ID)
    return app


class _AfterFirstPaint(QObject):
    """Runs a function once, just after the watched widget has first been painted."""

    def __init__(self, watched: QObject, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self._then: Callable[[], None] | None = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            # Not kept once run: it holds the raw content, which is not needed once validated.
            then, self._then = self._then, None
            QTimer.singleShot(0, then)
        return False


def open_guide(content_path: Path) -> GuideWizard | None:
    """Shows the window and loads the rest of the guide after the first paint.

    Returns None (after telling the person why) when the content file cannot be used.
    """
    try:
        raw = read_content_file(content_path)
    except ContentError as error:
        from myeloma_gui.ui.basics import dialogs

        dialogs.show_error(None, app_name(), _content_problem_text(error))
        return None
    preferences = Preferences()
    text_size = TextSize(preferences)
    text_size.apply()  # before the pages are built, so they are laid out at the person's size
    wizard = GuideWizard(FirstPageText.from_raw(raw))
    text_size.setParent(wizard)
    add_text_size_buttons(wizard, text_size)  # on the first page already, so not added later
    if not WindowPlace(wizard, preferences).restore():
        grow_for_text_size(wizard, text_size.percent, DEFAULT_SIZE)
    text_size.changed.connect(lambda percent: grow_for_text_size(wizard, percent, DEFAULT_SIZE))

    def after_first_paint() -> None:
        painted_at = time.clock_gettime_ns(time.CLOCK_BOOTTIME)
        measure_fd = os.environ.get(MEASURE_FD_VARIABLE)
        if measure_fd:  # when it was painted, and the processor time it took to get there
            os.write(int(measure_fd), f"paint {painted_at} {time.process_time_ns()}\n".encode())
        load_the_rest(wizard, text_size, raw, content_path)
        if measure_fd and wizard.session is not None:
            from myeloma_gui.ui.shell.measuring import walk_to_results

            QTimer.singleShot(0, lambda: walk_to_results(wizard, int(measure_fd)))

    _AfterFirstPaint(wizard, after_first_paint)
    wizard.show()
    return wizard


def load_the_rest(wizard: GuideWizard, text_size: TextSize, raw: RawContent, content_path: Path) -> None:
    """Just after the first paint: the keys, the content checked, every other page built."""
    from myeloma_gui.ui.shell.calm_keys import CalmKeys, add_quit_keys
    from myeloma_gui.ui.shell.text_size import add_text_size_keys

    add_text_size_keys(wizard, text_size)
    calm_keys = CalmKeys(wizard)
    add_quit_keys(wizard)
    _forget_source_lines()
    try:
        content = validate_content(raw, content_path)
    except ContentError as error:
        from myeloma_gui.ui.basics import dialogs

        dialogs.show_error(wizard, app_name(), _content_problem_text(error))
        wizard.close()
        QApplication.exit(1)
        return
    # Before any file dialog can open (they need the pages), not before the first paint.
    from myeloma_gui.ui.basics.settings_place import keep_file_dialog_state_with_ours

    keep_file_dialog_state_with_ours()
    wizard.install_content(content)
    calm_keys.watch_buttons()
    # A page may have buttons of its own made as it is shown (the review page's Change).
    wizard.currentIdChanged.connect(lambda _page_id: calm_keys.watch_buttons())
    QApplication.setWindowIcon(app_icon())
    # Not needed for the first page's first paint, and a few milliseconds each: loaded now.
    from myeloma_gui.ui.basics.focus_frame import use_focus_frames
    from myeloma_gui.ui.basics.links import KeepLinksReadable

    use_focus_frames()
    # Setting a style hands each kind of widget the platform theme's own font again (GTK 3's
    # 10 points for buttons and answers): the person's size goes back on top of it.
    text_size.apply()
    KeepLinksReadable(wizard)


def _forget_source_lines() -> None:
    """Frees the source lines Python's ``linecache`` keeps, for the pages to reuse.

    PySide6 reads the source of every module imported after it (see ``pyside_imports``); the guide
    switches that off, but only once PySide6 itself is imported, so the few it read while importing
    (``enum``'s, some 2,000 lines) stay in ``linecache``. Nothing needs them; a traceback reads its
    lines again.
    """
    import linecache

    linecache.clearcache()


def app_icon() -> QIcon:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        # With its size given, each picture is read only if a desktop asks for that size.
        icon.addFile(str(bundled_file(icon_file(size))), QSize(size, size))
    return icon


def run_app(content_path: Path, *, smoke: bool = False, language: str | None = None) -> int:
    no_screen = missing_display()
    if no_screen is not None:
        say(no_screen)
        return EXIT_NO_DISPLAY
    app = make_application(language)
    from myeloma_gui.ui.shell.qt_messages import keep_plugin_notes_off_the_terminal

    keep_plugin_notes_off_the_terminal()
    if smoke:
        from myeloma_gui.ui.shell.smoke_check import smoke_check

        return smoke_check(app, content_path, open_guide)
    reporter = CrashReporter()
    reporter.install()
    try:
        wizard = open_guide(content_path)
    except Exception as error:  # before the window is up: say so plainly, log the details, stop
        from myeloma_gui.ui.basics import dialogs
        from myeloma_gui.ui.shell.crash_report import message_text, write_log

        log = write_log(error, error.__traceback__)
        problem = translate("App", "The guide could not start.")
        dialogs.show_error(None, app_name(), problem + "\n\n" + message_text(log, can_save=False))
        return 1
    if wizard is None:
        return 1
    reporter.wizard = wizard
    return app.exec()


def _content_problem_text(error: ContentError) -> str:
    return translate(
        "App", "The guide cannot start, because its content file has a problem.\n\n{problem}\n\n"
        "If you did not change this file, please reinstall the app."
    ).format(problem=error)
