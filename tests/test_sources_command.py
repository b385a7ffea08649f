"""The commands for whoever keeps the content, as they use them: real processes, real copies of the
source folder, real files."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myeloma_gui import cli
from tests.conftest import SEED_FILE, SOURCE_FOLDER
from tests.test_cli import run

# Where a string of the content file states no fact (the brief's exemptions: questions, answers,
# interface words, doctor questions, what matters) or is not prose at all (ids, addresses, rules'
# answers). Every other string must sit inside an entry of `sources --json`.
NOT_A_FACT = re.compile(
    r"^/(\$schema|format_version|metadata|sources|welcome|questions|what_matters|doctor_questions|"
    r"default_topics_first|wording)(/|$)"
    r"|^/about/(button_label|heading|close_label|source_date_unknown|source_date_on_paper|source_date_known|checked_line)$"
    r"|^/about/sections/\d+/heading$"
    # About mixes facts and the guide's words about itself: a plain paragraph is a choice the models allow.
    r"|^/about/(sections/\d+/paragraphs|on_paper)/\d+$"
    r"|^/trial_search/(search_label|search_url|info_label|info_url|phone_label|questions/\d+|source)$"
    r"|^/options/\d+/(id|source|question|rules/\d+/(answers/\d+|status))$"
    r"|^/(drug_classes|clinical_trials)/\d+/(id|source)$"
    r"|^/topics/\d+/(id|url|source)$"
    r"|^/glossary/\d+/(id|term|other_forms/\d+|source)$"
    # The newer approvals' heading, its pointer and "ask your doctor" are the guide's own words; a page's
    # title and address and a medicine's id, page and trial item name things, the facts sit beside them.
    r"|^/newer_approvals/(heading|ask_doctor|see_newer_approvals|pages/\d+/(title|url))$"
    r"|^/newer_approvals/medicines/\d+/(id|url|trial_item)$"
)


def _pointer_key(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def strings(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every leaf (string, number, true/false) of a JSON document, with its JSON pointer."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{pointer}/{_pointer_key(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, f"{pointer}/{index}")
    else:
        yield pointer, node


def sourced_objects(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object of a JSON document that carries quotes: a "sources" list of file-and-quote pairs."""
    if isinstance(node, dict):
        listed = node.get("sources")
        sourced = isinstance(listed, list) and bool(listed) and all(
            isinstance(s, dict) and "quote" in s for s in listed
        )
        if sourced:
            yield pointer, node
        for key, value in node.items():  # on into its own facts (a newer approval's kind and uses)
            if not (sourced and key == "sources"):
                yield from sourced_objects(value, f"{pointer}/{_pointer_key(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from sourced_objects(value, f"{pointer}/{index}")


def said(obj: dict[str, Any]) -> str:
    """What a sourced object states: its text, or a medicine's name with its brand names."""
    if "text" in obj:
        return str(obj["text"])
    brands = obj.get("brands") or []
    return f"{obj['name']} ({', '.join(brands)})" if brands else str(obj["name"])


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    out = tmp_path_factory.mktemp("sources") / "sources.json"
    finished = run("sources", "--json", str(out))
    assert finished.returncode == 0, finished.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert list(document) == ["entries"]
    return list(document["entries"])


def test_sources_json_lists_every_fact_of_the_content_file_with_its_quotes(
    entries: list[dict[str, Any]], content_path: Path
) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    expected = {
        pointer: {"text": said(obj), "sources": [{"file": q["file"], "quote": q["quote"]} for q in quotes]}
        for pointer, obj in sourced_objects(raw)
        if (quotes := obj["sources"])
    }
    listed = {e["path"]: {"text": e["text"], "sources": e["sources"]} for e in entries}
    assert len(listed) == len(entries), "each fact once"
    assert listed == expected
    assert {"/options/0/title", "/drug_classes/1/drugs/0", "/glossary/0/definition",
            "/wording/options_intro", "/trial_search/phone", "/topics/8/title"} <= set(listed)


def test_every_string_of_the_content_that_states_a_fact_is_in_sources_json(
    entries: list[dict[str, Any]], content_path: Path
) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    covered = [e["path"] for e in entries]
    untied = [
        (pointer, value) for pointer, value in strings(raw)
        if isinstance(value, str) and not NOT_A_FACT.search(pointer)
        and not any(pointer == c or pointer.startswith(c + "/") for c in covered)
    ]
    assert not untied


def _source_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "newer-source"
    shutil.copytree(SOURCE_FOLDER, copy)
    return copy


def test_an_unchanged_copy_of_the_sources_changes_nothing(tmp_path: Path) -> None:
    finished = run("sources", "--changed", str(_source_copy(tmp_path)))
    assert finished.returncode == 0, finished.stderr
    assert "still found" in finished.stdout


def test_a_changed_line_names_every_sentence_resting_on_it(
    tmp_path: Path, entries: list[dict[str, Any]]
) -> None:
    """NCI rewords the watchful-waiting line of the seed: every sentence quoting it is listed, with its
    words, and nothing else."""
    copy = _source_copy(tmp_path)
    seed = copy / SEED_FILE
    line = "- Watchful waiting for patients whose disease is stable."
    assert line in seed.read_text(encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        line, "- Watchful waiting for patients whose disease is not getting worse."), encoding="utf-8")
    finished = run("sources", "--changed", str(copy))
    assert finished.returncode == 1, finished.stderr
    resting = {e["path"]: e["text"] for e in entries
               if any(s["file"] == SEED_FILE and "disease is stable" in s["quote"] for s in e["sources"])}
    assert {"/options/0/title", "/options/0/details/0", "/options/0/rules/0/reason",
            "/topics/7/summary/1"} <= set(resting)
    for pointer, text in resting.items():
        assert f"\n{pointer}\n  says: {text}\n" in finished.stdout
    named = re.findall(r"^(/\S+)$", finished.stdout, re.MULTILINE)
    assert sorted(named) == sorted(resting)
    assert f"{len(resting)} of {len(entries)} facts" in finished.stdout


