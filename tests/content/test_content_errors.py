"""A broken content file: every kind of problem is named with the file, the place and what is wrong."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from myeloma_gui.content.loader import ContentError, load_content
from tests.answer_sets import Q

Raw = dict[str, Any]


@pytest.fixture(scope="module")
def shipped(content_path: Path) -> Raw:
    raw: Raw = json.loads(content_path.read_text(encoding="utf-8"))
    return raw


def problems_after(shipped: Raw, tmp_path: Path, change: Callable[[Raw], None]) -> tuple[Path, str]:
    raw = copy.deepcopy(shipped)
    change(raw)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(path)
    return path, str(caught.value)


def _set(path: str, value: Any) -> Callable[[Raw], None]:
    def change(raw: Raw) -> None:
        *parents, last = path.split("/")
        target: Any = raw
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return change


CASES = [
    ("Change words without the answer", _set("wording/change_answer", "Change {question}"),
     "wording.change_answer: the Change button's words must contain {answer}"),
    ("Change words with an unknown place", _set("wording/change_answer", "Change {question}: {answer} {x}"),
     "wording.change_answer: the Change button's words may only use {question} and {answer}"),
    ("eleven months", lambda raw: raw["wording"]["months"].pop(),
     "wording.months: Tuple should have at least 12 items"),
    ("a topic link name without the title", _set("wording/topic_link_name", "Related topic"),
     "wording.topic_link_name: Value error, must contain {title}"),
    ("an address line with another place", _set("wording/at_address", "At {address} ({title}):"),
     "wording.at_address: Value error, may only use {address}"),
    ("unknown key", _set("options/1/colour", "red"),
     "options[1].colour: unknown key 'colour'"),
    ("missing key", lambda raw: raw["metadata"].pop("disclaimer"),
     "metadata.disclaimer: the required key 'disclaimer' is missing"),
    ("wrong status", _set("options/0/rules/0/status", "great"),
     "options[0].rules[0].status"),
    ("duplicate option id", _set("options/2/id", "watchful_waiting"),
     "options[2]: the option id 'watchful_waiting' is already used at options[0]"),
    ("duplicate answer id", _set("questions/1/choices/1/id", "yes"),
     f"questions[1].choices[1]: the answer of question {Q.STABLE_NOW!r} id 'yes' is already used"),
    ("unknown source", _set("drug_classes/2/source", "a_blog"),
     "drug_classes[2].source: there is no source with id 'a_blog'"),
    ("unknown topic", _set("questions/0/choices/2/out_of_scope/topic", "nowhere"),
     "questions[0].choices[2].out_of_scope.topic: there is no topic with id 'nowhere'"),
    ("unknown mark", _set("questions/4/groups/0/choices/0/marks", ["aspirin"]),
     "there is no medicine, drug class or trial item 'aspirin'"),
    ("option names an unknown question", _set("options/0/question", "mood"),
     "options[0].question: there is no one-answer question 'mood'"),
    ("option names the checklist", _set("options/0/question", Q.TREATMENTS),
     f"options[0].question: there is no one-answer question {Q.TREATMENTS!r}"),
    ("option names a question not everyone is asked",
     lambda raw: raw["questions"][1].update(asked_when={Q.SITUATION: ["not_sure"]}),
     f"options[0].question: the question {Q.STABLE_NOW!r} must be answered by everyone the guide covers"),
    ("rule names an unknown answer", _set("options/0/rules/0/answers", ["gone"]),
     f"options[0].rules[0].answers: the question {Q.STABLE_NOW!r} has no answer 'gone'"),
    # The decision logic finds the treatments checklist by its role, so the role must be there, once,
    # on a checklist.
    ("no question has the role 'treatments'", lambda raw: raw["questions"][4].pop("role"),
     "questions: no question has the role 'treatments'; exactly one must"),
    ("two questions have the role 'treatments'", _set("questions/1/role", "treatments"),
     "questions[4].role: the role 'treatments' is already given to questions[1]"),
    ("the role 'treatments' on a one-answer question", _set("questions/1/role", "treatments"),
     "questions[1].role: the question with the role 'treatments' must be a checklist ('many')"),
    ("an unknown role", _set("questions/1/role", "mood"), "questions[1].role"),
    ("an answer with two rules", _set("options/0/rules/1/answers", ["no", "yes"]),
     "options[0].rules[1].answers: the answer 'yes' already has a rule, rules[0]"),
    ("a gap in the rule table", _set("options/2/rules", []),
     "options[2].rules"),
    ("a rule table with a hole", lambda raw: raw["options"][2]["rules"].pop(0),
     "options[2].rules: no rule for 'same_drugs_again' covers the answer 'a_year_or_more' of "
     f"{Q.CAME_BACK!r}"),
    ("a what-matters id used twice", _set("what_matters/deciding/id", "cost"),
     "what_matters.deciding.id: the id 'cost' is already used by what_matters.things"),
    ("a link to an unknown site", _set("topics/0/url", "https://example.com/page"),
     "topics[0].url: Value error, the address 'https://example.com/page' points to 'example.com'"),
    ("a link that is not https", _set("trial_search/search_url", "http://www.cancer.gov/x"),
     "trial_search.search_url"),
    ("a wrong date", _set("metadata/reviewed", "last spring"),
     "metadata.reviewed"),
    ("a newer approval pointing to an unknown trial item",
     _set("newer_approvals/medicines/0/trial_item", "gene_therapy_trial"),
     "newer_approvals.medicines[0].trial_item: there is no clinical-trial item 'gene_therapy_trial'"),
    ("a newer approval with the id of another medicine", _set("newer_approvals/medicines/5/id", "venetoclax"),
     "newer_approvals.medicines[5]: the id 'venetoclax' is the NCI summary's 'Venetoclax'; a different "
     "medicine needs an id of its own"),
    ("a newer approval with the id of a trial item",
     _set("newer_approvals/medicines/5/id", "selinexor_trial"),
     "newer_approvals.medicines[5]: the id 'selinexor_trial' is a drug group or trial item, not a medicine"),
    ("two newer approvals with one id", _set("newer_approvals/medicines/1/id", "idecabtagene_vicleucel"),
     "newer_approvals.medicines[1]: the newer approval id 'idecabtagene_vicleucel' is already used"),
    ("a newer approval without a quote", _set("newer_approvals/medicines/2/uses/0/sources", []),
     "newer_approvals.medicines[2].uses[0].sources"),
    ("a pointer to the section that does not name it",
     _set("newer_approvals/see_newer_approvals", "See also the newer approvals below."),
     "newer_approvals.see_newer_approvals: Value error, must contain {heading}"),
    ("a quote of one word", _set("newer_approvals/intro/0/sources/0/quote", "clinical"),
     "newer_approvals.intro[0].sources[0].quote: Value error, a quote must be at least two words"),
]


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_names_file_place_and_what_is_wrong(
    shipped: Raw, tmp_path: Path, change: Callable[[Raw], None], expected: str
) -> None:
    path, message = problems_after(shipped, tmp_path, change)
    assert str(path) in message
    assert expected.replace("Value error, ", "") in message
    assert "Traceback" not in message


def test_every_problem_is_listed_not_just_the_first(shipped: Raw, tmp_path: Path) -> None:
    def two_problems(raw: Raw) -> None:
        raw["options"][0]["colour"] = "red"
        raw["topics"][1]["shape"] = "round"

    _, message = problems_after(shipped, tmp_path, two_problems)
    assert "options[0].colour" in message
    assert "topics[1].shape" in message


@pytest.mark.parametrize(("text", "expected"), [
    ("", "The file is empty"),
    ('{"format_version": 1,\n  "metadata": }', r"not valid JSON \(.*, line 2, column 15\)"),
    ("[1, 2]", "must hold one JSON object"),
])
def test_a_file_that_is_not_content_at_all(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=expected):
        load_content(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="There is no such file"):
        load_content(tmp_path / "nowhere.json")


@settings(max_examples=40, deadline=None)
# Some noise always: an empty one would leave the file undamaged.
@given(cut=st.integers(min_value=1, max_value=10_000), noise=st.text(min_size=1, max_size=3))
def test_any_damaged_file_gives_a_content_error_not_a_crash(content_path: Path, cut: int, noise: str) -> None:
    import tempfile

    text = content_path.read_text(encoding="utf-8")
    damaged = text[:cut] + noise + text[cut + len(noise) * 7:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.json"
        path.write_text(damaged, encoding="utf-8")
        message = ""
        try:
            load_content(path)  # some cuts leave valid content: that is fine too
        except ContentError as error:
            message = str(error)
        assert not message or str(path) in message
