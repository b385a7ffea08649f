"""One plain line, and exit status 1, when no window can open (no display, or one that cannot be
reached), instead of Qt's five lines and an abort."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

EXIT_NO_DISPLAY = 1
ADVICE = ("Start it from a desktop session; to make a summary without a window, use "
          "'myeloma-gui results ANSWERS --pdf OUT'.")
# Platforms that need a display server; any other (offscreen, vnc, eglfs, minimal) draws elsewhere.
_NEEDS_A_DISPLAY = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}


def missing_display(environment: dict[str, str] | None = None) -> str | None:
    """Why no window can open here, in one sentence, or None when a display may be there."""
    env = os.environ if environment is None else environment
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS always have their own screen
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform:
        variable = _NEEDS_A_DISPLAY.get(platform.removesuffix("-egl"))
        if variable is None or env.get(variable):
            return None
        return f"The guide's window cannot open: there is no screen to show it on ({variable} is not set)."
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return "The guide's window cannot open: there is no screen to show it on (DISPLAY is not set)."


def say(reason: str) -> None:
    sys.stderr.write(f"myeloma-gui: {reason} {ADVICE}\n")
    sys.stderr.flush()


def _refuse_now(reason: str) -> NoReturn:
    say(reason)
    # Not sys.exit: this runs inside Qt's message handler, and Qt aborts as soon as it returns.
    os._exit(EXIT_NO_DISPLAY)


@contextmanager
def plain_start_failure() -> Iterator[None]:
    """While the Qt application is made: a fatal Qt message (a display that cannot be reached, a
    missing platform plugin) becomes one line and exit status 1; other messages pass on unchanged."""
    from PySide6.QtCore import qInstallMessageHandler

    held: list[str] = []

    def handler(kind: Any, context: Any, message: str) -> None:
        del context
        if kind.name == "QtFatalMsg":
            _refuse_now(_why_qt_failed(held, message))
        held.append(message)

    previous: Callable[..., None] | None = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for message in held:
            sys.stderr.write(message + "\n")


def _why_qt_failed(earlier: list[str], fatal: str) -> str:
    """Qt's earlier messages say what went wrong; its fatal one only that it did."""
    for message in earlier:
        if "could not connect to display" in message:
            screen = message.rsplit(" ", 1)[-1]
            return f"The guide's window cannot open: the screen {screen} cannot be reached."
    for message in earlier:
        if "platform plugin" in message:
            return f"The guide's window cannot open: {message.splitlines()[0].rstrip('.')}."
    return f"The guide's window cannot open: {fatal.splitlines()[0].rstrip('.')}."
