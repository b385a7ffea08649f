"""The shape of the bundled content file, as frozen pydantic models.

Every word the guide shows and every rule it applies lives in the content file; these models say what
that file may hold. ``Content`` also checks the file as a whole: ids are unique, every reference
resolves, every rule names real questions and answers, and every situation the questions can lead to
has a rule for every option.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

# Links the app may open in the browser. Kept in code, not in the content file, so that an edited
# content file cannot send people somewhere new.
KNOWN_HOSTS = frozenset({"www.cancer.gov"})


def is_known_link(url: str) -> bool:
    """Whether the app may open ``url`` in the browser: https, to a known site."""
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in KNOWN_HOSTS


def _check_link(url: str) -> str:
    if is_known_link(url):
        return url
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise ValueError(f"the address {url!r} must start with https://")
    if parts.hostname not in KNOWN_HOSTS:
        raise ValueError(
            f"the address {url!r} points to {parts.hostname!r}; "
            f"only these sites are allowed: {', '.join(sorted(KNOWN_HOSTS))}"
        )
    return url


Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Link = Annotated[str, AfterValidator(_check_link)]
Status = Literal["fits", "may_fit", "less_likely"]


class Model(BaseModel):
    # defer_build: only Content builds a validator (the sub-models are inlined into it), which
    # halves the time and memory that validating the content costs at start.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class SourceRef(Model):
    """Where a group of facts comes from: the seed section, or a page named in FACTS.md."""

    id: Id
    title: Text
    publisher: Text
    url: Link | None = None
    section: Text | None = None
    note: Text | None = None


class Metadata(Model):
    title: Text
    subtitle: Text
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")]
    content_version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
    reviewed: datetime.date = Field(description="The day the content was last checked against the source.")
    source: Id = Field(description="The id of the source the treatment options come from.")
    disclaimer: Text


class Welcome(Model):
    heading: Text
    paragraphs: tuple[Text, ...] = Field(min_length=1)
    privacy: Text


class OutOfScope(Model):
    """An answer that this guide does not cover: the person is sent to the matching topic."""

    message: Text
    topic: Id


class Choice(Model):
    id: Id
    label: Text | None = Field(
        default=None,
        description="What the answer says. May be left out when the answer marks exactly one medicine: "
        "the medicine's name and brand names are shown instead.",
    )
    explanation: Text | None = None
    review_label: Text | None = Field(
        default=None, description="How the answer reads on the review page and in the summary."
    )
    marks: tuple[Id, ...] = Field(
        default=(), description="Medicines, drug classes or trial items this answer says the person had."
    )
    unsure: bool = Field(default=False, description="The person does not remember or is not sure.")
    out_of_scope: OutOfScope | None = None
    results_note: Text | None = Field(default=None, description="Shown with the results when chosen.")
    topics_first: tuple[Id, ...] = Field(
        default=(), description="Related topics to list first when this answer is given."
    )


class ChoiceGroup(Model):
    title: Text
    choices: tuple[Choice, ...] = Field(min_length=1)


class Question(Model):
    id: Id
    kind: Literal["one", "many"]
    title: Text
    explanation: Text | None = None
    review_title: Text
    optional: bool = False
    asked_when: dict[Id, tuple[Id, ...]] = Field(
        default_factory=dict,
        description="Asked only when every named earlier question has one of the listed answers.",
    )
    choices: tuple[Choice, ...] = ()
    groups: tuple[ChoiceGroup, ...] = ()

    @model_validator(mode="after")
    def _choices_fit_kind(self) -> Question:
        if self.kind == "one" and (self.groups or not self.choices):
            raise ValueError("a 'one' question lists its answers in 'choices' and has no 'groups'")
        if self.kind == "many" and (self.choices or not self.groups):
            raise ValueError("a 'many' question lists its answers in 'groups' and has no 'choices'")
        if self.kind == "many" and any(c.out_of_scope for c in self.all_choices()):
            raise ValueError("only a 'one' question can have an out-of-scope answer")
        return self

    def is_asked(self, answers: Mapping[str, object]) -> bool:
        """Whether the earlier answers lead to this question."""
        return conditions_hold(self.asked_when, answers)

    def all_choices(self) -> tuple[Choice, ...]:
        return self.choices or tuple(c for g in self.groups for c in g.choices)

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.all_choices() if c.id == choice_id), None)


class Rule(Model):
    when: dict[Id, tuple[Id, ...]] = Field(
        description="Matches when every named question has one of the listed answers."
    )
    status: Status
    reason: Text = Field(description="Why, in words that refer to the person's answers.")


class TreatmentOption(Model):
    id: Id
    title: Text
    summary: Text
    details: tuple[Text, ...] = ()
    source: Id
    rules: tuple[Rule, ...] = Field(min_length=1, description="The first rule that matches applies.")
    points_out_untried_classes: bool = Field(
        default=False,
        description="When this option fits or may fit, drug classes the person has not had are pointed out.",
    )


class Drug(Model):
    id: Id
    name: Text
    brands: tuple[Text, ...] = ()
    source: Id
    brands_source: Id | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({', '.join(self.brands)})" if self.brands else self.name


class DrugClass(Model):
    id: Id
    title: Text
    explanation: Text
    drugs: tuple[Drug, ...] = ()
    source: Id


class TrialItem(Model):
    id: Id
    title: Text
    explanation: Text
    drugs: tuple[Drug, ...] = ()
    source: Id


class TrialSearch(Model):
    explanation: Text
    search_label: Text
    search_url: Link
    info_label: Text
    info_url: Link
    phone_label: Text
    phone: Text
    questions: tuple[Text, ...] = Field(min_length=1)
    source: Id


class Topic(Model):
    id: Id
    title: Text
    summary: tuple[Text, ...] = Field(min_length=1)
    url: Link
    source: Id


class GlossaryTerm(Model):
    id: Id
    term: Text
    other_forms: tuple[Text, ...] = Field(
        default=(), description="Other ways the word appears in the text, such as a plural."
    )
    definition: Text
    source: Id


class StatusWording(Model):
    fits: Text
    may_fit: Text
    less_likely: Text


class Wording(Model):
    """Headings and sentences of the review and results pages."""

    review_heading: Text
    review_explanation: Text
    results_heading: Text
    results_intro: Text
    status_labels: StatusWording
    no_fit_notice: Text
    out_of_scope_heading: Text
    options_heading: Text
    classes_heading: Text
    classes_intro: Text
    had_mark: Text
    not_had_mark: Text
    class_had: Text
    class_not_had: Text
    class_untried_pointer: Text
    unsure_treatments_note: Text
    no_treatments_marked_note: Text
    trials_heading: Text
    trials_intro: Text
    trial_questions_heading: Text
    topics_heading: Text
    topics_intro: Text
    doctor_questions_heading: Text
    glossary_heading: Text
    source_line: Text = Field(description="May use {source}, {publisher} and {reviewed}.")


class Content(Model):
    schema_location: str | None = Field(
        default=None,
        alias="$schema",
        description="Where an editor finds the schema of this file, to check it while typing.",
    )
    format_version: Literal[1]
    metadata: Metadata
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    welcome: Welcome
    questions: tuple[Question, ...] = Field(min_length=1)
    options: tuple[TreatmentOption, ...] = Field(min_length=1)
    drug_classes: tuple[DrugClass, ...] = Field(min_length=1)
    clinical_trials: tuple[TrialItem, ...] = ()
    trial_search: TrialSearch
    topics: tuple[Topic, ...] = Field(min_length=1)
    default_topics_first: tuple[Id, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    doctor_questions: tuple[Text, ...] = Field(min_length=1)
    wording: Wording

    @model_validator(mode="after")
    def _references_resolve(self) -> Content:
        problems = list(_find_problems(self))
        if problems:
            raise ValueError("\n".join(problems))
        return self

    # Look-ups used by the decision logic and the views.

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)

    def source(self, source_id: str) -> SourceRef:
        return next(s for s in self.sources if s.id == source_id)

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def all_drugs(self) -> tuple[Drug, ...]:
        return tuple(d for c in self.drug_classes for d in c.drugs) + tuple(
            d for t in self.clinical_trials for d in t.drugs
        )

    def drug(self, drug_id: str) -> Drug | None:
        return next((d for d in self.all_drugs() if d.id == drug_id), None)

    def choice_label(self, choice: Choice) -> str:
        if choice.label:
            return choice.label
        drug = self.drug(choice.marks[0])
        assert drug is not None, "checked when the content was loaded"
        return drug.label


def _find_problems(content: Content) -> Iterator[str]:
    """Cross-reference problems, each starting with the place in the file."""
    yield from _duplicate_ids(content)
    source_ids = {s.id for s in content.sources}
    topic_ids = {t.id for t in content.topics}

    if content.metadata.source not in source_ids:
        yield f"metadata.source: there is no source with id {content.metadata.source!r}"
    for place, source_id in _source_references(content):
        if source_id not in source_ids:
            yield f"{place}: there is no source with id {source_id!r}"
    for i, topic_id in enumerate(content.default_topics_first):
        if topic_id not in topic_ids:
            yield f"default_topics_first[{i}]: there is no topic with id {topic_id!r}"

    yield from _question_problems(content, topic_ids)
    singles = {q.id: q for q in content.questions if q.kind == "one"}
    for oi, option in enumerate(content.options):
        for ri, rule in enumerate(option.rules):
            yield from _condition_problems(f"options[{oi}].rules[{ri}].when", rule.when, singles)
    yield from _uncovered_situations(content)


def _question_problems(content: Content, topic_ids: set[str]) -> Iterator[str]:
    markable = {d.id for d in content.all_drugs()} | {c.id for c in content.drug_classes}
    markable |= {t.id for t in content.clinical_trials}
    earlier: dict[str, Question] = {}
    for qi, question in enumerate(content.questions):
        yield from _condition_problems(f"questions[{qi}].asked_when", question.asked_when, earlier)
        for place, choice in _choices_with_places(question, f"questions[{qi}]"):
            if choice.out_of_scope and choice.out_of_scope.topic not in topic_ids:
                yield f"{place}.out_of_scope.topic: there is no topic with id {choice.out_of_scope.topic!r}"
            for ti, topic_id in enumerate(choice.topics_first):
                if topic_id not in topic_ids:
                    yield f"{place}.topics_first[{ti}]: there is no topic with id {topic_id!r}"
            for mi, mark in enumerate(choice.marks):
                if mark not in markable:
                    yield f"{place}.marks[{mi}]: there is no medicine, drug class or trial item {mark!r}"
            if choice.label is None and (len(choice.marks) != 1 or content.drug(choice.marks[0]) is None):
                yield f"{place}: needs a 'label' unless it marks exactly one medicine"
        if question.kind == "one":  # a checklist answer is a set: no condition could ever match it
            earlier[question.id] = question


def _duplicate_ids(content: Content) -> Iterator[str]:
    kinds: dict[str, list[tuple[str, str]]] = {
        "question": [(f"questions[{i}]", q.id) for i, q in enumerate(content.questions)],
        "option": [(f"options[{i}]", o.id) for i, o in enumerate(content.options)],
        "source": [(f"sources[{i}]", s.id) for i, s in enumerate(content.sources)],
        "topic": [(f"topics[{i}]", t.id) for i, t in enumerate(content.topics)],
        "glossary term": [(f"glossary[{i}]", g.id) for i, g in enumerate(content.glossary)],
        # Medicines, classes and trial items share one name space, because answers mark them by id.
        "medicine, drug class or trial item": [
            *((f"drug_classes[{i}]", c.id) for i, c in enumerate(content.drug_classes)),
            *(
                (f"drug_classes[{i}].drugs[{j}]", d.id)
                for i, c in enumerate(content.drug_classes)
                for j, d in enumerate(c.drugs)
            ),
            *((f"clinical_trials[{i}]", t.id) for i, t in enumerate(content.clinical_trials)),
            *(
                (f"clinical_trials[{i}].drugs[{j}]", d.id)
                for i, t in enumerate(content.clinical_trials)
                for j, d in enumerate(t.drugs)
            ),
        ],
    }
    for qi, question in enumerate(content.questions):
        kinds[f"answer of question {question.id!r}"] = [
            (place, c.id) for place, c in _choices_with_places(question, f"questions[{qi}]")
        ]
    for kind, places in kinds.items():
        seen: dict[str, str] = {}
        for place, item_id in places:
            if item_id in seen:
                yield f"{place}: the {kind} id {item_id!r} is already used at {seen[item_id]}"
            seen.setdefault(item_id, place)


def _choices_with_places(question: Question, place: str) -> Iterator[tuple[str, Choice]]:
    for ci, choice in enumerate(question.choices):
        yield f"{place}.choices[{ci}]", choice
    for gi, group in enumerate(question.groups):
        for ci, choice in enumerate(group.choices):
            yield f"{place}.groups[{gi}].choices[{ci}]", choice


def _source_references(content: Content) -> Iterator[tuple[str, str]]:
    for i, option in enumerate(content.options):
        yield f"options[{i}].source", option.source
    for i, drug_class in enumerate(content.drug_classes):
        yield f"drug_classes[{i}].source", drug_class.source
        for j, drug in enumerate(drug_class.drugs):
            yield f"drug_classes[{i}].drugs[{j}].source", drug.source
            if drug.brands_source:
                yield f"drug_classes[{i}].drugs[{j}].brands_source", drug.brands_source
    for i, item in enumerate(content.clinical_trials):
        yield f"clinical_trials[{i}].source", item.source
        for j, drug in enumerate(item.drugs):
            yield f"clinical_trials[{i}].drugs[{j}].source", drug.source
            if drug.brands_source:
                yield f"clinical_trials[{i}].drugs[{j}].brands_source", drug.brands_source
    yield "trial_search.source", content.trial_search.source
    for i, topic in enumerate(content.topics):
        yield f"topics[{i}].source", topic.source
    for i, term in enumerate(content.glossary):
        yield f"glossary[{i}].source", term.source


def _condition_problems(
    place: str, condition: Mapping[str, tuple[str, ...]], questions: Mapping[str, Question]
) -> Iterator[str]:
    for question_id, answer_ids in condition.items():
        question = questions.get(question_id)
        if question is None:
            yield f"{place}: names the question {question_id!r}, which is not a one-answer question before it"
            continue
        for answer_id in answer_ids:
            if question.choice(answer_id) is None:
                yield f"{place}.{question_id}: the question {question_id!r} has no answer {answer_id!r}"


def reachable_situations(content: Content) -> Iterator[dict[str, str]]:
    """Every combination of one-answer questions a person can give, in scope or not."""

    def walk(index: int, answers: dict[str, str]) -> Iterator[dict[str, str]]:
        if index == len(content.questions):
            yield dict(answers)
            return
        question = content.questions[index]
        if question.kind != "one" or not question.is_asked(answers):
            yield from walk(index + 1, answers)
            return
        for choice in question.choices:
            answers[question.id] = choice.id
            if choice.out_of_scope:
                yield dict(answers)
            else:
                yield from walk(index + 1, answers)
            del answers[question.id]

    yield from walk(0, {})


def conditions_hold(conditions: Mapping[str, tuple[str, ...]], answers: Mapping[str, object]) -> bool:
    """Every named question has one of the listed answers (an ``asked_when`` or a rule's ``when``)."""
    return all(answers.get(q) in allowed for q, allowed in conditions.items())


def rule_matches(rule: Rule, answers: Mapping[str, object]) -> bool:
    return conditions_hold(rule.when, answers)


def _uncovered_situations(content: Content) -> Iterator[str]:
    for situation in reachable_situations(content):
        if _out_of_scope(content, situation):
            continue
        for oi, option in enumerate(content.options):
            if not any(rule_matches(rule, situation) for rule in option.rules):
                described = ", ".join(f"{q}={a}" for q, a in situation.items())
                yield f"options[{oi}].rules: no rule for {option.id!r} matches the answers {described}"
                return


def _out_of_scope(content: Content, situation: Mapping[str, str]) -> bool:
    for question_id, answer_id in situation.items():
        choice = content.question(question_id).choice(answer_id)
        if choice is not None and choice.out_of_scope:
            return True
    return False
