"""Which questions a person is asked, given the answers so far.

A question is asked when its ``asked_when`` condition holds for the answers to the questions asked
before it, and no earlier answer has taken the person out of this guide's scope. Answers to questions
that are not asked are kept (so going back loses nothing) but ignored.
"""

from __future__ import annotations

from collections.abc import Mapping

from myeloma_gui.content.models import Choice, Content, Question

AnswerValue = str | frozenset[str]
Answers = Mapping[str, AnswerValue]


def asked_questions(content: Content, answers: Answers) -> tuple[Question, ...]:
    asked: list[Question] = []
    counted: dict[str, AnswerValue] = {}
    for question in content.questions:
        if not question.is_asked(counted):
            continue
        asked.append(question)
        if question.id in answers:
            counted[question.id] = answers[question.id]
        choice = chosen_choice(question, answers)
        if choice is not None and choice.out_of_scope is not None:
            break
    return tuple(asked)


def effective_answers(content: Content, answers: Answers) -> dict[str, AnswerValue]:
    """The answers that count: only those to questions the person is asked."""
    return {q.id: answers[q.id] for q in asked_questions(content, answers) if q.id in answers}


def next_question(content: Content, answers: Answers, after: str | None) -> Question | None:
    """The question that follows ``after`` (or the first one), or None when the questions are done."""
    asked = asked_questions(content, answers)
    ids = [q.id for q in asked]
    if after is None:
        return asked[0] if asked else None
    if after not in ids:
        return None
    position = ids.index(after)
    return asked[position + 1] if position + 1 < len(asked) else None


def chosen_choice(question: Question, answers: Answers) -> Choice | None:
    value = answers.get(question.id)
    return question.choice(value) if isinstance(value, str) else None


def chosen_choices(question: Question, answers: Answers) -> tuple[Choice, ...]:
    """The answers given to a question, in the order the question lists them."""
    value = answers.get(question.id)
    if isinstance(value, str):
        value = frozenset({value})
    if value is None:
        return ()
    return tuple(c for c in question.all_choices() if c.id in value)


def out_of_scope_choice(content: Content, answers: Answers) -> Choice | None:
    """The answer that takes the person outside what this guide covers, if any."""
    for question in asked_questions(content, answers):
        choice = chosen_choice(question, answers)
        if choice is not None and choice.out_of_scope is not None:
            return choice
    return None


def unanswered_questions(content: Content, answers: Answers) -> tuple[Question, ...]:
    """Asked questions that still need an answer before the results can be shown."""
    return tuple(
        q for q in asked_questions(content, answers) if not q.optional and not answers.get(q.id)
    )
