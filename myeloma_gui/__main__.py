"""Entry point for ``myeloma-gui`` and ``python -m myeloma_gui``."""

from __future__ import annotations

import os
import sys


def main() -> None:
    try:
        if len(sys.argv) > 1:
            from myeloma_gui.cli import main as run

            code = run()
        else:
            # No arguments: the window, as a menu entry starts it. The command-line parser (building
            # it costs a few milliseconds) is only needed for arguments.
            # The first page's words are read with json before Qt is imported on purpose: importing
            # json after PySide6 was two to three times slower (see ui/shell/pyside_imports.py).
            from myeloma_gui.content.first_page import FirstPageText  # noqa: F401
            from myeloma_gui.resources import CONTENT_FILE, bundled_file
            from myeloma_gui.ui.shell.pyside_imports import skip_source_reading

            skip_source_reading()  # before the guide's own modules and pydantic are imported
            from myeloma_gui.ui.shell.app import run_app

            code = run_app(bundled_file(CONTENT_FILE))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader of our output went away (as in "myeloma-gui results a.json | head"): not an error
        # to show. Python would still complain while flushing at exit, so stdout goes nowhere now.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    main()
