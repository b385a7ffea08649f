"""The newer approvals NCI's other pages list, beside the NCI summary's own list and never in it: on
the screen (read from its widgets), on paper (the text of a real PDF) and in the JSON results, each
medicine with its kind, what it is approved for, and the pages with their dates; marks for what the
person had; a heading of its own that the reading keys reach."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from myeloma_gui import cli
from myeloma_gui.content.models import Content
from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes
from myeloma_gui.ui.results.report_view import ReportView
from myeloma_gui.ui.results.report_widgets import ReportHeading
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import (
    KEPT_GROWING,
    KEPT_GROWING_AFTER_ABECMA,
    OUT_OF_SCOPE_MGUS,
    AnswerSet,
    write_answers,
)
from tests.pdf_text import page_texts
from tests.ui.walk import focused, start_guide, wait_for_the_results_start, walk_to_results

NEWER_BRANDS = ("Abecma", "Carvykti", "Tecvayli", "Elrexfio", "Talvey")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def at_the_results(qtbot: QtBot, content_path: Path, answer_set: AnswerSet) -> GuideWizard:
    wizard = start_guide(qtbot, content_path)
    wizard.activateWindow()
    walk_to_results(wizard, answer_set)
    return wizard


def the_results(wizard: GuideWizard) -> tuple[GuideResults, ReportView]:
    results = wizard.results_page.results
    assert results is not None
    return results, wizard.results_page.document


def on_paper(results: GuideResults) -> str:
    return flat(" ".join(page_texts(pdf_bytes(SummaryDocument(results, ""), QPageSize.PageSizeId.A4))))


def json_results(tmp_path: Path, answer_set: AnswerSet) -> dict[str, Any]:
    out = tmp_path / "results.json"
    assert cli.main(["results", str(write_answers(tmp_path, answer_set)), "--json", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def screen_lines(view: ReportView) -> list[str]:
    """What the screen shows, a line per paragraph, heading, link or list item (a list is one label)."""
    return [
        flat(line) for label in view.reading_order()
        for line in label.text().replace("\u200b", "").split("\n")
    ]


def approval_lines(content: Content) -> list[str]:
    """What the section must say, in order: which pages list them, with their dates, then each
    medicine with its kind and what it is approved for."""
    approvals = content.newer_approvals
    lines = [flat(approvals.intro[0].text)]
    lines += [flat(f"{page.title}. {page.date.text}") for page in approvals.pages]
    for medicine in approvals.medicines:
        lines.append(medicine.label)
        lines.append(flat(" ".join(f.text for f in (medicine.kind, *medicine.uses))))
    lines.append(approvals.ask_doctor)
    return lines


def in_order(text: str, pieces: list[str], what: str) -> None:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        assert found >= 0, f"{what}: {piece!r} not found (in order)"
        at = found + len(piece)


def test_kept_growing_sees_the_newer_approvals_on_screen_on_paper_and_in_the_json(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path
) -> None:
    wizard = at_the_results(qtbot, content_path, KEPT_GROWING)
    results, view = the_results(wizard)
    approvals = content.newer_approvals
    wording = content.wording

    # On screen: a second-level heading of its own, after the trials and their questions.
    headings = [w for w in view.reading_order() if isinstance(w, ReportHeading)]
    titles = [h.text() for h in headings]
    heading = headings[titles.index(approvals.heading)]
    assert heading.level == 2
    assert titles.index(wording.trials_heading) < titles.index(wording.trial_questions_heading) < (
        titles.index(approvals.heading)
    )
    lines = screen_lines(view)
    after = " ".join(lines[lines.index(approvals.heading):])
    in_order(after, approval_lines(content), "screen")
    # The glossary links under a paragraph split no words: the paragraph's own label holds them all.
    for medicine in approvals.medicines:
        assert medicine.label in lines
        assert next(h for h in headings if h.text() == medicine.label).level == 3
    for page in approvals.pages:
        assert page.url is None or page.url in after

    # On paper: the same, in the same order, dates and all.
    paper = on_paper(results)
    # The heading, where the section starts (the trial items' pointer names it too).
    start = paper.index(f"{approvals.heading} {flat(approvals.intro[0].text)}")
    in_order(paper[start:], [
        approval_lines(content)[0],
        *(flat(f"{p.title}. {p.date.text}") + (f" {p.url}" if p.url else "") for p in approvals.pages),
        *(f"{m.label}. " + flat(" ".join(f.text for f in (m.kind, *m.uses))) for m in approvals.medicines),
        approvals.ask_doctor,
    ], "paper")
    assert paper.index(wording.trial_questions_heading) < start
    assert "Latest Updates to This Summary (04/25/2025)" in paper

    # In the JSON: the heading, the pages with their dates, each medicine with its facts.
    data = json_results(tmp_path, KEPT_GROWING)["newer_approvals"]
    assert data["heading"] == approvals.heading
    assert [p["date"] for p in data["pages"]] == [p.date.text for p in approvals.pages]
    assert [p["url"] for p in data["pages"]] == [p.url for p in approvals.pages]
    assert [(m["id"], m["name"], m["brands"], m["kind"], m["uses"], m["had"]) for m in data["medicines"]] == [
        (m.id, m.name, list(m.brands), m.kind.text, [u.text for u in m.uses], False)
        for m in approvals.medicines
    ]
    assert [m["brands"][0] for m in data["medicines"]] == [*NEWER_BRANDS, "Xpovio"]
    assert data["ask_doctor"] == approvals.ask_doctor


def test_the_nci_summarys_own_list_stays_as_it_is(
    qtbot: QtBot, content_path: Path, content: Content, seed_text: str, tmp_path: Path
) -> None:
    wizard = at_the_results(qtbot, content_path, KEPT_GROWING)
    results, view = the_results(wizard)
    wording = content.wording
    lines = screen_lines(view)
    summary_part = lines[lines.index(wording.options_heading):lines.index(content.newer_approvals.heading)]
    # The medicines the seed names, in the seed's order, and no other.
    listed = seed_text.split("Drugs used may include the following:")[1]
    listed = listed.split("Use our clinical trial", maxsplit=1)[0]
    named = [
        name.strip() for group in re.findall(r"\(([^)]*)\)", listed)
        for name in re.split(r",\s*(?:or\s+)?|\s+or\s+", group) if name.strip()
    ]
    labels = {d.label: d.name for d in content.all_drugs()} | {
        m.label: m.name for m in content.newer_approvals.medicines
    }
    items = [line.removeprefix("• ").removesuffix(f": {wording.had_mark}") for line in summary_part]
    shown = [labels[item] for item in items if item in labels]
    assert [s.lower() for s in shown] == [n.lower() for n in named]
    headings = [w.text() for w in view.reading_order() if isinstance(w, ReportHeading)]
    options = headings[headings.index(wording.options_heading) + 1:headings.index(wording.classes_heading)]
    assert options[:3] == [o.title.text for o in content.options]
    trials = headings[headings.index(wording.trials_heading) + 1:]
    trials = trials[:trials.index(wording.trial_questions_heading)]
    assert trials == [t.title.text for t in content.clinical_trials]
    assert (len(content.options), len(content.drug_classes), len(trials)) == (3, 5, 3)
    # No newer medicine is put into it: their brand names only come after its heading.
    for brand in NEWER_BRANDS:
        assert not any(brand in line for line in summary_part), brand
    # The two trial items of these kinds point to the section, the third does not.
    pointer = content.newer_approvals.pointer
    pointed = [lines[i - 1] for i, line in enumerate(summary_part) if line == pointer]
    assert len(pointed) == 2
    paper = on_paper(results)
    assert paper.count(pointer) == 2
    trials_data = json_results(tmp_path, KEPT_GROWING)["clinical_trials"]
    assert [t["see_also"] for t in trials_data] == [pointer, pointer, None]


def test_a_marked_newer_medicine_is_marked_you_had_this_and_the_car_t_box_stays_also_marked(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path
) -> None:
    wizard = at_the_results(qtbot, content_path, KEPT_GROWING_AFTER_ABECMA)
    results, view = the_results(wizard)
    wording = content.wording
    abecma = content.newer_approvals.medicines[0]
    assert abecma.brands == ("Abecma",)
    lines = screen_lines(view)
    at = lines.index(abecma.label)
    assert lines[at + 1] == wording.had_mark
    others = [m.label for m in content.newer_approvals.medicines[1:]]
    assert all(lines[lines.index(label) + 1] != wording.had_mark for label in others)
    # The box "CAR T-cell therapy" names no product: it stays under "You also marked".
    also = lines.index(wording.also_marked_heading)
    assert "• CAR T-cell therapy" in lines[also:also + 4]

    paper = on_paper(results)
    assert f"{abecma.label}: {wording.had_mark}" in paper
    assert not any(f"{label}: {wording.had_mark}" in paper for label in others)
    assert f"{wording.also_marked_heading}: CAR T-cell therapy." in paper

    data = json_results(tmp_path, KEPT_GROWING_AFTER_ABECMA)
    assert [m["id"] for m in data["newer_approvals"]["medicines"] if m["had"]] == [abecma.id]
    assert data["also_marked"]["treatments"] == ["CAR T-cell therapy"]


def test_selinexor_marked_once_shows_in_the_trial_item_and_the_newer_approvals(tmp_path: Path) -> None:
    answer_set = {**KEPT_GROWING, "prior_treatments": frozenset({"selinexor"})}
    data = json_results(tmp_path, answer_set)
    assert [m["id"] for m in data["newer_approvals"]["medicines"] if m["had"]] == ["selinexor"]
    trial = next(t for t in data["clinical_trials"] if t["id"] == "selinexor_trial")
    assert trial["drugs"][0]["had"]
    assert data["also_marked"]["treatments"] == []


def test_out_of_scope_there_is_no_newer_approvals_section(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path
) -> None:
    wizard = at_the_results(qtbot, content_path, OUT_OF_SCOPE_MGUS)
    results, view = the_results(wizard)
    assert content.newer_approvals.heading not in screen_lines(view)
    assert content.newer_approvals.heading not in on_paper(results)
    assert json_results(tmp_path, OUT_OF_SCOPE_MGUS)["newer_approvals"] is None


@pytest.mark.parametrize("backwards", [False, True], ids=["H", "Shift+H"])
def test_the_reading_keys_reach_the_section_by_its_heading(
    qtbot: QtBot, content_path: Path, content: Content, backwards: bool
) -> None:
    wizard = at_the_results(qtbot, content_path, KEPT_GROWING)
    wait_for_the_results_start(qtbot, wizard)
    parts = wizard.results_page.document.parts()
    headings = [p for p in parts if isinstance(p, ReportHeading)]
    target = next(h for h in headings if h.text() == content.newer_approvals.heading)
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    if backwards:  # from the heading after it, one Shift+H back
        headings[headings.index(target) + 1].setFocus()
    else:  # from the heading before it, one H on
        headings[headings.index(target) - 1].setFocus()
        assert headings[headings.index(target) - 1].text() == content.wording.trial_questions_heading
    qtbot.keyClick(focused(), Qt.Key.Key_H, modifier)
    assert focused() is target
    assert target.accessibleName() == content.newer_approvals.heading
    assert target.accessibleDescription() == "Level 2"
    view = wizard.results_page.document
    place = target.mapTo(view.viewport(), target.rect().center())
    assert view.viewport().rect().contains(place)
