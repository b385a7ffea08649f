"""The screen, the printed summary and the JSON results carry the same statuses, reasons, marks and
topics, in the same order: all three render one report.

For each answer set a person walks the real wizard to the results; the screen is read from its widgets,
the paper from the text of a real PDF (pypdf), the data from the headless command's JSON file. The
answer sets cover every status of every option, no match, out of scope, treatments marked, none
marked and "I don't remember", "you also marked", what matters filled and empty, and words with markup.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from myeloma_gui import cli
from myeloma_gui.content.loader import load_content
from myeloma_gui.content.models import Content
from myeloma_gui.decision.guide import decide
from myeloma_gui.decision.saved_answers import write_answers_file
from myeloma_gui.resources import CONTENT_FILE, bundled_file
from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes
from myeloma_gui.ui.results.report_view import ReportView
from myeloma_gui.ui.results.report_widgets import ReportHeading
from tests.pdf_text import page_texts
from tests.ui.walk import start_guide, walk_to_results

Case = dict[str, tuple[str, ...]]
MARKUP = "<b>Family</b> &amp; <i>home</i>"
NOTES = "Ask about <b>pain</b> &amp; sleep <img src=x>"
TREATMENTS = (
    ("bortezomib", "stem_cell_transplant", "car_t_cell_therapy", "other"),
    ("lenalidomide",),
    ("dont_remember",),
    (),
    ("daratumumab", "bortezomib"),
    ("idecabtagene_vicleucel", "car_t_cell_therapy", "selinexor"),
)
TRIALS = ("yes", "maybe", "no")


def _cases() -> dict[str, tuple[Case, dict[str, str], str]]:
    """Answer sets, each with what matters and notes: first those that bring a status of an option
    not yet seen (so every status of every option is among them), then more to reach 20 in scope."""
    content = load_content(bundled_file(CONTENT_FILE))
    questions = {q.id: [c.id for c in q.choices] for q in content.questions}
    rules = list(itertools.product(
        questions["stable_now"], questions["grew_during_treatment"], questions["came_back_after_first"]
    ))
    seen: set[tuple[str, str]] = set()
    chosen: list[tuple[str, str, str]] = []
    no_match = False
    for rule in rules:
        one = dict(zip(("stable_now", "grew_during_treatment", "came_back_after_first"), rule, strict=True))
        results = decide(content, {
            "situation": "relapsed_or_refractory", **one, "prior_treatments": frozenset(),
            "clinical_trial": "no",
        })
        new = {(r.option.id, r.status) for r in results.options} - seen
        if new or (results.no_match_notice and not no_match):
            chosen.append(rule)
            seen |= new
            no_match = no_match or bool(results.no_match_notice)
    chosen += [rule for rule in rules if rule not in chosen][: max(0, 20 - len(chosen))]
    cases: dict[str, tuple[Case, dict[str, str], str]] = {}
    for index, (stable, grew, came_back) in enumerate(chosen):
        case: Case = {
            "situation": ("relapsed_or_refractory",), "stable_now": (stable,),
            "grew_during_treatment": (grew,), "came_back_after_first": (came_back,),
            "prior_treatments": TREATMENTS[index % len(TREATMENTS)],
            "clinical_trial": (TRIALS[index % len(TRIALS)],),
        }
        what_matters = {"time_in_care": "some", "own_words": MARKUP} if index % 2 else {}
        cases[f"{stable}-{grew}-{came_back}-{index}"] = (case, what_matters, NOTES if index % 3 == 0 else "")
    for situation in ("newly_diagnosed", "mgus", "plasmacytoma_bone", "plasmacytoma_outside_bone"):
        cases[f"out of scope: {situation}"] = ({"situation": (situation,)}, {"own_words": MARKUP}, NOTES)
    return cases


CASES = _cases()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def in_order(text: str, pieces: list[str], what: str) -> None:
    """Each piece is in ``text`` (as a pattern), after the one before."""
    at = 0
    for piece in pieces:
        found = re.compile(piece).search(text, at)
        assert found, f"{what}: {piece!r} not found (in order)"
        at = found.end()


def status_words(content: Content) -> set[str]:
    """Every status an option can show, in words (the third names the option's situation)."""
    labels = content.wording.status_labels
    return {
        getattr(labels, status).replace("{situation}", option.situation.text)
        for option in content.options for status in ("matches", "may_match", "different_situation")
    }


def screen_facts(view: ReportView, content: Content) -> dict[str, list[Any]]:
    """What the results screen says, read from its widgets in reading order."""
    labels = view.reading_order()
    statuses = status_words(content)
    options = []
    for index, label in enumerate(labels[:-2]):
        status = labels[index + 1].text()
        if isinstance(label, ReportHeading) and status.removesuffix(".") in statuses:
            options.append((label.text(), status.removesuffix("."), flat(labels[index + 2].text())))
    # A list is one label: its lines are its items.
    marks = [flat(line).removeprefix("• ") for label in labels for line in label.text().split("\n")]
    topics = [link.accessibleName() for link in view.links if link.target.startswith("topic:")]
    headings = [label.text() for label in labels if isinstance(label, ReportHeading)]
    return {"options": options, "marks": marks, "topics": topics, "headings": headings}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_screen_paper_and_json_agree(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path,
    case: tuple[Case, dict[str, str], str],
) -> None:
    answers, what_matters, notes = case
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, answers)
    session = wizard.session
    assert session is not None
    session.what_matters.update(what_matters)
    session.notes = notes
    wizard.results_page.initializePage()
    results = wizard.results_page.results
    assert results is not None
    view = wizard.results_page.document
    screen = screen_facts(view, content)
    screen_text = flat(view.toPlainText())
    paper = " ".join(page_texts(pdf_bytes(SummaryDocument(results, notes), QPageSize.PageSizeId.A4)))

    saved = tmp_path / "answers.json"
    write_answers_file(saved, session.to_saved(), content)
    out = tmp_path / "results.json"
    assert cli.main(["results", str(saved), "--json", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    wording = content.wording

    # The same statuses, in words, with the same reasons, in the source's order.
    options = [(o["title"], o["status_label"], flat(o["reason"])) for o in data["options"]]
    assert [o["id"] for o in data["options"]] == ([o.id for o in content.options] if data["in_scope"] else [])
    assert screen["options"] == options
    in_order(paper, [re.escape(f"{title}: {status}. {reason}") for title, status, reason in options],
             "options")

    # Both "may include" intros, each above what it introduces, on all three; none outside the guide.
    intros = [data["options_intro"], data["drug_classes_intro"]]
    if data["in_scope"]:
        assert intros == [wording.options_intro.text, wording.classes_intro.text]
        assert all("may include" in intro for intro in intros)
        first_class = data["drug_classes"][0]["title"]
        above = [flat(intros[0]), options[0][0], flat(intros[1]), first_class]
        in_order(screen_text, [re.escape(piece) for piece in above], "the intros on screen")
        in_order(paper, [re.escape(piece) for piece in above], "the intros")
    else:
        assert intros == [None, None]
        for intro in (wording.options_intro.text, wording.classes_intro.text):
            assert flat(intro) not in screen_text
            assert flat(intro) not in paper

    # The same had marks, group by group, on all three.
    marks = []
    for group in (*data["drug_classes"], *data["clinical_trials"]):
        for drug in group["drugs"]:
            label = next(d.label for d in content.all_drugs() if d.id == drug["id"])
            marks.append((label, wording.had_mark if drug["had"] else None))
    # Every medicine named; only those had carry a mark (never "not marked").
    said_on_screen = [f"{label}: {said}" if said else label for label, said in marks]
    # (Up to the newer approvals, whose headings name selinexor again.)
    newer = content.newer_approvals.heading
    cut = screen["marks"].index(newer) if newer in screen["marks"] else len(screen["marks"])
    screen_marks = [m for m in screen["marks"][:cut] if m in said_on_screen]
    assert screen_marks == said_on_screen
    in_order(paper, [re.escape(label) + (": " + re.escape(said) if said else "") for label, said in marks],
             "marks")

    # The newer approvals, after the trials, each medicine with its mark, on all three or (out of
    # scope) on none.
    approvals = data["newer_approvals"]
    section = content.newer_approvals.heading
    assert (approvals is not None) is data["in_scope"]
    assert (section in screen["headings"]) is data["in_scope"]
    if approvals is not None:
        labels = [(f"{m['name']} ({', '.join(m['brands'])})", m["had"]) for m in approvals["medicines"]]
        marked = answers["prior_treatments"]
        assert labels == [(m.label, m.id in marked) for m in content.newer_approvals.medicines]
        shown = screen["headings"][screen["headings"].index(section) + 1:][: len(labels)]
        assert shown == [label for label, _ in labels]
        lines = screen["marks"]
        assert [lines[lines.index(label) + 1] == wording.had_mark for label, _ in labels] == [
            had for _, had in labels
        ]
        start = paper.index(f"{section} {flat(content.newer_approvals.intro[0].text)}")
        said = [re.escape(f"{label}: {wording.had_mark}." if had else f"{label}.") for label, had in labels]
        in_order(paper[start:], said, "newer approvals")

    # "You also marked", and the notice when nothing matches, on all three or on none.
    also = data["also_marked"]["treatments"]
    assert (wording.also_marked_heading in screen_text) is bool(also)
    assert (f"{wording.also_marked_heading}: {', '.join(also)}." in paper) is bool(also)
    notice = data["no_match_notice"]
    assert (flat(wording.no_match_notice) in screen_text) is (notice is not None)
    assert (flat(wording.no_match_notice) in paper) is (notice is not None)

    # The same topics in the same order: on paper under their addresses, in order of first mention.
    # (Out of scope, the first is shown in full, with a link to open it, on screen.)
    assert screen["topics"] == [f"Related topic: {t['title']}" for t in data["topics"]]
    by_address: dict[str, list[str]] = {}
    for topic in data["topics"][0 if data["in_scope"] else 1:]:
        by_address.setdefault(topic["url"], []).append(topic["title"])
    heading = paper.rindex(wording.topics_heading)
    in_order(paper[heading:], [re.escape(t) for ts in by_address.values() for t in ts], "topics")

    # What matters, words with markup included, shown as the words they are.
    said = [line["answer"] for line in data["what_matters"]]
    if data["in_scope"]:
        assert ("Matters some" in said) is bool(what_matters)
        for answer in said:
            assert answer in screen_text
            assert answer in paper
        assert (wording.what_matters_empty in screen_text) is not bool(what_matters)
    # The person's notes are printed, markup as typed; the screen keeps them in their own tab.
    assert (flat(NOTES) in paper) is bool(notes)
    assert NOTES not in screen_text


def test_the_answer_sets_cover_every_status_of_every_option_and_no_match(content: Content) -> None:
    covered = set()
    notices = 0
    for answers, _, _ in CASES.values():
        if answers["situation"] != ("relapsed_or_refractory",):
            continue
        one: dict[str, str | frozenset[str]] = {
            k: v[0] if k != "prior_treatments" else frozenset(v) for k, v in answers.items()
        }
        results = decide(content, one)
        covered |= {(r.option.id, r.status) for r in results.options}
        notices += results.no_match_notice is not None
    statuses = ("matches", "may_match", "different_situation")
    assert covered == {(o.id, s) for o in content.options for s in statuses}
    assert notices
    assert len(CASES) >= 20
