"""Started where no window can open (a server, a broken session): one plain line and exit status 1."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from myeloma_gui.ui.shell.no_display import missing_display


def start(environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "myeloma_gui"], env=environment,
        capture_output=True, text=True, timeout=60, check=False,
    )


def without_a_screen() -> dict[str, str]:
    screen = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    return {k: v for k, v in os.environ.items() if k not in screen}


@pytest.mark.parametrize(("change", "says"), [
    ({}, "there is no screen to show it on (DISPLAY is not set)"),
    ({"QT_QPA_PLATFORM": "xcb"}, "there is no screen to show it on (DISPLAY is not set)"),
    ({"QT_QPA_PLATFORM": "wayland"}, "(WAYLAND_DISPLAY is not set)"),
    # A display that is named but not there, and a platform Qt does not have: Qt's own fatal
    # message, caught on its way to an abort.
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":77"}, "The guide's window cannot open:"),
    ({"QT_QPA_PLATFORM": "no-such-platform"}, "The guide's window cannot open:"),
], ids=["nothing set", "xcb without DISPLAY", "wayland without WAYLAND_DISPLAY", "an absent display",
        "an unknown platform"])
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_screen_gives_one_line_and_exit_status_one(change: dict[str, str], says: str) -> None:
    finished = start(without_a_screen() | change)
    assert finished.returncode == 1
    assert finished.stderr.count("\n") == 1, finished.stderr
    assert finished.stderr.startswith("myeloma-gui: ")
    assert says in finished.stderr
    assert "myeloma-gui results" in finished.stderr, "it says what can be done without a window"
    assert "Traceback" not in finished.stderr
    assert finished.stdout == ""


@pytest.mark.parametrize("environment", [
    {"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"},
    {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, {"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "w"},
    {"QT_QPA_PLATFORM": "vnc"},
])
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_a_possible_screen_is_left_to_qt(environment: dict[str, str]) -> None:
    assert missing_display(environment) is None
