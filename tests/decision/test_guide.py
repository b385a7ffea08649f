"""The decision logic against PRODUCT.md's rule table, row by row and over every answer set."""

from __future__ import annotations

import copy
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from myeloma_gui.content.loader import load_content
from myeloma_gui.content.models import Content, Question, WhatMatters
from myeloma_gui.content.voice import in_voice
from myeloma_gui.decision.flow import AnswerValue, asked_questions, effective_answers, unanswered_questions
from myeloma_gui.decision.guide import IncompleteAnswersError, decide
from myeloma_gui.resources import CONTENT_FILE, bundled_file
from tests.answer_sets import (
    ALL_NOT_SURE,
    CAME_BACK_LATE_STABLE,
    NOTHING_MATCHES,
    Q,
    disease,
)
from tests.answer_sets import KEPT_GROWING as KEPT_GROWING_SET
from tests.answer_sets import (
    OUT_OF_SCOPE as OUT_OF_SCOPE_SETS,
)
from tests.answer_sets import (
    answers as answers_named,
)

OPTION_IDS = ("watchful_waiting", "different_treatment", "same_drugs_again")
# PRODUCT.md: each option against its one question, and nothing else.
STABLE_NOW = {"yes": "matches", "no": "different_situation", "not_sure": "may_match"}
KEPT_GROWING = {"yes": "matches", "no": "different_situation", "not_sure": "may_match"}
CAME_BACK = {
    "a_year_or_more": "matches", "less_than_a_year": "different_situation",
    "never_went_away": "different_situation", "not_sure": "may_match",
}
ALL_36 = list(itertools.product(STABLE_NOW, KEPT_GROWING, CAME_BACK))
# A relapse while still on treatment (such as maintenance): the source's "one or more years after
# initial treatment" may or may not count it, so it may match (the reason says how it was read).
DURING_MAINTENANCE = {"during_maintenance": "may_match"}
MAINTENANCE_ROWS = list(itertools.product(STABLE_NOW, KEPT_GROWING, DURING_MAINTENANCE))
EVERY_ROW = ALL_36 + MAINTENANCE_ROWS
OUT_OF_SCOPE = {
    "newly_diagnosed": "treatment_multiple_myeloma",
    "mgus": "treatment_mgus",
    "plasmacytoma_bone": "treatment_plasmacytoma_bone",
    "plasmacytoma_outside_bone": "treatment_extramedullary_plasmacytoma",
}


def expected_statuses(stable: str, grew: str, came_back: str) -> dict[str, str]:
    return {
        "watchful_waiting": STABLE_NOW[stable],
        "different_treatment": KEPT_GROWING[grew],
        "same_drugs_again": {**CAME_BACK, **DURING_MAINTENANCE}[came_back],
    }



def test_the_table_has_all_36_combinations() -> None:
    assert len(ALL_36) == 36
    assert len(MAINTENANCE_ROWS) == 9


@pytest.mark.parametrize(("stable", "grew", "came_back"), EVERY_ROW)
def test_each_of_the_36_rows_of_the_rule_table(
    content: Content, stable: str, grew: str, came_back: str
) -> None:
    results = decide(content, disease(stable, grew, came_back))
    expected = expected_statuses(stable, grew, came_back)
    # All three, in the source's order, whatever their status.
    assert [r.option.id for r in results.options] == list(OPTION_IDS)
    assert {r.option.id: r.status for r in results.options} == expected
    assert all(r.reason for r in results.options)
    assert (results.no_match_notice is not None) is ("matches" not in expected.values())


def test_stable_now_and_back_after_a_year_both_match(content: Content) -> None:
    """The issue's "done when": two options match, one is listed for a different situation."""
    results = decide(content, CAME_BACK_LATE_STABLE)
    statuses = [r.status for r in results.options]
    assert statuses == ["matches", "different_situation", "matches"]
    assert results.no_match_notice is None
    assert "stable" in results.options[0].reason
    assert "a year or more" in results.options[2].reason


