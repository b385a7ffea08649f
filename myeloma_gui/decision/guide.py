"""The decision logic: one person's answers in, the guide's results out.

Each option is matched against the one answer that speaks to the situation the source names for it
(``TreatmentOption.question``), and nothing else; the options keep the source's order.
"""

from __future__ import annotations

from collections.abc import Mapping

from myeloma_gui.content.models import Choice, Content, Drug, Topic
from myeloma_gui.decision.flow import (
    Answers,
    asked_questions,
    chosen_choices,
    effective_answers,
    unanswered_questions,
)
from myeloma_gui.decision.results import (
    AnsweredQuestion,
    ClassResult,
    DrugResult,
    GuideResults,
    OptionResult,
    TrialResult,
)
from myeloma_gui.decision.what_matters import what_matters_lines


class IncompleteAnswersError(ValueError):
    """The answers stop before the results: a question the person is asked has no answer yet."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__(f"the question {question_id!r} has no answer yet")


def decide(
    content: Content, answers: Answers, what_matters: Mapping[str, str] | None = None
) -> GuideResults:
    """The results for a complete set of answers; raises IncompleteAnswersError otherwise.

    ``what_matters`` is only carried through to be shown: it never changes an option's status."""
    missing = unanswered_questions(content, answers)
    if missing:
        raise IncompleteAnswersError(missing[0].id)
    counted = effective_answers(content, answers)
    answered = tuple(
        AnsweredQuestion(q, chosen_choices(q, counted)) for q in asked_questions(content, answers)
    )
    chosen = [c for a in answered for c in a.choices]
    out_of_scope = next((c.out_of_scope for c in chosen if c.out_of_scope), None)
    marks = {mark for c in chosen for mark in c.marks}
    checklist = [c for a in answered if a.question.kind == "many" for c in a.choices]
    treatments_marked = any(not c.unsure for c in checklist)

    options: tuple[OptionResult, ...] = ()
    classes: list[ClassResult] = []
    trials: list[TrialResult] = []
    also_marked: tuple[str, ...] = ()
    if out_of_scope is None:
        options = tuple(_option_result(content, i, counted) for i in range(len(content.options)))
        for drug_class in content.drug_classes:
            drugs = _drug_results(drug_class.drugs, marks)
            had = drug_class.id in marks or any(d.had for d in drugs)
            classes.append(ClassResult(drug_class, drugs, had))
        for item in content.clinical_trials:
            drugs = _drug_results(item.drugs, marks)
            trials.append(TrialResult(item, drugs, item.id in marks or any(d.had for d in drugs)))
        # A ticked treatment that marks no drug group is named as itself, never filed under a group.
        also_marked = tuple(
            c.review_label or content.choice_label(c) for c in checklist if not c.marks and not c.unsure
        )
    no_match = bool(options) and all(r.status != "matches" for r in options)

    return GuideResults(
        content=content,
        answered=answered,
        out_of_scope=out_of_scope,
        options=options,
        no_match_notice=content.wording.no_match_notice if no_match else None,
        notes=tuple(c.results_note for c in chosen if c.results_note),
        drug_classes=tuple(classes),
        clinical_trials=tuple(trials),
        treatments_unsure=any(c.unsure for c in chosen),
        treatments_marked=treatments_marked,
        also_marked=also_marked,
        what_matters=what_matters_lines(content, what_matters or {}),
        topics=_topics_in_order(content, chosen),
    )


def _option_result(content: Content, index: int, answers: Answers) -> OptionResult:
    option = content.options[index]
    # The content check guarantees that the option's question is asked of everyone in scope, is not
    # optional, and that a rule covers each of its answers.
    rule = option.rule_for(answers.get(option.question))
    assert rule is not None, f"no rule of {option.id!r} covers the answer to {option.question!r}"
    return OptionResult(option, rule.status, rule.reason)


def _drug_results(drugs: tuple[Drug, ...], marks: set[str]) -> tuple[DrugResult, ...]:
    return tuple(DrugResult(d, d.id in marks) for d in drugs)


def _topics_in_order(content: Content, chosen: list[Choice]) -> tuple[Topic, ...]:
    first: list[str] = []
    for choice in chosen:
        if choice.out_of_scope:
            first.append(choice.out_of_scope.topic)
        first.extend(choice.topics_first)
    if not first:
        first = list(content.default_topics_first)
    ordered = dict.fromkeys([*first, *(t.id for t in content.topics)])
    return tuple(content.topic(topic_id) for topic_id in ordered)
