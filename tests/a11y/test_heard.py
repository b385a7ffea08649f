"""What a screen-reader user meets, through the real accessibility bus (AT-SPI) and the real Orca.

One walk with the keyboard alone (xdotool) from the start through every question to the review page,
one Change and back, then the results: read on part by part, by heading and by link, a glossary word,
one related topic opened, read and closed. ``listen_probe.py`` (see there) runs it on a private X
display and session D-Bus. It asserts what the accessibility tree carries (focus events, roles, names,
descriptions, labelled-by relations) and, where Orca is installed, what Orca says. CI installs
everything (``.ci/setup test``); without the Debian packages it needs, the test is skipped and says
which are missing.
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
# Whole run: the app's start, Orca's, and about seventy keys, each waited on.
PROBE_TIMEOUT_S = 300
ATTEMPTS = 2
START_FOCUS = "Open saved answers"
# On each page: choose the answer in focus (Space; on the checklist it ticks the first box), then Next.
# What matters is optional: Next only. On the review page, the Change round trip: Tab to the second
# Change, press it, choose another answer (Down), go straight back with "Back to your answers" (Alt+Y),
# Enter to the results, Alt+B back to the review, Alt+R ("See the results") to the results again. Then
# the results: Down to the first paragraph, H to the next heading (Treatment options) and the first
# option, Down to its status; Tab to the next glossary word; H on to the related topics, Tab to the
# first, Enter opens it, Down reads its first paragraph, Shift+Tab reaches its Back button, Space goes
# back. On the way H reaches the newer approvals, a section of their own.
KEYS = [
    "start",
    *["alt+n", "space"] * 6,
    "alt+n", "alt+n",
    "Tab", "space", "Down", "alt+y", "Return", "alt+b", "alt+r",
    "Down", "h", "h", "Down", "Tab until What “",
    "h until {newer_approvals_heading}",
    "h until {topics_heading}", "Tab", "Return", "Down", "shift+Tab", "space",
]
QUESTION_STEPS = range(1, 12, 2)  # the steps that arrive on questions 1 to 6
WHAT_MATTERS_STEP = 13
REVIEW_STEP = 14
CHANGE_STEP = 16
OTHER_ANSWER_STEP = 17
BACK_STEP = 18
RESULTS_STEP = 19
BACK_TO_REVIEW_STEP = 20
RESULTS_AGAIN_STEP = 21
REVIEW_NAMES_AT_MOST = 40
PAGES_TURNED_EVENTS_AT_MOST = 400  # the page left and the page reached: about 200
ARRIVALS = (*QUESTION_STEPS, WHAT_MATTERS_STEP, REVIEW_STEP, CHANGE_STEP, BACK_STEP, RESULTS_STEP,
            BACK_TO_REVIEW_STEP, RESULTS_AGAIN_STEP)
"""Every step that arrives on another page: each must be heard, whatever the path to it."""
FIRST_PARAGRAPH_STEP, OPTIONS_STEP, FIRST_OPTION_STEP, STATUS_STEP, GLOSSARY_STEP = range(22, 27)
NEWER_APPROVALS_STEP = 27
TOPICS_STEP, TOPIC_LINK_STEP, TOPIC_STEP, TOPIC_PARAGRAPH_STEP, TOPIC_BACK_STEP, BACK_ON_LINK_STEP = (
    range(28, 34)
)


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


def _run_probe(*, orca: bool, keys: list[str]) -> list[dict[str, Any]]:
    missing = _missing()
    if missing:
        needs = ", ".join(missing)
        pytest.skip(f"needs Debian packages for the accessibility bus (run .ci/setup test): {needs}")
    config = {"app": [sys.executable, "-m", "myeloma_gui"], "orca": orca, "start_focus": START_FOCUS,
              "keys": keys}
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
    assert [step["key"] for step in steps] == keys
    return steps


@pytest.fixture(scope="module")
def walk(content: Content) -> list[dict[str, Any]]:
    """The accessibility tree, focus events and (with Orca) speech of one walk: one run serves all."""
    keys = [
        key.format(
            topics_heading=content.wording.topics_heading,
            newer_approvals_heading=content.newer_approvals.heading,
        )
        for key in KEYS
    ]
    return _run_probe(orca=shutil.which("orca") is not None, keys=keys)


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


def _group(focus: dict[str, Any]) -> dict[str, Any]:
    """The nearest named group round the focus: a question's answers sit in one named with it."""
    return next(a for a in focus["ancestors"] if a["role"] != "list")


