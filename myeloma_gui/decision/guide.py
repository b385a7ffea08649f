"""The decision logic: one person's answers in, the guide's results out."""

from __future__ import annotations

from myeloma_gui.content.models import Choice, Content, Drug, Status, Topic, rule_matches
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

STATUS_ORDER: dict[Status, int] = {"fits": 0, "may_fit": 1, "less_likely": 2}


class IncompleteAnswersError(ValueError):
    """The answers stop before the results: a question the person is asked has no answer yet."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__(f"the question {question_id!r} has no answer yet")


def decide(content: Content, answers: Answers) -> GuideResults:
    """The results for a complete set of answers; raises IncompleteAnswersError otherwise."""
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
    # With nothing ticked, "not had" means "not told": no group is pointed out as untried.
    treatments_marked = any(
        not c.unsure for a in answered if a.question.kind == "many" for c in a.choices
    )

    options: tuple[OptionResult, ...] = ()
    if out_of_scope is None:
        unsorted = (_option_result(content, i, counted) for i in range(len(content.options)))
        options = tuple(sorted(unsorted, key=lambda r: STATUS_ORDER[r.status]))
    no_fit = bool(options) and all(r.status != "fits" for r in options)
    looks_at_untried = treatments_marked and any(
        r.option.points_out_untried_classes and r.status != "less_likely" for r in options
    )

    classes: list[ClassResult] = []
    trials: list[TrialResult] = []
    if out_of_scope is None:
        for drug_class in content.drug_classes:
            drugs = _drug_results(drug_class.drugs, marks)
            had = drug_class.id in marks or any(d.had for d in drugs)
            classes.append(ClassResult(drug_class, drugs, had, looks_at_untried and not had))
        for item in content.clinical_trials:
            drugs = _drug_results(item.drugs, marks)
            trials.append(TrialResult(item, drugs, item.id in marks or any(d.had for d in drugs)))

    return GuideResults(
        content=content,
        answered=answered,
        out_of_scope=out_of_scope,
        options=options,
        no_fit_notice=content.wording.no_fit_notice if no_fit else None,
        notes=tuple(c.results_note for c in chosen if c.results_note),
        drug_classes=tuple(classes),
        clinical_trials=tuple(trials),
        treatments_unsure=any(c.unsure for c in chosen),
        treatments_marked=treatments_marked,
        topics=_topics_in_order(content, chosen),
    )


def _option_result(content: Content, index: int, answers: Answers) -> OptionResult:
    option = content.options[index]
    # The content check guarantees a rule matches every answer set a person can give.
    rule = next(r for r in option.rules if rule_matches(r, answers))
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
