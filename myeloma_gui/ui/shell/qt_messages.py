"""Qt's own messages on the terminal: the ones that tell a person something, not a platform plugin's
notes about what it cannot do.

Qt's platform plugins answer some window requests they have no use for with a warning ("This plugin
does not support propagateSizeHints()", twice on every start offscreen, as the smoke check runs). They
say nothing about the guide and nothing can be done about them; only that kind is kept off the
terminal. Every other message goes on as Qt would print it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

# How QPlatformWindow's and QPlatformIntegration's defaults begin their "not supported" notes.
PLUGIN_NOTE = "This plugin does not support "


def is_plugin_note(message: str) -> bool:
    return message.startswith(PLUGIN_NOTE)


def keep_plugin_notes_off_the_terminal() -> None:
    """For the rest of the process (installed once the application exists)."""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    previous: list[Callable[..., None] | None] = []

    def handler(kind: Any, context: Any, message: str) -> None:
        if is_plugin_note(message):
            return
        if previous[0] is not None:
            previous[0](kind, context, message)
        else:  # Qt's own handler was in place: print as it would
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
            sys.stderr.flush()

    previous.append(qInstallMessageHandler(handler))