def test_the_reason_says_the_persons_answer_and_the_sources_situation(content: Content) -> None:
    results = decide(content, disease("no", "not_sure", "never_went_away"))
    waiting, different, same = results.options
    assert "not stable now" in waiting.reason
    assert "stable" in waiting.reason
    assert "not sure" in different.reason
    assert "kept growing" in different.reason
    assert "never went away" in same.reason
    assert "a year or more" in same.reason


@pytest.mark.parametrize(("situation", "topic"), OUT_OF_SCOPE.items())
def test_situations_the_guide_does_not_cover(content: Content, situation: str, topic: str) -> None:
    results = decide(content, OUT_OF_SCOPE_SETS[situation])
    assert not results.in_scope
    assert results.options == ()
    assert results.also_marked == ()
    assert results.topics[0].id == topic
    assert [q.id for q in asked_questions(content, OUT_OF_SCOPE_SETS[situation])] == [Q.SITUATION]


def test_treatments_in_no_drug_group_are_listed_as_also_marked(content: Content) -> None:
    ticked = ("stem_cell_transplant", "car_t_cell_therapy", "other", "bortezomib", "dont_remember")
    results = decide(content, disease("yes", "no", "not_sure", treatments=ticked))
    had = {c.drug_class.id: c.had for c in results.drug_classes}
    # A transplant is not chemotherapy, and CAR T-cell therapy outside a trial is not the trial item.
    assert had == {"monoclonal_antibodies": False, "proteasome_inhibitors": True, "immunotherapy": False,
                   "chemotherapy": False, "corticosteroids": False}
    assert not any(t.had for t in results.clinical_trials)
    assert results.also_marked == ("Stem cell transplant", "CAR T-cell therapy", "Another treatment")


def test_topics_for_these_answers_come_first_and_all_nine_are_listed(content: Content) -> None:
    results = decide(content, disease("yes", "yes", "not_sure"))
    assert results.topics[0].id == "treatment_relapsed_refractory"
    assert sorted(t.id for t in results.topics) == sorted(t.id for t in content.topics)


@pytest.mark.parametrize("ticked", [None, (), ("dont_remember",)])
def test_the_note_when_no_treatment_was_ticked(content: Content, ticked: tuple[str, ...] | None) -> None:
    results = decide(content, disease("no", "yes", "not_sure", treatments=ticked))
    expected = content.wording.unsure_treatments_note if ticked else content.wording.no_treatments_marked_note
    assert results.treatments_note == expected
    assert results.also_marked == ()


# Every answer set a person could give, including answers left over on pages that were later skipped
# and questions left open: for the door (incomplete answers are refused) and for stale answers.
def answer_sets(content: Content) -> st.SearchStrategy[dict[str, AnswerValue]]:
    fields: dict[str, st.SearchStrategy[AnswerValue | None]] = {}
    for question in content.questions:
        ids = [c.id for c in question.all_choices()]
        if question.kind == "one":
            fields[question.id] = st.none() | st.sampled_from(ids)
        else:
            fields[question.id] = st.none() | st.frozensets(st.sampled_from(ids))
    return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not None})


@st.composite
def complete_answer_sets(draw: st.DrawFn, content: Content) -> dict[str, AnswerValue]:
    """An answer set that reaches the results within the guide, as the wizard collects it: each
    question the answers so far lead to (read from the content: its ``asked_when``), answered with
    one of its choices that keeps the person in the guide; an optional question may be left open."""
    answers: dict[str, AnswerValue] = {}
    passed: set[str] = set()
    while True:
        open_questions = [
            q for q in asked_questions(content, answers) if q.id not in answers and q.id not in passed
        ]
        if not open_questions:
            return answers
        question = open_questions[0]
        ids = [c.id for c in question.all_choices() if c.out_of_scope is None]
        if question.optional and draw(st.booleans()):
            passed.add(question.id)
        elif question.kind == "one":
            answers[question.id] = draw(st.sampled_from(ids))
        else:
            least = 0 if question.optional else 1
            answers[question.id] = draw(st.frozensets(st.sampled_from(ids), min_size=least))


