"""The guide on a netbook (1024x600) and a laptop (1366x768), at normal and double text size, under Qt's
own style and under the GTK 3 desktop theme: the window fits, every button can be reached, no text is
cut off or left at the theme's size, the results keep half the window, and Escape and Enter behave.

Each screen size and theme needs a Qt of its own, so each case walks the real guide in a fresh process
(``screen_probe``); all of them start at once, and each test reads its report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.ui.screen_probe import run_probe

CHECKOUT = Path(__file__).resolve().parents[2]

NETBOOK, LAPTOP = "1024x600", "1366x768"
# (mode, text size %, screen, platform theme)
Case = tuple[str, int, str, str | None]
LAYOUT_CASES: list[Case] = [
    ("layout", 100, NETBOOK, None), ("layout", 100, LAPTOP, None), ("layout", 200, LAPTOP, None),
    ("layout", 100, NETBOOK, "gtk3"), ("layout", 200, LAPTOP, "gtk3"),
]
KEY_CASES: list[Case] = [("keys", 100, LAPTOP, None), ("keys", 100, LAPTOP, "gtk3")]


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A private X display: GTK 3 needs one to start, even when Qt itself draws offscreen."""
    xvfb = shutil.which("Xvfb")
    assert xvfb is not None, "Xvfb is missing: run 'bash .ci/setup test', which installs it"
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as told:
        number = told.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, x_display: str) -> Iterator[Reports]:
    """Every case's report, the walks run side by side; a walk that fails fails only its tests."""
    with ThreadPoolExecutor(max_workers=len(LAYOUT_CASES) + len(KEY_CASES)) as pool:
        futures: dict[Case, Future[dict[str, Any]]] = {
            case: pool.submit(
                run_probe, case[0], case[1], case[2], theme=case[3],
                config_home=tmp_path_factory.mktemp("settings"), display=x_display,
            )
            for case in LAYOUT_CASES + KEY_CASES
        }
        yield Reports(futures)


class Reports:
    def __init__(self, futures: dict[Case, Future[dict[str, Any]]]) -> None:
        self._futures = futures

    def __getitem__(self, case: Case) -> dict[str, Any]:
        return self._futures[case].result()


def case_id(case: Case) -> str:
    mode, percent, screen, theme = case
    return f"{mode}-{screen}-{percent}%-{theme or 'qt'}"


@pytest.mark.parametrize("case", LAYOUT_CASES, ids=case_id)
def test_everything_fits_and_can_be_reached(reports: Reports, case: Case) -> None:
    report = reports[case]
    pages = report["pages"]
    assert list(pages) == [
        "welcome", "situation", "stable_now", "grew_during_treatment", "came_back_after_first",
        "prior_treatments", "clinical_trial", "what_matters", "review", "results", "notes", "topic",
    ]
    width, height = (int(n) for n in case[2].split("x"))
    assert report["available"] == [width, height]
    for name, page in pages.items():
        assert page["fits_screen"], f"{name}: the window {page['window']} is larger than the screen"
        assert page["outside_window"] == [], f"{name}: buttons out of reach"
        assert page["cut"] == {}, f"{name}: text cut off"
        smallest_width, smallest_height = page["smallest_window"]
        assert smallest_width <= width, f"{name}: cannot be made as narrow as the screen"
        assert smallest_height <= height, f"{name}: cannot be made as low as the screen"


@pytest.mark.parametrize("case", LAYOUT_CASES, ids=case_id)
def test_every_text_is_at_the_chosen_size(reports: Reports, case: Case) -> None:
    """Under GTK 3 too, whose theme gives buttons and answers a 10-point font of their own."""
    report = reports[case]
    assert report["app_point_size"] == pytest.approx(13 * case[1] / 100)
    for name, page in report["pages"].items():
        assert page["wrong_font_size"] == [], f"{name}: texts not at the chosen size"


@pytest.mark.parametrize("theme", [None, "gtk3"])
def test_the_results_keep_half_the_window_at_double_size(
    reports: Reports, theme: str | None
) -> None:
    assert reports[("layout", 200, LAPTOP, theme)]["results_viewport_share"] >= 0.5


@pytest.mark.parametrize("case", KEY_CASES, ids=case_id)
def test_escape_never_closes_and_enter_means_next(reports: Reports, case: Case) -> None:
    report = reports[case]
    for name, page in report["pages"].items():
        assert page["escape_kept_window"], f"Escape closed the guide on {name}"
        assert page["escape_kept_page_and_answers"], f"Escape changed the page or answers on {name}"
        if "enter_went_next" in page:
            assert not page["enter_ticked"], f"Enter ticked a box on {name}"
            assert page["enter_went_next"] == page["could_go_next"], f"Enter on an answer, {name}"
    results, topic = report["pages"]["results"], report["pages"]["topic"]
    assert results["enter_on_close_did_nothing"]
    assert results["enter_on_more_did_nothing"]
    assert topic["enter_kept_topic"], "Enter after opening a topic pressed its Back button"
    assert report["dialogs_asked"] == []



