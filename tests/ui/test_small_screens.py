"""The guide on a netbook (1024x600) and a laptop (1366x768), at normal and double text size, under Qt's
own style and under the GTK 3 desktop theme: the window fits, every button can be reached, no text is
cut off or left at the theme's size, the results keep half the window, and Escape and Enter behave.

Each screen size and theme needs a Qt of its own, so each case walks the real guide in a fresh process
(``screen_probe``); all of them start at once, and each test reads its report.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from tests.ui.screen_probe import run_probe

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

