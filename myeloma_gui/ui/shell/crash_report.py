"""What happens when something goes wrong that the app did not expect.

The details (the traceback) go to a log file in the user's log folder, for whoever helps them; the
person sees a plain message, with a way to save their answers first, and the app keeps running. No
traceback is ever shown on screen. The reporter is installed before the first paint; what it needs to
report is imported when it does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from myeloma_gui import __version__
from myeloma_gui.ui.basics.words import translate

if TYPE_CHECKING:
    from myeloma_gui.ui.wizard.wizard import GuideWizard

LOG_NAME = "myeloma-gui.log"
# One earlier log is kept beside it as .old; neither grows past this, however often things go wrong.
LOG_LIMIT_BYTES = 512 * 1024

def log_folder() -> Path:
    """``~/.local/state/myeloma-gui/logs`` on Linux (``$XDG_STATE_HOME``); the local app data on others."""
    from PySide6.QtCore import QStandardPaths

    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericStateLocation)
    return Path(state) / "myeloma-gui" / "logs"


def write_log(error: BaseException, stack: TracebackType | None) -> Path | None:
    """Appends the error to the log file; returns it, or None when it cannot be written."""
    import datetime
    import traceback

    path = log_folder() / LOG_NAME
    when = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(type(error), error, stack))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > LOG_LIMIT_BYTES:
            path.replace(path.with_name(LOG_NAME + ".old"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {when} myeloma-gui {__version__}, Python {sys.version.split()[0]}\n{details}\n")
    except OSError:
        return None
    return path


def message_text(log: Path | None, *, can_save: bool) -> str:
    lines = [translate(
        "CrashReport",
        "Something went wrong inside the guide. This is a fault in the app, not something you did.",
    )]
    if can_save:
        lines.append(translate(
            "CrashReport", "Your answers are still here. To be safe, you can save them to a file now, "
            "and open them again later."
        ))
    if log is not None:
        lines.append(translate(
            "CrashReport", "The details were written to this file, for whoever helps you with the app:\n{log}"
        ).format(log=log))
    return "\n\n".join(lines)


class CrashReporter:
    """Installed as ``sys.excepthook``; PySide calls it for errors raised inside Qt's event handling."""

    def __init__(self) -> None:
        self.wizard: GuideWizard | None = None  # set once the window is open
        self._message_open = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, stack: TracebackType | None
    ) -> None:
        del kind
        log = write_log(error, stack)
        # One line for a terminal, if there is one; the details are in the log.
        where = f"; details in {log}" if log is not None else ""
        print(f"myeloma-gui: unexpected error: {type(error).__name__}{where}", file=sys.stderr)
        if self._message_open:  # one error often brings more: one message is enough
            return
        self._message_open = True
        rescue = answers_rescue(self.wizard)
        from myeloma_gui.ui.basics import dialogs

        try:
            dialogs.show_unexpected_error(
                self.wizard, message_text(log, can_save=rescue is not None), rescue, self._message_closed
            )
        except Exception:  # an error while reporting an error must not start a loop
            self._message_open = False

    def _message_closed(self) -> None:
        self._message_open = False


def answers_rescue(wizard: GuideWizard | None) -> Callable[[], None] | None:
    """A way to save the person's answers after an error, or None when there is nothing to save."""
    session = wizard.session if wizard is not None else None
    if wizard is None or session is None or not (session.answers or session.notes.strip()):
        return None

    def save() -> None:
        # The same Save answers... as on the results page: a file the person can open again later.
        from myeloma_gui.ui.answer_files.open_and_save import save_answers

        save_answers(wizard, session)

    return save