def rule_questions(content: Content) -> list[Question]:
    """The questions the options are matched against, in the order of the content's options."""
    return [content.question(q) for q in dict.fromkeys(o.question for o in content.options)]


def rule_table_rows(content: Content) -> list[dict[str, AnswerValue]]:
    """Every row of the rule table, as a complete answer set within the guide: each combination of
    the answers to the options' questions, every other question given its first answer that keeps
    the person in the guide (an optional one left open)."""
    questions = rule_questions(content)
    choices = [[c.id for c in q.all_choices() if c.out_of_scope is None] for q in questions]
    rows = []
    for combination in itertools.product(*choices):
        row: dict[str, AnswerValue] = dict(zip((q.id for q in questions), combination, strict=True))
        while True:
            open_questions = [
                q for q in asked_questions(content, row) if q.id not in row and not q.optional
            ]
            if not open_questions:
                break
            first = next(c.id for c in open_questions[0].all_choices() if c.out_of_scope is None)
            row[open_questions[0].id] = first
        assert not unanswered_questions(content, row)
        rows.append(row)
    return rows


def every_what_matters_answer(content: Content) -> dict[str, dict[str, str]]:
    """Each single answer the "What matters to you?" page can take, by a name for the test's id:
    each thing at each weight, each way to decide, each readiness check either way, own words."""
    page = content.what_matters
    answers = {f"{t.id}={w.id}": {t.id: w.id} for t in page.things for w in page.weights}
    answers |= {f"{page.deciding.id}={c.id}": {page.deciding.id: c.id} for c in page.deciding.choices}
    answers |= {
        f"{r.id}={a.id}": {r.id: a.id} for r in page.readiness_checks for a in page.readiness_answers
    }
    answers[WhatMatters.OWN_WORDS] = {WhatMatters.OWN_WORDS: "Side effects matter a lot. I want to wait."}
    return answers


SHIPPED = load_content(bundled_file(CONTENT_FILE))
WHAT_MATTERS = st.dictionaries(
    st.sampled_from([t.id for t in SHIPPED.what_matters.things]),
    st.sampled_from([w.id for w in SHIPPED.what_matters.weights]),
)
ROWS = rule_table_rows(SHIPPED)
WHAT_MATTERS_ANSWERS = every_what_matters_answer(SHIPPED)
PROPERTY_EXAMPLES = 300


def test_the_rule_table_rows_come_from_the_content() -> None:
    """Every answer of every option's question appears in the rows: a new answer adds rows."""
    assert len(ROWS) == len({tuple(sorted(r.items())) for r in ROWS})
    for question in rule_questions(SHIPPED):
        in_scope = {c.id for c in question.all_choices() if c.out_of_scope is None}
        assert {r[question.id] for r in ROWS} == in_scope
    assert len(ROWS) >= len(ALL_36)


def test_incomplete_answer_sets_are_refused_with_the_first_open_question() -> None:
    refused = 0

    @settings(max_examples=200, deadline=None)
    @given(answers=answer_sets(SHIPPED))
    def check(answers: dict[str, AnswerValue]) -> None:
        nonlocal refused
        missing = [q.id for q in unanswered_questions(SHIPPED, answers)]
        assume(missing)
        # The wizard never shows results before every asked question has an answer.
        with pytest.raises(IncompleteAnswersError) as refusal:
            decide(SHIPPED, answers)
        assert refusal.value.question_id == missing[0]
        refused += 1

    check()
    assert refused >= 100, f"only {refused} incomplete answer sets were tried"


