"""The decision logic: one person's answers in, the guide's results out.

Each option is matched against the one answer that speaks to the situation the source names for it
(``TreatmentOption.question``), and nothing else; the options keep the source's order.
"""

from __future__ import annotations

from collections.abc import Mapping

from myeloma_gui.content.models import Choice, Content, Drug, Topic, TreatmentOption
from myeloma_gui.content.voice import in_voice_of
from myeloma_gui.decision.flow import (
    Answers,
    asked_questions,
    chosen_choices,
    effective_answers,
    unanswered_questions,
)
from myeloma_gui.decision.results import (
    AnsweredQuestion,
    ApprovalResult,
    ClassResult,
    DrugResult,
    GuideResults,
    OptionResult,
    TrialResult,
)
from myeloma_gui.decision.what_matters import READINESS_NO, what_matters_lines


class IncompleteAnswersError(ValueError):
    """The answers stop before the results: a question the person is asked has no answer yet."""

    def __init__(self, question_id: str) -> None:
        self.question_id = question_id
        super().__init__(f"the question {question_id!r} has no answer yet")


def decide(
    content: Content, answers: Answers, what_matters: Mapping[str, str] | None = None, *,
    for_someone_else: bool = False,
) -> GuideResults:
    """The results for a complete set of answers; raises IncompleteAnswersError otherwise.

    Each part of the results is one step below, in the order of PRODUCT.md's rule table.
    ``what_matters`` is only carried through to be shown: it never changes an option's status.
    ``for_someone_else``: a helper filled the guide in, so every word is in that voice (the results'
    ``content`` is the content in that voice)."""
    content = in_voice_of(content, for_someone_else)
    missing = unanswered_questions(content, answers)
    if missing:
        raise IncompleteAnswersError(missing[0].id)
    counted = effective_answers(content, answers)
    answered = answered_questions(content, answers, counted)
    chosen = tuple(c for a in answered for c in a.choices)
    out_of_scope = next((c.out_of_scope for c in chosen if c.out_of_scope), None)
    ticked = treatments_ticked(content, answered)
    # Out of scope, the guide names no option, drug group or trial item: only the topic that fits.
    in_scope = out_of_scope is None
    marks = had_marks(chosen)
    options = option_statuses(content, counted) if in_scope else ()
    return GuideResults(
        content=content,
        answered=answered,
        out_of_scope=out_of_scope,
        options=options,
        no_match_notice=no_match_notice(content, options),
        notes=tuple(c.results_note for c in chosen if c.results_note),
        drug_classes=drug_classes_with_had_marks(content, marks) if in_scope else (),
        clinical_trials=trials_with_had_marks(content, marks) if in_scope else (),
        treatments_unsure=any(c.unsure for c in chosen),
        treatments_marked=any(not c.unsure for c in ticked),
        also_marked=also_marked(content, ticked) if in_scope else (),
        what_matters=what_matters_lines(content, what_matters or {}),
        not_ready=not_ready(content, what_matters or {}),
        for_someone_else=for_someone_else,
        topics=topics_in_order(content, chosen),
        newer_approvals=approvals_with_had_marks(content, marks) if in_scope else (),
    )


def answered_questions(
    content: Content, answers: Answers, counted: Answers | None = None
) -> tuple[AnsweredQuestion, ...]:
    """The questions the person was asked, in order, with the answers that count (``counted``, when
    the caller has worked them out already: ``effective_answers``)."""
    counted = effective_answers(content, answers) if counted is None else counted
    return tuple(AnsweredQuestion(q, chosen_choices(q, counted)) for q in asked_questions(content, answers))


def option_statuses(content: Content, answers: Answers) -> tuple[OptionResult, ...]:
    """Every option in the source's order, each matched against the answer to its own question."""
    return tuple(_option_status(option, answers) for option in content.options)


def _option_status(option: TreatmentOption, answers: Answers) -> OptionResult:
    # The content check guarantees that the option's question is asked of everyone in scope, is not
    # optional, and that a rule covers each of its answers.
    rule = option.rule_for(answers.get(option.question))
    assert rule is not None, f"no rule of {option.id!r} covers the answer to {option.question!r}"
    return OptionResult(option, rule.status, rule.reason.text)


def not_ready(content: Content, what_matters: Mapping[str, str]) -> bool:
    """Whether any of the readiness checks on What matters was answered No."""
    return any(what_matters.get(check.id) == READINESS_NO for check in content.what_matters.readiness_checks)


def no_match_notice(content: Content, options: tuple[OptionResult, ...]) -> str | None:
    """The plain sentence shown when no option matches (never out of scope, where none is shown)."""
    if options and all(r.status != "matches" for r in options):
        return content.wording.no_match_notice
    return None


def had_marks(chosen: tuple[Choice, ...]) -> set[str]:
    """The medicines, drug groups and trial items the person's answers say they had."""
    return {mark for c in chosen for mark in c.marks}


def drug_classes_with_had_marks(content: Content, marks: set[str]) -> tuple[ClassResult, ...]:
    """Every drug group in the source's order, with its medicines and whether it was had."""
    return tuple(ClassResult(c, *_group_had(c.id, c.drugs, marks)) for c in content.drug_classes)


def trials_with_had_marks(content: Content, marks: set[str]) -> tuple[TrialResult, ...]:
    """Every clinical-trial item, marked had as a drug group is."""
    return tuple(TrialResult(t, *_group_had(t.id, t.drugs, marks)) for t in content.clinical_trials)


def approvals_with_had_marks(content: Content, marks: set[str]) -> tuple[ApprovalResult, ...]:
    """Every newer approval in the content's order, marked had when an answer marks its medicine."""
    return tuple(ApprovalResult(m, m.id in marks) for m in content.newer_approvals.medicines)


def _group_had(
    group_id: str, drugs: tuple[Drug, ...], marks: set[str]
) -> tuple[tuple[DrugResult, ...], bool]:
    """A group's medicines, each marked had or not; the group is had when it or any of them is."""
    marked = tuple(DrugResult(d, d.id in marks) for d in drugs)
    return marked, group_id in marks or any(d.had for d in marked)


def treatments_ticked(content: Content, answered: tuple[AnsweredQuestion, ...]) -> tuple[Choice, ...]:
    """The ticks on the treatments question (the one with the role "treatments"), if it was asked."""
    treatments = content.question_for("treatments")
    return next((a.choices for a in answered if a.question.id == treatments.id), ())


def also_marked(content: Content, ticked: tuple[Choice, ...]) -> tuple[str, ...]:
    """Treatments ticked that mark no drug group (a transplant, "other"), each named as itself: they
    are never filed under a group."""
    return tuple(c.review_label or content.choice_label(c) for c in ticked if not c.marks and not c.unsure)


def topics_in_order(content: Content, chosen: tuple[Choice, ...]) -> tuple[Topic, ...]:
    """Every related topic once: first those the answers point to (the out-of-scope topic, then each
    answer's ``topics_first``), or the content's default ones; then the rest in the content's order."""
    first: list[str] = []
    for choice in chosen:
        if choice.out_of_scope:
            first.append(choice.out_of_scope.topic)
        first.extend(choice.topics_first)
    if not first:
        first = list(content.default_topics_first)
    ordered = dict.fromkeys([*first, *(t.id for t in content.topics)])
    return tuple(content.topic(topic_id) for topic_id in ordered)
