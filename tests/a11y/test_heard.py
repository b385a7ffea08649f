"""What a screen-reader user meets, through the real accessibility bus (AT-SPI) and the real Orca.

One walk with the keyboard alone (xdotool) from the start through every question to the review page,
one Change and back, run by ``listen_probe.py`` (see there) on a private X display and session D-Bus. It
asserts what the accessibility tree carries (focus events, roles, names, descriptions, labelled-by
relations) and, where Orca is installed, what Orca says. CI installs everything (``.ci/setup test``);
without the Debian packages it needs, the test is skipped and says which are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from myeloma_gui.content.models import Content

PROBE = Path(__file__).with_name("listen_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
# Whole run: the app's start, Orca's, and about twenty keys, each waited on.
PROBE_TIMEOUT_S = 150
ATTEMPTS = 2
START_FOCUS = "Open saved answers"
# On each page: choose the answer in focus (Space; on the checklist it ticks the first box), then Next.
# What matters is optional: Next only. On the review page: Tab to the second Change, press it, and go
# straight back with "Back to your answers" (Alt+Y).
KEYS = [
    "start",
    *["alt+n", "space"] * 6,
    "alt+n", "alt+n",
    "Tab", "space", "alt+y",
]
QUESTION_STEPS = range(1, 12, 2)  # the steps that arrive on questions 1 to 6
WHAT_MATTERS_STEP = 13
REVIEW_STEP = 14
CHANGE_STEP = 16
BACK_STEP = 17


def _missing() -> list[str]:
    tools = ("Xvfb", "xdotool", "dbus-run-session", "dbus-send")
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not any(os.path.exists(p) for p in ("/usr/libexec/at-spi-bus-launcher",
                                         "/usr/lib/at-spi2-core/at-spi-bus-launcher")):
        missing.append("at-spi2-core")
    probe = ["-c", "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"]
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run(
        [SYSTEM_PYTHON, *probe], check=False, capture_output=True, timeout=30
    ).returncode != 0:
        missing.append("python3-gi and gir1.2-atspi-2.0 (Debian's /usr/bin/python3)")
    return missing


def _run_probe(*, orca: bool) -> list[dict[str, Any]]:
    missing = _missing()
    if missing:
        needs = ", ".join(missing)
        pytest.skip(f"needs Debian packages for the accessibility bus (run .ci/setup test): {needs}")
    config = {"app": [sys.executable, "-m", "myeloma_gui"], "orca": orca, "start_focus": START_FOCUS,
              "keys": KEYS}
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    report: dict[str, Any] = {}
    for _ in range(ATTEMPTS):  # a second chance when the desktop itself did not start (Orca, Xvfb)
        result = subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE), json.dumps(config)],
            capture_output=True, text=True, timeout=PROBE_TIMEOUT_S, env=env, check=False,
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        report = json.loads(lines[-1]) if lines else {
            "error": f"the probe printed nothing (exit {result.returncode}): {result.stderr[-800:]}"
        }
        if "error" not in report:
            break
    assert "error" not in report, report["error"]
    steps: list[dict[str, Any]] = report["steps"]
    assert [step["key"] for step in steps] == KEYS
    return steps


@pytest.fixture(scope="module")
def walk() -> list[dict[str, Any]]:
    """The accessibility tree, focus events and (with Orca) speech of one walk: one run serves all."""
    return _run_probe(orca=shutil.which("orca") is not None)


@pytest.fixture
def heard(walk: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Orca said at each step of the walk."""
    if shutil.which("orca") is None:
        pytest.skip("Orca is not installed (Debian package orca; .ci/setup test installs it)")
    return walk


def _label_names(focus: dict[str, Any]) -> list[str]:
    return [label["name"] for label in focus["labelled_by"]]


def _position(content: Content, number: int) -> str:
    total = len(content.questions) + 1
    return content.wording.question_position.replace("{number}", str(number)).replace("{total}", str(total))


def test_at_start_the_focus_lands_on_the_welcome_page_named_with_the_guides_title(
    walk: list[dict[str, Any]], content: Content
) -> None:
    start = walk[0]
    assert start["focus"]["name"] == START_FOCUS
    assert start["focus"]["role"] == "push button"
    names = _label_names(start["focus"])
    assert len(names) == 1
    assert names[0].startswith(content.metadata.title)


