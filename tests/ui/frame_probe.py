"""Run by tests/ui/test_small_screens.py under a real window manager: opens the guide as a person
does, waits until the window manager has framed it and the frame keeps still, and prints (as JSON)
the window's frame against the screen's available area, and whether the welcome page's first control
is in view; then makes the text larger (Ctrl+plus) the given number of times and measures again.

Usage: frame_probe.py START_PERCENT PRESSES
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from myeloma_gui.resources import CONTENT_FILE, bundled_file
from myeloma_gui.ui.shell.app import make_application, open_guide
from myeloma_gui.ui.shell.preferences import Preferences
from myeloma_gui.ui.shell.text_size import TextSize
from myeloma_gui.ui.wizard.wizard import GuideWizard

SETTLE_S = 10.0
STILL_ROUNDS = 8


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def wait(seconds: float) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        QApplication.processEvents()
        time.sleep(0.02)


def settled(wizard: GuideWizard) -> list[list[int]]:
    """Until the window manager has framed the window and frame and window kept still a while;
    returns every framed size seen on the way."""
    deadline = time.monotonic() + SETTLE_S
    seen: tuple[list[int], list[int]] | None = None
    frames: list[list[int]] = []
    still = 0
    while time.monotonic() < deadline and still < STILL_ROUNDS:
        wait(0.05)
        now = (rect(wizard.frameGeometry()), rect(wizard.geometry()))
        framed = now[0] != now[1]
        if framed and (not frames or frames[-1] != now[0]):
            frames.append(now[0])
        still = still + 1 if now == seen and framed else 0
        seen = now
    return frames


def measure(wizard: GuideWizard, text_size: TextSize) -> dict[str, object]:
    screen = wizard.screen()
    button = wizard.welcome_page.open_answers_button
    shown = button.visibleRegion().boundingRect()
    return {
        "percent": text_size.percent,
        "frame": rect(wizard.frameGeometry()),
        "window": rect(wizard.geometry()),
        "available": rect(screen.availableGeometry()) if screen is not None else None,
        "first_control_whole": wizard.currentPage() is wizard.welcome_page and shown == button.rect(),
    }


def main() -> None:
    start_percent, presses = int(sys.argv[1]), int(sys.argv[2])
    make_application(None)
    Preferences().text_size_percent = start_percent
    wizard = open_guide(bundled_file(CONTENT_FILE))
    assert wizard is not None
    text_size = wizard.findChild(TextSize)
    assert isinstance(text_size, TextSize)
    while wizard.session is None:  # the guide loads just after its first paint
        wait(0.05)
    records = [{"frames_seen": settled(wizard), **measure(wizard, text_size)}]
    if presses:
        for _ in range(presses):
            text_size.larger()
            wait(0.05)
        records.append({"frames_seen": settled(wizard), **measure(wizard, text_size)})
    print(json.dumps(records))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