def test_over_all_complete_answer_sets_within_the_guide() -> None:
    reached = 0

    @settings(max_examples=PROPERTY_EXAMPLES, deadline=None)
    @given(answers=complete_answer_sets(SHIPPED))
    def check(answers: dict[str, AnswerValue]) -> None:
        nonlocal reached
        content = SHIPPED
        results = decide(content, answers)
        counted = effective_answers(content, answers)
        assert results.in_scope
        # Each option once, in the source's order, with its status from its own question alone.
        assert [r.option.id for r in results.options] == list(OPTION_IDS)
        expected = expected_statuses(
            str(counted[Q.STABLE_NOW]), str(counted[Q.KEPT_GROWING]), str(counted[Q.CAME_BACK]),
        )
        assert {r.option.id: r.status for r in results.options} == expected
        # Had-marks are exactly what the ticked answers mark; the rest is "you also marked".
        checklist = content.question_for("treatments")
        ticked = counted.get(checklist.id, frozenset())
        assert isinstance(ticked, frozenset)
        chosen = [c for c in checklist.all_choices() if c.id in ticked]
        marked = {mark for c in chosen for mark in c.marks}
        for class_result in results.drug_classes:
            for drug in class_result.drugs:
                assert drug.had == (drug.drug.id in marked)
            assert class_result.had == (
                any(d.had for d in class_result.drugs) or class_result.drug_class.id in marked
            )
        assert len(results.also_marked) == len([c for c in chosen if not c.marks and not c.unsure])
        # Every newer approval, in the content's order, marked exactly when a tick marks its medicine
        # (selinexor, which the NCI summary names too, is marked in both places by one tick).
        approvals = [(a.medicine.id, a.had) for a in results.newer_approvals]
        assert approvals == [(m.id, m.id in marked) for m in content.newer_approvals.medicines]
        trial_drugs = {d.drug.id: d.had for t in results.clinical_trials for d in t.drugs}
        assert all(trial_drugs[medicine] == had for medicine, had in approvals if medicine in trial_drugs)
        event("reached the rule checks")
        reached += 1

    check()
    print(f"\n{reached} generated answer sets reached the rule checks")
    assert reached >= PROPERTY_EXAMPLES * 0.9, f"only {reached} answer sets reached the rule checks"


def test_what_matters_never_changes_the_results_for_any_complete_answer_set() -> None:
    reached = 0

    @settings(max_examples=200, deadline=None)
    @given(answers=complete_answer_sets(SHIPPED), what_matters=WHAT_MATTERS)
    def check(answers: dict[str, AnswerValue], what_matters: dict[str, str]) -> None:
        nonlocal reached
        plain = decide(SHIPPED, answers)
        weighed = decide(SHIPPED, answers, what_matters)
        assert weighed.options == plain.options
        assert weighed.no_match_notice == plain.no_match_notice
        assert weighed.drug_classes == plain.drug_classes
        assert len(weighed.what_matters) == len(what_matters)
        event("reached the what-matters check")
        reached += 1

    check()
    print(f"\n{reached} generated answer sets reached the what-matters check")
    assert reached >= 180, f"only {reached} answer sets reached the what-matters check"


@pytest.mark.parametrize("what_matters", WHAT_MATTERS_ANSWERS.values(), ids=WHAT_MATTERS_ANSWERS.keys())
def test_no_what_matters_answer_changes_the_options_on_any_row_of_the_rule_table(
    what_matters: dict[str, str],
) -> None:
    for row in ROWS:
        plain = decide(SHIPPED, row)
        weighed = decide(SHIPPED, row, what_matters)
        assert weighed.options == plain.options, f"{what_matters} changed the options for {row}"
        assert weighed.no_match_notice == plain.no_match_notice
        assert weighed.drug_classes == plain.drug_classes
        assert weighed.clinical_trials == plain.clinical_trials
        assert weighed.also_marked == plain.also_marked
        assert weighed.topics == plain.topics
        assert len(weighed.what_matters) == 1, "the answer is shown, with the results"