def test_each_question_page_is_entered_once_on_an_answer_in_a_group_named_by_the_question_and_its_position(
    walk: list[dict[str, Any]], content: Content
) -> None:
    """A check box is labelled by its group; a radio button's answers are a list inside the group, so
    that Orca says the question as the group is entered and not again at every arrow key (see
    ``basics/answer_list.py``)."""
    for number, step_index in enumerate(QUESTION_STEPS, start=1):
        step = walk[step_index]
        question = content.questions[number - 1]
        assert len(step["focus_events"]) == 1, f"question {number}: the focus moved {step['focus_events']}"
        focus = step["focus"]
        assert focus["role"] == ("radio button" if question.kind == "one" else "check box")
        group = _group(focus)
        assert group["name"].startswith(f"{question.title} {_position(content, number)}"), focus
        assert group["description"] == question.explanation
        if question.kind == "one":
            assert focus["ancestors"][0]["role"] == "list", focus
            assert focus["labelled_by"] == [], focus
        else:
            assert [label["name"] for label in focus["labelled_by"]] == [group["name"]]
        first = question.choices[0] if question.kind == "one" else question.groups[0].choices[0]
        assert focus["name"] == content.choice_label(first)


def test_what_matters_is_heard_with_its_position(walk: list[dict[str, Any]], content: Content) -> None:
    step = walk[WHAT_MATTERS_STEP]
    assert len(step["focus_events"]) == 1
    assert step["focus"]["role"] == "radio button"
    assert step["focus"]["ancestors"][0]["role"] == "list"
    label = _group(step["focus"])["name"]
    page = content.what_matters
    assert label.startswith(f"{page.title} {_position(content, len(content.questions) + 1)}")
    assert label.endswith(page.things[0].label)


def _moves(walk: list[dict[str, Any]], step: int) -> list[dict[str, Any]]:
    """Where the focus went at ``step``: a control letting go of the focus (before several pages turn)
    is reported too, on itself, and is not a move."""
    return [event for event in walk[step]["focus_events"] if event != walk[step - 1]["focus"]]


def _change_name(content: Content, number: int, choice: int) -> str:
    """The name of the Change button of question ``number`` answered with its ``choice``-th answer."""
    question = content.questions[number - 1]
    answer = question.choices[choice]
    said = answer.review_label or content.choice_label(answer)
    template = content.wording.change_answer
    return template.replace("{question}", question.review_title).replace("{answer}", said)


def test_change_buttons_say_the_question_and_the_answer_and_focus_comes_back_to_the_one_used(
    walk: list[dict[str, Any]], content: Content
) -> None:
    review = walk[REVIEW_STEP]
    assert review["focus"]["name"] == _change_name(content, 1, 0)
    assert walk[CHANGE_STEP - 1]["focus"]["name"] == _change_name(content, 2, 0)
    changing = walk[CHANGE_STEP]
    assert len(_moves(walk, CHANGE_STEP)) == 1, "Change turns several pages, but the focus moves once"
    assert _group(changing["focus"])["name"].startswith(content.questions[1].title)
    assert changing["focus"]["name"] == content.choice_label(content.questions[1].choices[0])
    assert walk[OTHER_ANSWER_STEP]["focus"]["name"] == content.choice_label(content.questions[1].choices[1])
    back = walk[BACK_STEP]
    assert len(_moves(walk, BACK_STEP)) == 1
    # Back at the review, on the Change button that was used, named with the new answer.
    assert back["focus"]["name"] == _change_name(content, 2, 1)


def test_every_arrival_on_a_page_moves_the_focus_once_whatever_the_path(walk: list[dict[str, Any]]) -> None:
    for step in ARRIVALS:
        events = _moves(walk, step)
        assert len(events) == 1, f"step {step} ({walk[step]['key']}): the focus moved {events}"
    assert walk[BACK_TO_REVIEW_STEP]["focus"]["name"] == walk[BACK_STEP]["focus"]["name"]
    assert walk[RESULTS_AGAIN_STEP]["focus"] == walk[RESULTS_STEP]["focus"]


def test_while_the_review_page_is_read_nothing_is_built_that_the_screen_reader_would_hear_of(
    walk: list[dict[str, Any]],
) -> None:
    """The results are worked out while the review page is read, but no widget is made: each would
    tell the screen reader so (once about 360 events, which it worked through instead of speaking)."""
    for step in (REVIEW_STEP, BACK_STEP, BACK_TO_REVIEW_STEP):
        events = walk[step]["events"]
        named = events.get("object:property-change:accessible-name", 0)
        # The review rows may be named afresh (about ten); the results' parts (about a hundred) not.
        assert named <= REVIEW_NAMES_AT_MOST, f"step {step} ({walk[step]['key']}): {events}"