# Under a real window manager, which puts a title bar and borders round the window and keeps a taskbar
# at the bottom (JWM, as a small desktop does): (screen, text size % at start, Ctrl+plus presses after).
FRAME_CASES = [(NETBOOK, 100, 5), (LAPTOP, 100, 5), (NETBOOK, 200, 0)]
TASKBAR_PX = 32
JWM_SETTINGS = f"""<?xml version="1.0"?>
<JWM>
    <Tray x="0" y="-1" height="{TASKBAR_PX}" autohide="off"><TaskList maxwidth="256"/></Tray>
    <WindowStyle decorations="motif"><Font>Sans-11:bold</Font><Width>4</Width></WindowStyle>
    <Desktops width="1" height="1"/>
    <FocusModel>click</FocusModel>
</JWM>
"""
FRAME_PROBE = Path(__file__).with_name("frame_probe.py")


def _with_a_window_manager(screen: str, start_percent: int, presses: int, home: Path) -> list[dict[str, Any]]:
    """Runs frame_probe on a private X screen of that size with JWM and its taskbar."""
    missing = [tool for tool in ("Xvfb", "jwm") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian packages xvfb, jwm; .ci/setup test installs them)")
    settings = home / "jwmrc"
    settings.write_text(JWM_SETTINGS, encoding="utf-8")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{screen}x24", "-dpi", "96",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as told:
        display = f":{told.readline().strip()}"
    environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
                   "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
                   "XDG_DATA_HOME": str(home / "data")}
    environment.pop("WAYLAND_DISPLAY", None)
    manager = subprocess.Popen(["jwm", "-f", str(settings)], env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        _wait_for_the_taskbar(environment, int(screen.split("x")[1]))
        measured = subprocess.run(
            [sys.executable, str(FRAME_PROBE), str(start_percent), str(presses)], env=environment,
            capture_output=True, text=True, timeout=120, check=False, cwd=CHECKOUT,
        )
        lines = [line for line in measured.stdout.splitlines() if line.startswith("[")]
        assert lines, f"the probe printed nothing: {measured.stderr[-800:]}"
        records: list[dict[str, Any]] = json.loads(lines[-1])
        return records
    finally:
        for process in (manager, server):
            process.terminate()
            process.wait(timeout=10)


def _wait_for_the_taskbar(environment: dict[str, str], height: int) -> None:
    """Until the window manager has set its work area (the screen less the taskbar)."""
    for _ in range(100):
        area = subprocess.run(["xprop", "-root", "_NET_WORKAREA"], env=environment, capture_output=True,
                              text=True, check=False).stdout if shutil.which("xprop") else ""
        numbers = [int(n) for n in area.split("=")[-1].replace(",", " ").split() if n.isdigit()]
        if len(numbers) >= 4 and numbers[3] < height:
            return
        if not shutil.which("xprop"):
            time.sleep(1.5)  # no way to ask: JWM sets it at once on start
            return
        time.sleep(0.1)
    raise AssertionError("the window manager did not start its taskbar")


@pytest.mark.parametrize("case", FRAME_CASES, ids=lambda case: f"{case[0]}-{case[1]}%-then-{case[2]}-larger")
def test_the_window_with_its_frame_fits_the_available_area_under_a_window_manager(
    case: tuple[str, int, int], tmp_path: Path
) -> None:
    """The title bar and borders count: the window with its frame stays inside the screen less the
    taskbar, when it opens and after the text is made larger; and the first control of the welcome page,
    where the keyboard starts, is in view at once, at any text size."""
    screen, start_percent, presses = case
    records = _with_a_window_manager(screen, start_percent, presses, tmp_path)
    assert len(records) == 1 + bool(presses)
    height = int(screen.split("x")[1])
    for record in records:
        left, top, frame_width, frame_height = record["frame"]
        room_left, room_top, room_width, room_height = record["available"]
        assert room_height == height - TASKBAR_PX, record  # the taskbar is not room for the window
        assert record["frame"] != record["window"], f"never framed by the window manager: {record}"
        assert room_left <= left, record
        assert left + frame_width <= room_left + room_width, record
        assert room_top <= top, record
        assert top + frame_height <= room_top + room_height, record
        assert record["first_control_whole"], f"Open saved answers is not in view at {record['percent']} %"
    if presses:
        assert records[-1]["percent"] == 200, "made larger to twice the size"
