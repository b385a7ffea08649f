"""The screen, the printed summary and the JSON results say the same things, in the same words.

A person walks the real wizard to the results; the same answers, saved to a real file, go through the
headless command (JSON) and through the summary a person prints (PDF text read back with pypdf).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from myeloma_gui import cli
from myeloma_gui.content.models import Content
from myeloma_gui.decision.saved_answers import write_answers_file
from myeloma_gui.report.status_marks import STATUS_SYMBOLS
from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes
from tests.pdf_text import page_texts
from tests.ui.walk import start_guide, walk_to_results

CASES = {
    "stable now, back after a year": {
        "situation": ("relapsed_or_refractory",), "stable_now": ("yes",), "grew_during_treatment": ("no",),
        "came_back_after_first": ("a_year_or_more",),
        "prior_treatments": ("bortezomib", "stem_cell_transplant", "car_t_cell_therapy", "other"),
        "clinical_trial": ("maybe",),
    },
    "kept growing": {
        "situation": ("relapsed_or_refractory",), "stable_now": ("no",), "grew_during_treatment": ("yes",),
        "came_back_after_first": ("never_went_away",), "prior_treatments": ("lenalidomide",),
        "clinical_trial": ("yes",),
    },
    "not sure of anything": {
        "situation": ("not_sure",), "stable_now": ("not_sure",), "grew_during_treatment": ("not_sure",),
        "came_back_after_first": ("not_sure",), "prior_treatments": ("dont_remember",),
        "clinical_trial": ("no",),
    },
}


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_screen_paper_and_json_agree(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path, case: dict[str, tuple[str, ...]]
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, case)
    session = wizard.session
    assert session is not None
    session.what_matters.update({"time_in_care": "some", "own_words": "Time with family"})
    wizard.results_page.initializePage()
    results = wizard.results_page.results
    assert results is not None
    screen = flat(wizard.results_page.document.toPlainText())
    paper = " ".join(page_texts(pdf_bytes(SummaryDocument(results, ""), QPageSize.PageSizeId.A4)))

    saved = tmp_path / "answers.json"
    write_answers_file(saved, session.to_saved(), content)
    out = tmp_path / "results.json"
    assert cli.main(["results", str(saved), "--json", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))

    wording = content.wording
    # The same statuses, in words and a symbol, with the same reasons, in the source's order.
    assert [o["id"] for o in data["options"]] == [o.id for o in content.options]
    for option in data["options"]:
        status_words = f"{STATUS_SYMBOLS[option['status']]} {option['status_label']}"
        assert option["status_label"] == getattr(wording.status_labels, option["status"])
        assert f"{status_words}. {option['reason']}" in screen
        assert f"{option['title']}: {status_words}. {option['reason']}" in paper
    # "May include", for the options and for the drugs, everywhere.
    for intro in (data["options_intro"], data["drug_classes_intro"]):
        assert "may include" in intro
        assert flat(intro) in screen
        assert flat(intro) in paper
    # No pointer to groups not had, anywhere.
    for text in (screen, paper, json.dumps(data, ensure_ascii=False)):
        assert "→" not in text
        assert "pointed_out" not in text
        assert "may not have had a medicine from this group" not in text
    # Treatments in no drug group are "You also marked", on all three.
    also = data["also_marked"]["treatments"]
    if also:
        listed = f"{wording.also_marked_heading} {wording.also_marked_intro} {' '.join(also)}"
        assert listed in screen
        assert f"{wording.also_marked_heading}: {', '.join(also)}." in paper
    else:
        assert wording.also_marked_heading not in screen
        assert wording.also_marked_heading not in paper
    # What matters is shown on screen and paper and is in the JSON.
    assert [line["answer"] for line in data["what_matters"]] == ["Matters some", "Time with family"]
    for text in (screen, paper):
        assert "Time with family" in text
        assert wording.what_matters_heading in text
    assert (data["no_match_notice"] is None) is (wording.no_match_notice not in screen)
    assert (data["no_match_notice"] is None) is (wording.no_match_notice not in paper)