def test_change_and_back_to_your_answers_tell_only_of_the_pages_left_and_reached(
    walk: list[dict[str, Any]],
) -> None:
    """They turn several pages; the pages passed on the way are not shown and hidden to the screen
    reader (about 760 events each, once: it worked through them before speaking)."""
    for step in (CHANGE_STEP, BACK_STEP):
        total = sum(walk[step]["events"].values())
        assert total <= PAGES_TURNED_EVENTS_AT_MOST, f"step {step}: {walk[step]['events']}"


def test_no_plain_text_takes_focus_and_every_button_is_named_in_words(walk: list[dict[str, Any]]) -> None:
    for step in walk:
        assert step["buttons"], f"no window read after {step['key']}"  # or the checks below say nothing
        assert step["focusable_labels"] == [], f"after {step['key']}"
        symbols = [name for name in step["buttons"] if any(mark in name for mark in "<>…") or "..." in name]
        assert symbols == [], f"after {step['key']}"
        assert all(step["buttons"]), f"a button without a name after {step['key']}"


def _said(step: dict[str, Any]) -> str:
    return " ".join(step["speech"])


def test_orca_says_each_question_with_its_position_and_the_answer(
    heard: list[dict[str, Any]], content: Content
) -> None:
    start = _said(heard[0])
    assert content.metadata.title in start
    assert START_FOCUS in start
    # The guide's title comes first: nothing from a page not on view (the results' tabs once were).
    assert start.startswith(f"SPEECH OUTPUT: '{content.metadata.title}"), start
    for number, step_index in enumerate(QUESTION_STEPS, start=1):
        question = content.questions[number - 1]
        words = _said(heard[step_index])
        # Once: as the question's group is entered (Orca once said it again, as the answer's group).
        said = f"{question.title} {_position(content, number)}"
        assert words.count(said) == 1, f"question {number}: {words}"
        first = question.choices[0] if question.kind == "one" else question.groups[0].choices[0]
        assert content.choice_label(first) in words
    assert content.what_matters.title in _said(heard[WHAT_MATTERS_STEP])


def test_orca_says_every_page_on_the_change_round_trip(heard: list[dict[str, Any]], content: Content) -> None:
    """Change, another answer, Back to your answers, Enter to the results, Alt+B to the review and on to
    the results again: each arrival is heard, with the page it is on (the review page by its title)."""
    review = content.wording.review_heading
    for step, change in ((REVIEW_STEP, _change_name(content, 1, 0)), (BACK_STEP, _change_name(content, 2, 1)),
                         (BACK_TO_REVIEW_STEP, _change_name(content, 2, 1))):
        words = _said(heard[step])
        assert review in words, f"step {step} ({heard[step]['key']}): {words}"
        assert change in words, f"step {step} ({heard[step]['key']}): {words}"
    question = content.questions[1]
    changing = _said(heard[CHANGE_STEP])
    assert f"{question.title} {_position(content, 2)}" in changing, changing
    assert content.choice_label(question.choices[0]) in changing
    other = _said(heard[OTHER_ANSWER_STEP])
    assert content.choice_label(question.choices[1]) in other
    assert question.title not in other, f"the arrow key repeated the question: {other}"
    for step in (RESULTS_STEP, RESULTS_AGAIN_STEP):
        words = _said(heard[step])
        assert f"{content.wording.results_heading} heading" in words, f"step {step}: {words}"
    everything = " ".join(_said(step) for step in heard)
    assert "greater" not in everything
    assert "less than" not in everything



def test_the_results_open_on_their_first_heading_which_says_how_to_read_on(
    walk: list[dict[str, Any]], content: Content
) -> None:
    arrival = walk[RESULTS_STEP]
    assert len(arrival["focus_events"]) == 1, f"the focus moved {arrival['focus_events']}"
    focus = arrival["focus"]
    assert (focus["role"], focus["name"]) == ("heading", content.wording.results_heading)
    assert focus["description"].startswith("Level 1. ")
    assert "Down arrow" in focus["description"]
    paragraph = walk[FIRST_PARAGRAPH_STEP]["focus"]
    assert (paragraph["role"], paragraph["name"]) == ("label", content.wording.results_intro.text)