def _folded(text: str) -> str:
    return " ".join(text.split())


def _quoted_lines() -> list[tuple[str, int]]:
    """(file, line number) of each line of a source file that some shipped quote takes words from."""
    raw = json.loads((Path(__file__).resolve().parents[1] / "resources" / "content.json").read_text("utf-8"))
    quotes = [(s["file"], s["quote"]) for _, obj in sourced_objects(raw) for s in obj["sources"]]
    found = []
    for file in sorted({f for f, _ in quotes}):
        lines = (SOURCE_FOLDER / file).read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            words = _folded(line.removeprefix("- "))
            if len(words.split()) >= 3 and any(words in _folded(q) or _folded(q) in words for f, q in quotes
                                               if f == file):
                found.append((file, number))
    return found


QUOTED_LINES = _quoted_lines()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(QUOTED_LINES), word=st.integers(min_value=0, max_value=40))
def test_any_changed_word_names_exactly_the_sentences_whose_quotes_it_breaks(
    place: tuple[str, int], word: int, tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str], entries: list[dict[str, Any]],
) -> None:
    file, number = place
    copy = _source_copy(tmp_path_factory.mktemp("changed"))
    lines = (copy / file).read_text(encoding="utf-8").splitlines()
    words = lines[number].split(" ")
    index = word % len(words)
    words[index] = "REWORDED"
    lines[number] = " ".join(words)
    new_text = _folded("\n".join(lines))
    (copy / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    code = cli.main(["sources", "--changed", str(copy)])
    shown = capsys.readouterr().out
    broken = sorted(e["path"] for e in entries
                    if any(s["file"] == file and _folded(s["quote"]) not in new_text for s in e["sources"]))
    assert code == (1 if broken else 0)
    assert sorted(re.findall(r"^(/\S+)$", shown, re.MULTILINE)) == broken


def test_a_missing_folder_or_a_bad_content_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    finished = run("sources", "--changed", str(tmp_path / "nowhere"))
    assert finished.returncode == 2
    assert finished.stderr.strip() == f"myeloma-gui: there is no source folder {tmp_path / 'nowhere'}"
    empty = tmp_path / "empty"
    empty.mkdir()
    finished = run("sources", "--changed", str(empty))
    assert finished.returncode == 2
    assert len(finished.stderr.strip().splitlines()) == 1
    assert SEED_FILE in finished.stderr
    assert "FACTS.md" in finished.stderr
    broken = tmp_path / "content.json"
    broken.write_text("{", encoding="utf-8")
    for arguments in (("--changed", str(SOURCE_FOLDER)), ("--json", str(tmp_path / "out.json"))):
        finished = run("sources", *arguments, "--content", str(broken))
        assert finished.returncode == 2
        assert len(finished.stderr.strip().splitlines()) == 1
        assert str(broken) in finished.stderr
        assert "Traceback" not in finished.stderr
    finished = run("sources", "--json", str(tmp_path / "no-such-folder" / "out.json"))
    assert finished.returncode == 2
    assert finished.stderr.startswith("myeloma-gui: cannot write")


def test_validate_names_each_quote_its_file_does_not_hold(tmp_path: Path, content_path: Path) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    long_quote = "Watchful waiting for patients whose disease is stable, " * 4
    raw["options"][0]["title"]["sources"][0]["quote"] = long_quote
    raw["glossary"][0]["definition"]["sources"][0]["file"] = "not-a-source.md"
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    finished = run("validate", str(edited), "--sources", str(SOURCE_FOLDER))
    assert finished.returncode == 1
    problems = finished.stderr.splitlines()
    assert problems[0].startswith(f"{edited}: 2 of ")
    # In the file's order: the options come before the glossary.
    assert problems[1].startswith(f"  /options/0/title: {SEED_FILE}: “Watchful waiting for patients")
    assert problems[1].endswith("…”")
    assert len(problems[1]) < len(long_quote)
    assert problems[2].startswith("  /glossary/0/definition: not-a-source.md: “relapse: ")
    finished = run("validate", str(content_path), "--sources", str(SOURCE_FOLDER))
    assert finished.returncode == 0, finished.stderr
    assert "every quote is found" in finished.stdout


def test_validate_folds_whitespace_and_typographic_quotes_and_dashes(
    tmp_path: Path, content_path: Path
) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    # The seed's "T-cell" with a typographic hyphen, and the line broken as an editor might.
    quotes = raw["clinical_trials"][0]["title"]["sources"]
    quotes[0]["quote"] = "A clinical trial\n  of CAR T\u2010cell therapy."
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    finished = run("validate", str(edited), "--sources", str(SOURCE_FOLDER))
    assert finished.returncode == 0, finished.stderr
    quotes[0]["quote"] = "A clinical trial of CAR T cell therapy."
    edited.write_text(json.dumps(raw), encoding="utf-8")
    assert run("validate", str(edited), "--sources", str(SOURCE_FOLDER)).returncode == 1
