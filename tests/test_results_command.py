"""PRODUCT.md's rule table, all 36 rows, through the headless `results --json` command with real files.

Each row is run in-process (``cli.main``, the same code the installed command runs); a few also run as
a real process. Each option is matched against its own question only, so the table is the product of
three small tables.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from myeloma_gui import cli
from myeloma_gui.content.models import Content
from tests.answer_sets import OUT_OF_SCOPE, Q, answers, disease, file_answers

OPTION_IDS = ["watchful_waiting", "different_treatment", "same_drugs_again"]
STABLE_NOW = {"yes": "matches", "no": "different_situation", "not_sure": "may_match"}
KEPT_GROWING = {"yes": "matches", "no": "different_situation", "not_sure": "may_match"}
CAME_BACK = {"a_year_or_more": "matches", "less_than_a_year": "different_situation",
             "never_went_away": "different_situation", "not_sure": "may_match"}
ROWS = list(itertools.product(STABLE_NOW, KEPT_GROWING, CAME_BACK))
# A relapse while still on treatment, such as maintenance: its own nine rows.
MAINTENANCE_ROWS = list(itertools.product(STABLE_NOW, KEPT_GROWING, ["during_maintenance"]))
CAME_BACK_OR_DURING = {**CAME_BACK, "during_maintenance": "may_match"}
STATUS_WORDS = {"matches": "Matches your answer", "may_match": "May match: ask your doctor"}
# The third status names what the NCI summary lists each option for.
DIFFERENT_SITUATION = [
    "The NCI summary lists it for disease that is stable",
    "The NCI summary lists it for a tumor that kept growing during treatment",
    "The NCI summary lists it for a relapse one or more years after the first treatment",
]


def answers_file(folder: Path, answers: dict[str, Any], what_matters: dict[str, str] | None = None) -> Path:
    path = folder / "answers.json"
    document = {"format": "myeloma-gui-answers", "version": 2, "answers": file_answers(answers),
                "what_matters": what_matters or {}}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


in_scope = disease  # one row of the rule table, in the guide, no trial wanted


def results_in_process(folder: Path, answers: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    out = folder / "results.json"
    assert cli.main(["results", str(answers_file(folder, answers, **kwargs)), "--json", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_there_are_36_rows() -> None:
    assert len(ROWS) == 36
    assert len(MAINTENANCE_ROWS) == 9


@pytest.mark.parametrize(
    ("stable", "grew", "came_back"), ROWS + MAINTENANCE_ROWS,
    ids=["-".join(r) for r in ROWS + MAINTENANCE_ROWS],
)
def test_every_row_of_the_rule_table(tmp_path: Path, stable: str, grew: str, came_back: str) -> None:
    data = results_in_process(tmp_path, in_scope(stable, grew, came_back))
    expected = [STABLE_NOW[stable], KEPT_GROWING[grew], CAME_BACK_OR_DURING[came_back]]
    # All three, always in the source's order, never sorted by status.
    assert [o["id"] for o in data["options"]] == OPTION_IDS
    assert [o["status"] for o in data["options"]] == expected
    assert [o["status_label"] for o in data["options"]] == [
        STATUS_WORDS.get(status, different)
        for status, different in zip(expected, DIFFERENT_SITUATION, strict=True)
    ]
    assert all(o["reason"] for o in data["options"])
    assert "may include" in data["options_intro"]
    assert "may include" in data["drug_classes_intro"]
    assert (data["no_match_notice"] is None) is ("matches" in expected)


@pytest.mark.parametrize(("stable", "grew", "came_back"), [
    ("yes", "no", "a_year_or_more"), ("not_sure", "not_sure", "not_sure"), ("no", "no", "never_went_away"),
])
def test_some_rows_through_a_real_process(tmp_path: Path, stable: str, grew: str, came_back: str) -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "myeloma_gui", "results",
         str(answers_file(tmp_path, in_scope(stable, grew, came_back)))],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert finished.returncode == 0, finished.stderr
    data = json.loads(finished.stdout)
    expected = [STABLE_NOW[stable], KEPT_GROWING[grew], CAME_BACK[came_back]]
    assert [o["status"] for o in data["options"]] == expected


def test_several_options_can_match_at_once(tmp_path: Path) -> None:
    data = results_in_process(tmp_path, in_scope("yes", "yes", "a_year_or_more"))
    assert [o["status"] for o in data["options"]] == ["matches"] * 3
    assert data["no_match_notice"] is None


def test_no_match_says_so_plainly(tmp_path: Path, content: Content) -> None:
    data = results_in_process(tmp_path, in_scope("no", "no", "less_than_a_year"))
    assert [o["status"] for o in data["options"]] == ["different_situation"] * 3
    assert data["no_match_notice"] == content.wording.no_match_notice
    # A common early relapse: never "nothing fits", but what the summary does and does not say.
    notice = data["no_match_notice"]
    assert "none of the options" not in notice.casefold()
    for said in ("names just three situations", "does not list every case",
                 "does not mean there is no treatment", "medicines below", "newer", "doctor can say"):
        assert said in notice


@pytest.mark.parametrize("situation", list(OUT_OF_SCOPE))
def test_out_of_scope_situations_ignore_stale_answers(tmp_path: Path, situation: str) -> None:
    """Answers left on pages that no longer apply (from before the situation was changed) are ignored."""
    stale = {**in_scope("yes", "yes", "a_year_or_more", treatments=("stem_cell_transplant",)),
             **OUT_OF_SCOPE[situation]}
    data = results_in_process(tmp_path, stale)
    assert data["in_scope"] is False
    assert data["options"] == []
    assert data["options_intro"] is None
    assert data["also_marked"]["treatments"] == []
    assert [a["question"] for a in data["answers"]] == [Q.SITUATION]
    assert data == results_in_process(tmp_path, answers(situation))


def test_you_also_marked_what_matters_and_no_pointer(tmp_path: Path, content: Content) -> None:
    data = results_in_process(
        tmp_path,
        in_scope("no", "yes", "not_sure", treatments=("bortezomib", "stem_cell_transplant", "other")),
        what_matters={"side_effects": "a_lot", "how_to_decide": "mostly_me", "own_words": "My dog"},
    )
    assert data["also_marked"] == {"heading": "You also marked",
                                   "treatments": ["Stem cell transplant", "Another treatment"]}
    had = {c["id"]: c["had"] for c in data["drug_classes"]}
    assert had["proteasome_inhibitors"]
    assert not had["chemotherapy"]
    assert all(set(c) == {"id", "title", "had", "drugs"} for c in data["drug_classes"])  # no pointer
    assert "untried" not in json.dumps(data)
    assert "pointed_out" not in json.dumps(data)
    assert data["what_matters"] == [
        {"id": "side_effects", "question": "Side effects of treatment", "answer": "Matters a lot"},
        {"id": "how_to_decide", "question": "How do you want to make the decision?", "answer": "Mostly me"},
        {"id": "own_words", "question": content.what_matters.own_words_label, "answer": "My dog"},
    ]