def test_each_question_page_is_entered_once_on_an_answer_labelled_by_the_question_and_its_position(
    walk: list[dict[str, Any]], content: Content
) -> None:
    for number, step_index in enumerate(QUESTION_STEPS, start=1):
        step = walk[step_index]
        question = content.questions[number - 1]
        assert len(step["focus_events"]) == 1, f"question {number}: the focus moved {step['focus_events']}"
        focus = step["focus"]
        assert focus["role"] == ("radio button" if question.kind == "one" else "check box")
        label = step["focus"]["labelled_by"]
        assert len(label) == 1, f"question {number}: labelled by {label}"
        assert label[0]["name"].startswith(f"{question.title} {_position(content, number)}")
        assert label[0]["description"] == question.explanation
        first = question.choices[0] if question.kind == "one" else question.groups[0].choices[0]
        assert focus["name"] == content.choice_label(first)


def test_what_matters_is_heard_with_its_position(walk: list[dict[str, Any]], content: Content) -> None:
    step = walk[WHAT_MATTERS_STEP]
    assert len(step["focus_events"]) == 1
    assert step["focus"]["role"] == "radio button"
    [label] = _label_names(step["focus"])
    page = content.what_matters
    assert label.startswith(f"{page.title} {_position(content, len(content.questions) + 1)}")
    assert label.endswith(page.things[0].label)


def test_change_buttons_say_the_question_and_the_answer_and_focus_comes_back_to_the_one_used(
    walk: list[dict[str, Any]], content: Content
) -> None:
    review = walk[REVIEW_STEP]
    template = content.wording.change_answer
    first = content.questions[0]
    choice = first.choices[0]
    answer = choice.review_label or content.choice_label(choice)
    expected = template.replace("{question}", first.review_title).replace("{answer}", answer)
    assert review["focus"]["name"] == expected
    second = walk[CHANGE_STEP - 1]["focus"]["name"]
    assert second.startswith(template.split("{question}")[0] + content.questions[1].review_title)
    changing = walk[CHANGE_STEP]
    assert len(changing["focus_events"]) == 1, "Change turns several pages, but the focus moves once"
    assert _label_names(changing["focus"])[0].startswith(content.questions[1].title)
    back = walk[BACK_STEP]
    assert len(back["focus_events"]) == 1
    assert back["focus"]["name"] == second, "back at the review, on the Change button that was used"


def test_no_plain_text_takes_focus_and_every_button_is_named_in_words(walk: list[dict[str, Any]]) -> None:
    for step in walk:
        assert step["focusable_labels"] == [], f"after {step['key']}"
        symbols = [name for name in step["buttons"] if any(mark in name for mark in "<>…") or "..." in name]
        assert symbols == [], f"after {step['key']}"
        assert all(step["buttons"]), f"a button without a name after {step['key']}"


def test_orca_says_each_question_with_its_position_and_the_answer(
    heard: list[dict[str, Any]], content: Content
) -> None:
    def said(step: dict[str, Any]) -> str:
        return " ".join(step["speech"])

    start = said(heard[0])
    assert content.metadata.title in start
    assert START_FOCUS in start
    # The guide's title comes first: nothing from a page not on view (the results' tabs once were).
    assert start.startswith(f"SPEECH OUTPUT: '{content.metadata.title}"), start
    for number, step_index in enumerate(QUESTION_STEPS, start=1):
        question = content.questions[number - 1]
        words = said(heard[step_index])
        assert f"{question.title} {_position(content, number)}" in words, f"question {number}: {words}"
        first = question.choices[0] if question.kind == "one" else question.groups[0].choices[0]
        assert content.choice_label(first) in words
    assert content.what_matters.title in said(heard[WHAT_MATTERS_STEP])
    assert content.wording.change_answer.split("{question}")[0] + content.questions[0].review_title in said(
        heard[REVIEW_STEP]
    )
    assert content.questions[1].title in said(heard[CHANGE_STEP])
    assert heard[CHANGE_STEP - 1]["focus"]["name"] in said(heard[BACK_STEP])
    everything = " ".join(said(step) for step in heard)
    assert "greater" not in everything
    assert "less than" not in everything
