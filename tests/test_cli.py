"""The command line as staff and scripts use it: a real process, real files, no window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from myeloma_gui.content.models import Content
from tests.answer_sets import (
    ONLY_THE_SITUATION,
    OUT_OF_SCOPE_MGUS,
    TREATED_CAME_BACK_LATE,
    Q,
    answers_document,
    file_answers,
    write_answers,
)


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "myeloma_gui", *arguments],
        capture_output=True, text=True, timeout=60, check=False,
    )


COMPLETE = file_answers(TREATED_CAME_BACK_LATE)


def test_results_as_json(tmp_path: Path, content: Content) -> None:
    out = tmp_path / "results.json"
    finished = run("results", str(write_answers(tmp_path, COMPLETE)), "--json", str(out))
    assert finished.returncode == 0, finished.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    statuses = {o["id"]: o["status"] for o in results["options"]}
    assert statuses == {"same_drugs_again": "matches", "different_treatment": "may_match",
                        "watchful_waiting": "different_situation"}
    in_order = ["watchful_waiting", "different_treatment", "same_drugs_again"]
    assert [o["id"] for o in results["options"]] == in_order
    assert results["no_match_notice"] is None
    had = {d["id"]: d["had"] for c in results["drug_classes"] for d in c["drugs"]}
    assert had["bortezomib"]
    assert had["lenalidomide"]
    assert not had["daratumumab"]
    assert len(had) == sum(len(c.drugs) for c in content.drug_classes)
    assert results["topics"][0]["id"] == "treatment_relapsed_refractory"
    assert len(results["topics"]) == 9


def test_results_print_to_stdout_when_no_file_is_named(tmp_path: Path) -> None:
    finished = run("results", str(write_answers(tmp_path, OUT_OF_SCOPE_MGUS)))
    assert finished.returncode == 0, finished.stderr
    results = json.loads(finished.stdout)
    assert results["in_scope"] is False
    assert results["options"] == []
    assert results["topics"][0]["id"] == "treatment_mgus"


BAD = [
    ("not JSON", "{{{", "not valid JSON"),
    ("wrong version", json.dumps({"format": "myeloma-gui-answers", "version": 9, "answers": {}}), "newer"),
    ("unknown value", json.dumps(answers_document({Q.SITUATION: "flu"})), "'flu'"),
    ("wrong type", json.dumps(answers_document({Q.SITUATION: 3})), "must be one answer"),
    ("empty file", "", "empty"),
    ("stops early", json.dumps(answers_document(ONLY_THE_SITUATION)),
     f"no answer to the question {Q.STABLE_NOW!r}"),
    # Format 1's own ids, which never change.
    ("old format, not all carried over", json.dumps({"format": "myeloma-gui-answers", "version": 1,
                                "answers": {"situation": "relapsed_or_refractory", "disease_course": "stable",
                                            "clinical_trial": "no"}}),
     "answer again: “Did your myeloma keep growing while you were being treated?”"),
]


@pytest.mark.parametrize(("text", "expected"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_answers_give_one_clear_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    finished = run("results", str(path))
    assert finished.returncode == 1
    assert finished.stdout == ""
    lines = finished.stderr.strip().splitlines()
    assert len(lines) == 1, finished.stderr
    assert expected in lines[0]
    assert str(path) in lines[0]


def test_a_missing_answers_file(tmp_path: Path) -> None:
    finished = run("results", str(tmp_path / "nowhere.json"))
    assert finished.returncode == 1
    assert "Traceback" not in finished.stderr
    assert "There is no such file" in finished.stderr


def test_an_unwritable_output_loses_nothing(tmp_path: Path) -> None:
    finished = run("results", str(write_answers(tmp_path, COMPLETE)), "--json",
                   str(tmp_path / "no_such_folder" / "out.json"))
    assert finished.returncode == 1
    assert "cannot write" in finished.stderr
    assert "Traceback" not in finished.stderr


def test_validate_the_bundled_file() -> None:
    finished = run("validate")
    assert finished.returncode == 0
    assert "valid" in finished.stdout


def test_validate_a_broken_file_lists_its_problems(tmp_path: Path, content_path: Path) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    raw["options"][0]["colour"] = "red"
    raw["topics"][0]["url"] = "https://example.com/"
    broken = tmp_path / "content.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    finished = run("validate", str(broken))
    assert finished.returncode == 1
    assert "options[0].colour: unknown key 'colour'" in finished.stderr
    assert "topics[0].url" in finished.stderr
    assert "Traceback" not in finished.stderr


def test_headless_results_accept_another_content_file(tmp_path: Path, content_path: Path) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    raw["options"][0]["title"]["text"] = "Waiting and watching (edited)"
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    answers = write_answers(tmp_path, {**COMPLETE, Q.STABLE_NOW: "yes"})
    finished = run("results", str(answers), "--content", str(edited))
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)["options"][0]["title"] == "Waiting and watching (edited)"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    answers = write_answers(tmp_path, COMPLETE)
    with subprocess.Popen([sys.executable, "-m", "myeloma_gui", "results", str(answers)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # like "| head -0": nobody reads the results
        errors = process.stderr.read().decode()
        process.wait(timeout=60)
    assert "Traceback" not in errors
    assert "BrokenPipe" not in errors


def test_a_typo_in_an_answer_gets_a_suggestion(tmp_path: Path) -> None:
    typo = {**COMPLETE, Q.CAME_BACK: "never-went-away"}
    finished = run("results", str(write_answers(tmp_path, typo)))
    assert finished.returncode == 1
    assert "Did you mean 'never_went_away'?" in finished.stderr


def test_a_file_saved_with_a_bom_is_read(tmp_path: Path) -> None:
    path = write_answers(tmp_path, COMPLETE)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    finished = run("results", str(path))
    assert finished.returncode == 0, finished.stderr


def test_a_pdf_for_the_clinic_can_be_read_by_colleagues_but_answers_stay_private(
    tmp_path: Path, content: Content
) -> None:
    from myeloma_gui.decision.saved_answers import SavedAnswers, write_answers_file

    pdf = tmp_path / "summary.pdf"
    finished = run("results", str(write_answers(tmp_path, COMPLETE)), "--pdf", str(pdf))
    assert finished.returncode == 0, finished.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert pdf.stat().st_mode & 0o777 == 0o666 & ~umask
    answers = tmp_path / "private.json"
    write_answers_file(answers, SavedAnswers(OUT_OF_SCOPE_MGUS), content)
    assert answers.stat().st_mode & 0o777 == 0o600
