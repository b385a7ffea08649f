"""``myeloma-gui --smoke``: does this copy of the app start? For CI and for whoever installs it.

It opens the window as a person would, waits until the welcome page has been painted and the content
validated and the question pages built, then quits with 0. Anything missing (a bundled file, a Qt
plugin, a module left out of a frozen bundle) ends it with a line on stderr and a non-zero exit,
never a dialog that would wait for a click on a machine with no one at it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from myeloma_gui.content.loader import ContentError, load_content
from myeloma_gui.resources import BUNDLED_FILES, bundled_file, resources_folder

if TYPE_CHECKING:
    from myeloma_gui.ui.wizard.wizard import GuideWizard

GIVE_UP_AFTER_MS = 30_000


def smoke_check(
    app: QApplication, content_path: Path, open_guide: Callable[[Path], GuideWizard | None]
) -> int:
    """``open_guide`` opens the window as the app does (given by the app, which this must not import)."""
    missing = [name for name in BUNDLED_FILES if not bundled_file(name).is_file()]
    if missing:
        print(f"smoke check failed: missing from {resources_folder()}: {', '.join(missing)}", file=sys.stderr)
        return 1
    try:
        load_content(content_path)  # checked here first, so a bad file is reported, not shown
    except ContentError as error:
        print(f"smoke check failed: {error}", file=sys.stderr)
        return 1

    wizard = open_guide(content_path)
    if wizard is None:
        return 1

    def when_ready() -> None:
        if wizard.welcome_page.isComplete() and wizard.session is not None:
            print(f"smoke check passed: first page painted, content valid, {len(wizard.pageIds())} pages "
                  f"built, files from {resources_folder()}, Qt platform {app.platformName()}")
            app.exit(0)  # without closing the window, so its place is not remembered

    def give_up() -> None:
        print(f"smoke check failed: the guide was not ready after {GIVE_UP_AFTER_MS // 1000} s",
              file=sys.stderr)
        app.exit(1)

    wizard.welcome_page.completeChanged.connect(when_ready)
    QTimer.singleShot(GIVE_UP_AFTER_MS, give_up)
    return app.exec()
