"""The decision logic against PRODUCT.md's rule table, row by row and over every answer set."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from myeloma_gui.content.loader import load_content
from myeloma_gui.content.models import Content
from myeloma_gui.decision.flow import AnswerValue, asked_questions, effective_answers, unanswered_questions
from myeloma_gui.decision.guide import STATUS_ORDER, IncompleteAnswersError, decide
from myeloma_gui.resources import CONTENT_FILE, bundled_file

# (how it is doing, when the first treatment ended) -> watchful waiting, different, same drugs again.
RULE_TABLE = {
    ("stable", None): ("fits", "less_likely", "less_likely"),
    ("grew_during_treatment", None): ("less_likely", "fits", "less_likely"),
    ("came_back", "a_year_or_more"): ("less_likely", "may_fit", "fits"),
    ("came_back", "less_than_a_year"): ("less_likely", "may_fit", "less_likely"),
    ("came_back", "not_sure"): ("less_likely", "may_fit", "may_fit"),
    ("not_sure", "a_year_or_more"): ("may_fit", "may_fit", "may_fit"),
    ("not_sure", "not_sure"): ("may_fit", "may_fit", "may_fit"),
    ("not_sure", "less_than_a_year"): ("may_fit", "may_fit", "less_likely"),
}
OPTION_IDS = ("watchful_waiting", "different_treatment", "same_drugs_again")
IN_SCOPE = ("relapsed_or_refractory", "not_sure")
OUT_OF_SCOPE = {
    "new_or_first_treatment": "treatment_multiple_myeloma",
    "mgus": "treatment_mgus",
    "plasmacytoma_bone": "treatment_plasmacytoma_bone",
    "plasmacytoma_outside_bone": "treatment_extramedullary_plasmacytoma",
}


def expected_statuses(course: str, ended: str | None) -> dict[str, str]:
    timing = ended if course in ("came_back", "not_sure") else None
    return dict(zip(OPTION_IDS, RULE_TABLE[(course, timing)], strict=True))


@pytest.mark.parametrize(("course", "ended"), list(RULE_TABLE))
@pytest.mark.parametrize("situation", IN_SCOPE)
def test_each_row_of_the_rule_table(content: Content, situation: str, course: str, ended: str | None) -> None:
    answers: dict[str, AnswerValue] = {
        "situation": situation, "disease_course": course, "clinical_trial": "no"
    }
    if ended:
        answers["first_treatment_ended"] = ended
    results = decide(content, answers)
    assert {r.option.id: r.status for r in results.options} == expected_statuses(course, ended)
    assert all(r.reason for r in results.options)
    no_fit = "fits" not in expected_statuses(course, ended).values()
    assert (results.no_fit_notice is not None) is no_fit


@pytest.mark.parametrize(("situation", "topic"), OUT_OF_SCOPE.items())
def test_situations_the_guide_does_not_cover(content: Content, situation: str, topic: str) -> None:
    results = decide(content, {"situation": situation})
    assert not results.in_scope
    assert results.options == ()
    assert results.topics[0].id == topic
    assert [q.id for q in asked_questions(content, {"situation": situation})] == ["situation"]


def test_the_reason_refers_to_the_answer(content: Content) -> None:
    results = decide(content, {"situation": "relapsed_or_refractory", "disease_course": "stable",
                               "clinical_trial": "yes"})
    waiting = next(r for r in results.options if r.option.id == "watchful_waiting")
    assert "stable" in waiting.reason.lower()


def test_classes_not_had_are_pointed_out_when_a_different_treatment_fits(content: Content) -> None:
    results = decide(content, {
        "situation": "relapsed_or_refractory", "disease_course": "grew_during_treatment",
        "prior_treatments": frozenset({"bortezomib"}), "clinical_trial": "no",
    })
    pointed = {c.drug_class.id: c.pointed_out for c in results.drug_classes}
    assert pointed["proteasome_inhibitors"] is False
    assert pointed["monoclonal_antibodies"] is True
    stable = decide(content, {"situation": "relapsed_or_refractory", "disease_course": "stable",
                              "clinical_trial": "no"})
    assert not any(c.pointed_out for c in stable.drug_classes)


def test_topics_for_these_answers_come_first_and_all_nine_are_listed(content: Content) -> None:
    results = decide(content, {"situation": "relapsed_or_refractory", "disease_course": "stable",
                               "clinical_trial": "no"})
    assert results.topics[0].id == "treatment_relapsed_refractory"
    assert sorted(t.id for t in results.topics) == sorted(t.id for t in content.topics)


# Every answer set a person could give, including answers left over on pages that were later skipped.
def answer_sets(content: Content) -> st.SearchStrategy[dict[str, AnswerValue]]:
    fields: dict[str, st.SearchStrategy[AnswerValue | None]] = {}
    for question in content.questions:
        if question.id in ("situation", "disease_course"):
            continue  # drawn on their own below, so every draw reaches the rules
        ids = [c.id for c in question.all_choices()]
        if question.kind == "one":
            fields[question.id] = st.none() | st.sampled_from(ids)
        else:
            fields[question.id] = st.none() | st.frozensets(st.sampled_from(ids))
    return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not None})


SHIPPED = load_content(bundled_file(CONTENT_FILE))
SITUATIONS = st.sampled_from([*IN_SCOPE, *OUT_OF_SCOPE])
COURSES = st.sampled_from(["stable", "grew_during_treatment", "came_back", "not_sure"])


@settings(max_examples=300, deadline=None)
@given(others=answer_sets(SHIPPED), situation=SITUATIONS, course=COURSES)
def test_over_all_answer_sets(others: dict[str, AnswerValue], situation: str, course: str) -> None:
    content = SHIPPED
    answers = {**others, "situation": situation, "disease_course": course}
    missing = [q.id for q in unanswered_questions(content, answers)]
    if missing:
        # The wizard never shows results before every asked question has an answer.
        with pytest.raises(IncompleteAnswersError) as refused:
            decide(content, answers)
        assert refused.value.question_id == missing[0]
        return
    results = decide(content, answers)
    counted = effective_answers(content, answers)

    if answers["situation"] in OUT_OF_SCOPE:
        assert not results.in_scope
        assert results.options == ()
        return
    # Each option appears once, in status order, with the table's status.
    assert sorted(r.option.id for r in results.options) == sorted(OPTION_IDS)
    ranks = [STATUS_ORDER[r.status] for r in results.options]
    assert ranks == sorted(ranks)
    ended = counted.get("first_treatment_ended")
    assert {r.option.id: r.status for r in results.options} == expected_statuses(course, str(ended))
    # Had-marks are exactly what the ticked answers mark.
    ticked = counted.get("prior_treatments", frozenset())
    assert isinstance(ticked, frozenset)
    checklist = content.question("prior_treatments")
    marked = {mark for c in checklist.all_choices() if c.id in ticked for mark in c.marks}
    for class_result in results.drug_classes:
        for drug in class_result.drugs:
            assert drug.had == (drug.drug.id in marked)
        assert class_result.had == (
            any(d.had for d in class_result.drugs) or class_result.drug_class.id in marked
        )


@settings(max_examples=200, deadline=None)
@given(
    course=st.sampled_from(["stable", "grew_during_treatment"]),
    leftover=st.sampled_from(["less_than_a_year", "a_year_or_more", "not_sure"]),
    out=st.sampled_from(list(OUT_OF_SCOPE)),
    everything=answer_sets(SHIPPED),
    course_left=COURSES,
)
def test_answers_on_skipped_pages_change_nothing(
    course: str, leftover: str, out: str, everything: dict[str, AnswerValue], course_left: str
) -> None:
    content = SHIPPED
    base: dict[str, AnswerValue] = {"situation": "relapsed_or_refractory", "disease_course": course,
                                    "clinical_trial": "no"}
    with_leftover = {**base, "first_treatment_ended": leftover}
    assert decide(content, with_leftover) == decide(content, base)

    left_over = {**everything, "disease_course": course_left, "situation": out}
    assert decide(content, left_over) == decide(content, {"situation": out})


@pytest.mark.parametrize("ticked", [None, frozenset(), frozenset({"dont_remember"})])
def test_no_group_is_pointed_out_when_no_treatment_was_ticked(
    content: Content, ticked: frozenset[str] | None
) -> None:
    answers: dict[str, AnswerValue] = {"situation": "relapsed_or_refractory",
                                       "disease_course": "grew_during_treatment", "clinical_trial": "no"}
    if ticked is not None:
        answers["prior_treatments"] = ticked
    results = decide(content, answers)
    assert not any(c.pointed_out for c in results.drug_classes)
    expected = (content.wording.unsure_treatments_note if ticked else
                content.wording.no_treatments_marked_note)
    assert results.treatments_note == expected


def test_a_stem_cell_transplant_counts_as_chemotherapy(content: Content) -> None:
    results = decide(content, {"situation": "relapsed_or_refractory", "disease_course": "stable",
                               "prior_treatments": frozenset({"stem_cell_transplant"}),
                               "clinical_trial": "no"})
    had = {c.drug_class.id: c.had for c in results.drug_classes}
    assert had["chemotherapy"]