@settings(max_examples=200, deadline=None)
@given(out=st.sampled_from(list(OUT_OF_SCOPE)), everything=answer_sets(SHIPPED))
def test_answers_on_pages_that_no_longer_apply_change_nothing(
    out: str, everything: dict[str, AnswerValue]
) -> None:
    """Stale answers left on the pages after someone changes their situation are ignored."""
    left_over = {**everything, **answers_named(out)}
    assert decide(SHIPPED, left_over) == decide(SHIPPED, answers_named(out))


def test_the_treatments_question_is_found_by_its_role_not_its_id_or_kind(
    content_path: Path, tmp_path: Path
) -> None:
    """Renamed, and beside a second checklist, the treatments question still gives "you also marked"."""
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    treatments = next(q for q in raw["questions"] if q.get("role") == "treatments")
    treatments["id"] = "medicines_so_far"
    another = {**copy.deepcopy(treatments), "id": "another_checklist"}
    another.pop("role")
    raw["questions"].append(another)
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    renamed = load_content(edited)

    on_the_other = {**disease("yes", "no", "a_year_or_more"), "another_checklist": frozenset({"other"})}
    results = decide(renamed, on_the_other)
    assert results.also_marked == ()
    assert results.treatments_note == in_voice(renamed.wording.no_treatments_marked_note, False)

    on_the_treatments = {**on_the_other, "medicines_so_far": frozenset({"stem_cell_transplant"})}
    results = decide(renamed, on_the_treatments)
    assert results.also_marked == ("Stem cell transplant",)
    assert results.treatments_note is None


def test_not_sure_of_anything_every_option_may_match(content: Content) -> None:
    results = decide(content, ALL_NOT_SURE)
    assert [r.status for r in results.options] == ["may_match"] * 3
    assert results.no_match_notice == content.wording.no_match_notice  # none matches outright
    assert results.treatments_note == content.wording.unsure_treatments_note


def test_kept_growing_only_a_different_treatment_matches(content: Content) -> None:
    results = decide(content, KEPT_GROWING_SET)
    assert [r.status for r in results.options] == ["different_situation", "matches", "different_situation"]
    assert results.no_match_notice is None


def test_nothing_matches_says_so(content: Content) -> None:
    results = decide(content, NOTHING_MATCHES)
    assert {r.status for r in results.options} == {"different_situation"}
    assert results.no_match_notice == content.wording.no_match_notice


TICKS = [c.id for c in SHIPPED.question_for("treatments").all_choices()]


@settings(max_examples=200, deadline=None)
@given(row=st.sampled_from(ALL_36), ticked=st.frozensets(st.sampled_from(TICKS)))
def test_the_newer_approvals_are_marked_exactly_as_ticked(
    row: tuple[str, str, str], ticked: frozenset[str]
) -> None:
    """Every person in the guide with any ticks: each newer approval is listed, in the content's order,
    and marked exactly when a tick marks its medicine; selinexor, which the NCI summary names too, is
    marked in both places by one tick; a newer medicine is never "you also marked"."""
    content = SHIPPED
    results = decide(content, disease(*row, treatments=tuple(ticked)))
    checklist = content.question_for("treatments")
    marked = {mark for c in checklist.all_choices() if c.id in ticked for mark in c.marks}
    approvals = [(a.medicine.id, a.had) for a in results.newer_approvals]
    assert approvals == [(m.id, m.id in marked) for m in content.newer_approvals.medicines]
    trial_drugs = {d.drug.id: d.had for t in results.clinical_trials for d in t.drugs}
    assert all(trial_drugs[medicine] == had for medicine, had in approvals if medicine in trial_drugs)
    labels = {m.label for m in content.newer_approvals.medicines}
    assert not labels & set(results.also_marked)
    # The options never depend on the ticks.
    assert [r.status for r in results.options] == [r.status for r in decide(content, disease(*row)).options]