def test_h_moves_by_heading_down_reads_on_and_tab_reaches_the_glossary_words(
    walk: list[dict[str, Any]], content: Content
) -> None:
    options = walk[OPTIONS_STEP]["focus"]
    assert (options["role"], options["name"], options["description"]) == (
        "heading", content.wording.options_heading, "Level 2"
    )
    first = walk[FIRST_OPTION_STEP]["focus"]
    assert (first["role"], first["description"]) == ("heading", "Level 3")
    assert first["name"] == content.options[0].title.text
    # The status in words only (no symbol is shown on screen or on paper).
    status = walk[STATUS_STEP]["focus"]
    assert status["role"] == "label"
    labels = content.wording.status_labels
    statuses = {labels.matches, labels.may_match}
    statuses |= {labels.different_situation.replace("{situation}", o.situation.text) for o in content.options}
    assert status["name"].rstrip(".") in statuses
    word = walk[GLOSSARY_STEP]["focus"]
    assert word["role"] == "link"
    assert word["description"] in {term.definition.text for term in content.glossary}


def test_h_reaches_the_newer_approvals_by_their_own_heading(
    walk: list[dict[str, Any]], content: Content
) -> None:
    focus = walk[NEWER_APPROVALS_STEP]["focus"]
    assert (focus["role"], focus["name"], focus["description"]) == (
        "heading", content.newer_approvals.heading, "Level 2"
    )


def test_a_related_topic_opens_on_its_title_and_closes_back_onto_its_link(
    walk: list[dict[str, Any]], content: Content
) -> None:
    assert walk[TOPICS_STEP]["focus"]["name"] == content.wording.topics_heading
    link = walk[TOPIC_LINK_STEP]["focus"]
    assert link["role"] == "link"
    title = link["name"].removeprefix("Related topic: ")
    topic = next(t for t in content.topics if t.title.text == title)
    opened = walk[TOPIC_STEP]
    assert len(opened["focus_events"]) == 1
    assert (opened["focus"]["role"], opened["focus"]["name"]) == ("heading", topic.title.text)
    assert walk[TOPIC_PARAGRAPH_STEP]["focus"]["name"] == topic.summary[0].text
    assert walk[TOPIC_BACK_STEP]["focus"]["name"] == "Back to your results"
    back = walk[BACK_ON_LINK_STEP]
    # Straight back onto the link: no stop anywhere else on the way (the Back button letting go of
    # the focus is reported too, on itself).
    pressed = walk[TOPIC_BACK_STEP]["focus"]
    assert [event for event in back["focus_events"] if event != pressed] == [link]
    assert back["focus"] == link


def test_orca_reads_the_results_part_by_part(heard: list[dict[str, Any]], content: Content) -> None:
    arrival = _said(heard[RESULTS_STEP])
    assert f"{content.wording.results_heading} heading" in arrival
    assert "Press the Down arrow to hear the next part" in arrival
    assert content.wording.results_intro.text in _said(heard[FIRST_PARAGRAPH_STEP])
    assert f"{content.wording.options_heading} heading" in _said(heard[OPTIONS_STEP])
    assert "Level 2" in _said(heard[OPTIONS_STEP])
    assert content.options[0].title.text in _said(heard[FIRST_OPTION_STEP])
    assert heard[STATUS_STEP]["focus"]["name"] in _said(heard[STATUS_STEP])
    # A glossary word: its name, then its explanation.
    word = heard[GLOSSARY_STEP]["focus"]
    assert f"{word['name']} link" in _said(heard[GLOSSARY_STEP])
    assert word["description"] in _said(heard[GLOSSARY_STEP])
    newer = _said(heard[NEWER_APPROVALS_STEP])
    assert f"{content.newer_approvals.heading} heading" in newer
    assert "Level 2" in newer
    link = heard[TOPIC_LINK_STEP]["focus"]["name"]
    assert link in _said(heard[TOPIC_LINK_STEP])
    title = link.removeprefix("Related topic: ")
    assert f"{title} heading" in _said(heard[TOPIC_STEP])
    assert heard[TOPIC_PARAGRAPH_STEP]["focus"]["name"] in _said(heard[TOPIC_PARAGRAPH_STEP])
    assert link in _said(heard[BACK_ON_LINK_STEP])
    assert "Back to your results" not in _said(heard[BACK_ON_LINK_STEP])
    everything = " ".join(_said(step) for step in heard[RESULTS_STEP:])
    for symbol_word in ("black circle", "white circle", "check mark", "bullet", "layered pane", "dot dot"):
        assert symbol_word not in everything
