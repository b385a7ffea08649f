"""The shape of the bundled content file, as frozen pydantic models.

Every word the guide shows and every rule it applies lives in the content file; these models say what
that file may hold. ``Content`` also checks the file as a whole: ids are unique, every reference
resolves, and each option's rules name real answers of its one question and cover every one of them.
The checks look at each rule and each reference once, never at every combination of answers, so
validation time grows in step with the size of the file (see ``.ci/validation_scaling.py``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Annotated, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from myeloma_gui.content.voice import alternation_problems, strings_with_places

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
Status = Literal["matches", "may_match", "different_situation"]
Role = Literal["treatments"]
"""What the decision logic needs to find a question for, whatever its id: "treatments" is the checklist
of treatments the person had (its ticks without a drug group are "you also marked")."""
ROLE_KINDS: dict[Role, Literal["one", "many"]] = {"treatments": "many"}
QUESTION_ROLES: tuple[Role, ...] = tuple(ROLE_KINDS)


class Model(BaseModel):
    # defer_build: only Content builds a validator (the sub-models are inlined into it), which
    # halves the time and memory that validating the content costs at start.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


SourceFile = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.(md|txt)$", max_length=80)
]


def _several_words(quote: str) -> str:
    if len(quote.split()) < 2:
        raise ValueError("a quote must be at least two words of the source, copied exactly")
    return quote


class Quote(Model):
    """Words a sentence rests on, copied exactly from one stored source file (a file in the source
    folder: ``../shared/source`` beside a checkout, ``tests/data/source`` in the tests)."""

    file: SourceFile
    quote: Annotated[str, StringConstraints(min_length=1), AfterValidator(_several_words)]


class Sourced(Model):
    """Something the guide states as a fact, with the exact source words it rests on (at least one
    quote). ``stated`` is what the guide says, as a maintainer reads it beside the quotes."""

    sources: tuple[Quote, ...] = Field(min_length=1)

    @property
    def stated(self) -> str:
        raise NotImplementedError


class Fact(Sourced):
    """A sentence (or a few) in the guide's own plain words, with the exact source words it rests on."""

    text: Text

    @property
    def stated(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


def said(paragraph: str | Fact) -> str:
    """The words of a paragraph that may or may not state a fact (About this guide mixes both)."""
    return paragraph if isinstance(paragraph, str) else paragraph.text


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
    source_updated: datetime.date | None = Field(
        default=None,
        description="The source's own 'Updated' date, when it could be read; About this guide says "
        "so when it could not.",
    )
    source: Id = Field(description="The id of the source the treatment options come from.")
    disclaimer: Text


class Welcome(Model):
    heading: Text
    paragraphs: tuple[Text, ...] = Field(min_length=1)
    privacy: Text
    for_whom: LabelledChoices | None = Field(
        default=None,
        description="Who the guide is filled in for: two answers, the person themself first, then "
        "someone else (the content's {for the person|for someone else} choices follow it).",
    )


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
    role: Role | None = Field(
        default=None,
        description="What this question is for, where the decision logic needs to know: 'treatments' is "
        "the checklist of treatments had. Exactly one question has each role.",
    )
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
    answers: tuple[Id, ...] = Field(
        min_length=1, description="The answers to the option's question that this rule is for."
    )
    status: Status
    reason: Fact = Field(description="Why, in words that refer to the person's answer.")


class TreatmentOption(Model):
    id: Id
    title: Fact
    summary: Fact
    details: tuple[Fact, ...] = ()
    source: Id
    question: Id = Field(
        description="The one question whose answer speaks to the situation the source names for this "
        "option; it is matched against that answer and nothing else."
    )
    situation: Fact = Field(
        description="What the source lists the option for, in plain words that follow 'for' (the "
        "status of an answer that names a different situation says it)."
    )
    rules: tuple[Rule, ...] = Field(
        min_length=1, description="Together they name every answer of the question exactly once."
    )

    def rule_for(self, answer: object) -> Rule | None:
        return next((r for r in self.rules if answer in r.answers), None)


class Drug(Sourced):
    """A medicine; its ``sources`` hold the words that name it and each of its brand names."""

    id: Id
    name: Text
    brands: tuple[Text, ...] = ()
    source: Id
    brands_source: Id | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({', '.join(self.brands)})" if self.brands else self.name

    @property
    def stated(self) -> str:
        return self.label


class DrugClass(Model):
    id: Id
    title: Fact
    explanation: Fact
    drugs: tuple[Drug, ...] = ()
    source: Id


class TrialItem(Model):
    id: Id
    title: Fact
    explanation: Fact
    drugs: tuple[Drug, ...] = ()
    source: Id


class TrialSearch(Model):
    explanation: Fact
    search_label: Text
    search_url: Link
    info_label: Text
    info_url: Link
    phone_label: Text
    phone: Fact
    questions: tuple[Text, ...] = Field(min_length=1)
    source: Id


class Topic(Model):
    id: Id
    title: Fact
    summary: tuple[Fact, ...] = Field(min_length=1)
    url: Link
    source: Id


class GlossaryTerm(Model):
    id: Id
    term: Text
    other_forms: tuple[Text, ...] = Field(
        default=(), description="Other ways the word appears in the text, such as a plural."
    )
    definition: Fact
    source: Id


class ApprovalPage(Model):
    """An NCI page that lists the newer approvals, with its date as the stored copy shows it."""

    title: Text
    url: Link | None = None
    date: Fact


class ApprovedMedicine(Sourced):
    """A medicine NCI's other pages list as approved for some people whose myeloma came back, where
    the patient summary lists it only in a trial or not at all. Its ``sources`` hold the words that
    name it and its brand names (NCI's list of approved drugs); its kind and uses are facts of their own."""

    id: Id = Field(
        description="What a checklist answer marks. A medicine the NCI summary names too (selinexor) has "
        "the same id, so that one mark shows in both places."
    )
    name: Text
    brands: tuple[Text, ...] = Field(min_length=1)
    url: Link = Field(description="The medicine's NCI drug page.")
    kind: Fact = Field(description="What kind of treatment it is, as NCI names it.")
    uses: tuple[Fact, ...] = Field(min_length=1, description="What it is approved for, in plain words.")
    trial_item: Id | None = Field(
        default=None,
        description="The NCI summary's clinical-trial item for this kind of treatment: it points here.",
    )

    @property
    def label(self) -> str:
        return f"{self.name} ({', '.join(self.brands)})"

    @property
    def stated(self) -> str:
        return self.label


class NewerApprovals(Model):
    """What NCI's other pages list as approved beyond the NCI summary's own list: shown beside that
    list, never in it."""

    heading: Text
    intro: tuple[Fact, ...] = Field(min_length=1)
    pages: tuple[ApprovalPage, ...] = Field(min_length=1)
    medicines: tuple[ApprovedMedicine, ...] = Field(min_length=1)
    ask_doctor: Text
    see_newer_approvals: Annotated[Text, _uses("{heading}")] = Field(
        description="The line on each clinical-trial item a medicine here names as its trial_item: uses "
        "{heading}, the section's heading."
    )

    @property
    def pointer(self) -> str:
        """The line on a trial item that points here, naming this section's heading."""
        return self.see_newer_approvals.replace("{heading}", self.heading)


class StatusWording(Model):
    matches: Text
    may_match: Text
    different_situation: Text = Field(
        description="Names what the source lists the option for: uses {situation} (the option's)."
    )

    @model_validator(mode="after")
    def _names_the_situation(self) -> StatusWording:
        if "{situation}" not in self.different_situation:
            raise ValueError("status_labels.different_situation must contain {situation}")
        return self


CHANGE_ANSWER_PLACES = ("{question}", "{answer}")


def _check_change_answer(template: str) -> str:
    """Both places are needed, or the button would not say what it changes; no other place is filled."""
    missing = [place for place in CHANGE_ANSWER_PLACES if place not in template]
    if missing:
        raise ValueError(f"the Change button's words must contain {' and '.join(missing)}")
    rest = template
    for place in CHANGE_ANSWER_PLACES:
        rest = rest.replace(place, "")
    if "{" in rest or "}" in rest:
        raise ValueError("the Change button's words may only use {question} and {answer}")
    return template


def _uses(place: str) -> AfterValidator:
    """A template that must say where its one ``place`` goes, and use no other."""

    def check(template: str) -> str:
        if place not in template:
            raise ValueError(f"must contain {place}")
        if "{" in template.replace(place, "") or "}" in template.replace(place, ""):
            raise ValueError(f"may only use {place}")
        return template

    return AfterValidator(check)


class Wording(Model):
    """Headings and sentences of the question, review and results pages."""

    review_heading: Text
    review_explanation: Text
    question_position: Text = Field(description="Above each question; may use {number} and {total}.")
    change_answer: Annotated[Text, AfterValidator(_check_change_answer)] = Field(
        description="What a screen reader says for a Change button on the review page: uses {question} "
        "(the question's review title) and {answer} (the answer given)."
    )
    results_heading: Text
    results_intro: Fact
    options_intro: Fact = Field(description="Always above the options: the source's 'may include'.")
    status_labels: StatusWording
    no_match_notice: Text
    out_of_scope_heading: Text
    options_heading: Text
    classes_heading: Text
    classes_intro: Fact
    had_mark: Text
    class_had: Text
    class_not_had: Text
    unsure_treatments_note: Text
    no_treatments_marked_note: Text
    also_marked_heading: Text
    also_marked_intro: Text
    trials_heading: Text
    trials_intro: Fact
    trial_questions_heading: Text
    topics_heading: Text
    topics_intro: Text
    what_matters_heading: Text
    what_matters_empty: Text
    doctor_questions_heading: Text
    glossary_heading: Text
    source_line: Text = Field(description="May use {source}, {publisher} and {reviewed}.")
    # Words the report layer (no Qt, so not Qt's translation) puts around the content's own.
    answers_heading: Text = Field(description="The printed summary's heading above the answers given.")
    notes_heading: Text = Field(description="The printed summary's heading above the person's own notes.")
    topic_link_name: Annotated[Text, _uses("{title}")] = Field(
        description="What a screen reader says for a link to a related topic: uses {title}."
    )
    open_topic: Text = Field(description="The link to the topic shown in full when the guide does not fit.")
    full_page: Text = Field(description="Before a topic's web address.")
    at_address: Annotated[Text, _uses("{address}")] = Field(
        description="On paper, above the topics found at one web address: uses {address}."
    )
    months: tuple[Text, ...] = Field(
        min_length=12, max_length=12, description="The names of the months, January first, for dates."
    )
    not_said_heading: Text = Field(description="Beside the options: what the source does not say.")
    not_said: Text
    not_said_questions: tuple[Text, ...] = Field(
        min_length=1, description="Questions for the doctor about what the source does not say."
    )
    readiness_heading: Text = Field(description="Shown when a readiness check was answered No.")
    readiness_steps: tuple[Text, ...] = Field(
        min_length=1, description="Concrete next steps and who can help; never pressure."
    )
    writing_room_heading: Text = Field(description="On paper, above the room to write in at the visit.")
    doctor_said_heading: Text = Field(description="On paper, above lines to write what the doctor said.")
    next_steps_heading: Text = Field(description="On paper, above lines to write the next steps.")


class Label(Model):
    id: Id
    label: Text


class LabelledChoices(Model):
    id: Id
    label: Text
    choices: tuple[Label, ...] = Field(min_length=1)


class WhatMatters(Model):
    """Question 7: what the person weighs. Printed for the doctor; it never changes the results."""

    title: Text
    explanation: Text
    review_title: Text
    weights_title: Text
    weights: tuple[Label, ...] = Field(min_length=1, description="How much a thing matters.")
    things: tuple[Label, ...] = Field(min_length=1, description="Things people weigh.")
    own_words_label: Text
    deciding: LabelledChoices = Field(description="How the person wants to decide.")
    readiness_title: Text
    readiness_answers: tuple[Label, ...] = Field(min_length=1)
    readiness_checks: tuple[Label, ...] = Field(min_length=1)

    OWN_WORDS: ClassVar[str] = "own_words"

    def choices_for(self, key: str) -> tuple[Label, ...] | None:
        """The answers a saved entry may have (None: free text), or () when the key is unknown."""
        if key == self.OWN_WORDS:
            return None
        if key == self.deciding.id:
            return self.deciding.choices
        if any(t.id == key for t in self.things):
            return self.weights
        if any(r.id == key for r in self.readiness_checks):
            return self.readiness_answers
        return ()


class AboutSection(Model):
    heading: Text
    paragraphs: tuple[Text | Fact, ...] = Field(
        min_length=1,
        description="A paragraph that states a fact carries its quotes; one may be just {source_date} or "
        "{checked}: the lines of those names.",
    )
    citation: Fact | None = None


class About(Model):
    """About this guide: the decision-guide standards' items (source, dates, updates, funding...)."""

    button_label: Text
    heading: Text
    sections: tuple[AboutSection, ...] = Field(min_length=1)
    on_paper: tuple[Text | Fact, ...] = Field(
        min_length=1,
        description="The short version on the summary; a line that states a fact carries its quotes; "
        "may use {source_date}.",
    )
    source_date_unknown: Text = Field(description="Said when metadata.source_updated is not given.")
    source_date_on_paper: Text | None = Field(
        default=None,
        description="On the printed summary instead of source_date_unknown: where the page's own date is.",
    )
    source_date_known: Text = Field(description="May use {updated}.")
    checked_line: Text = Field(description="May use {reviewed} and {version}.")
    close_label: Text


class Content(Model):
    schema_location: str | None = Field(
        default=None,
        alias="$schema",
        description="Where an editor finds the schema of this file, to check it while typing.",
    )
    format_version: Literal[2]
    metadata: Metadata
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    welcome: Welcome
    about: About
    questions: tuple[Question, ...] = Field(min_length=1)
    what_matters: WhatMatters
    options: tuple[TreatmentOption, ...] = Field(min_length=1)
    drug_classes: tuple[DrugClass, ...] = Field(min_length=1)
    clinical_trials: tuple[TrialItem, ...] = ()
    trial_search: TrialSearch
    topics: tuple[Topic, ...] = Field(min_length=1)
    default_topics_first: tuple[Id, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    newer_approvals: NewerApprovals
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

    def question_for(self, role: Role) -> Question:
        """The question that plays ``role``; the content check makes sure there is exactly one."""
        return next(q for q in self.questions if q.role == role)

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

    def medicine_label(self, medicine_id: str) -> str | None:
        """A medicine's name and brand names, wherever the content names it (None: it names none)."""
        drug = self.drug(medicine_id)
        if drug is not None:
            return drug.label
        approved = (m for m in self.newer_approvals.medicines if m.id == medicine_id)
        return next((m.label for m in approved), None)

    def choice_label(self, choice: Choice) -> str:
        if choice.label:
            return choice.label
        label = self.medicine_label(choice.marks[0])
        assert label is not None, "checked when the content was loaded"
        return label


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
    yield from _role_problems(content.questions)
    yield from _option_problems(content)
    yield from _what_matters_problems(content.what_matters)
    # The file as one text first (fast); only when a choice is malformed, each string with its place.
    if any(True for _ in alternation_problems(content.model_dump_json())):
        for place, text in strings_with_places(content, ""):
            for problem in alternation_problems(text):
                yield f"{place}: {problem}"
    yield from _newer_approval_problems(content)


def _question_problems(content: Content, topic_ids: set[str]) -> Iterator[str]:
    markable = {d.id for d in content.all_drugs()} | {c.id for c in content.drug_classes}
    markable |= {t.id for t in content.clinical_trials}
    markable |= {m.id for m in content.newer_approvals.medicines}
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
            if choice.label is None and (
                len(choice.marks) != 1 or content.medicine_label(choice.marks[0]) is None
            ):
                yield f"{place}: needs a 'label' unless it marks exactly one medicine"
        if question.kind == "one":  # a checklist answer is a set: no condition could ever match it
            earlier[question.id] = question


def _role_problems(questions: tuple[Question, ...]) -> Iterator[str]:
    """Each role on exactly one question, of the kind the role needs."""
    for role in QUESTION_ROLES:
        places = [f"questions[{i}]" for i, q in enumerate(questions) if q.role == role]
        if not places:
            yield f"questions: no question has the role {role!r}; exactly one must"
        for place in places[1:]:
            yield f"{place}.role: the role {role!r} is already given to {places[0]}"
    for i, question in enumerate(questions):
        if question.role is not None and question.kind != ROLE_KINDS[question.role]:
            kind = "a checklist ('many')" if ROLE_KINDS[question.role] == "many" else "a 'one' question"
            yield f"questions[{i}].role: the question with the role {question.role!r} must be {kind}"


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


def conditions_hold(conditions: Mapping[str, tuple[str, ...]], answers: Mapping[str, object]) -> bool:
    """Every named question has one of the listed answers (a question's ``asked_when``)."""
    return all(answers.get(q) in allowed for q, allowed in conditions.items())


def _option_problems(content: Content) -> Iterator[str]:
    """Each option against its one question: every rule names answers of that question, and every
    answer has exactly one rule. One look at each rule, so this grows with the file, not faster."""
    questions = {q.id: q for q in content.questions}
    always_asked = _always_asked_in_scope(content)
    for oi, option in enumerate(content.options):
        place = f"options[{oi}]"
        question = questions.get(option.question)
        if question is None or question.kind != "one":
            yield f"{place}.question: there is no one-answer question {option.question!r}"
            continue
        if question.optional or question.id not in always_asked:
            yield (
                f"{place}.question: the question {question.id!r} must be answered by everyone the guide "
                f"covers (not optional, and asked for every answer that keeps a person in the guide)"
            )
        ruled: dict[str, int] = {}
        for ri, rule in enumerate(option.rules):
            for answer_id in rule.answers:
                if question.choice(answer_id) is None:
                    yield (
                        f"{place}.rules[{ri}].answers: the question {question.id!r} "
                        f"has no answer {answer_id!r}"
                    )
                elif answer_id in ruled:
                    yield (
                        f"{place}.rules[{ri}].answers: the answer {answer_id!r} already has a rule, "
                        f"rules[{ruled[answer_id]}]"
                    )
                else:
                    ruled[answer_id] = ri
        for choice in question.choices:
            if choice.id not in ruled and choice.out_of_scope is None:
                yield (
                    f"{place}.rules: no rule for {option.id!r} covers the answer {choice.id!r} "
                    f"of {question.id!r}"
                )


def _always_asked_in_scope(content: Content) -> set[str]:
    """The questions every person who stays within the guide is asked: each condition on one names an
    earlier such question and allows every answer of it that keeps a person in the guide. One pass in
    question order."""
    always: set[str] = set()
    by_id: dict[str, Question] = {}
    for question in content.questions:
        if all(
            q in always and all(c.id in allowed for c in by_id[q].choices if c.out_of_scope is None)
            for q, allowed in question.asked_when.items()
        ):
            always.add(question.id)
        by_id[question.id] = question
    return always


def _what_matters_problems(what_matters: WhatMatters) -> Iterator[str]:
    keys = [
        ("what_matters.things", [t.id for t in what_matters.things]),
        ("what_matters.deciding.id", [what_matters.deciding.id]),
        ("what_matters.readiness_checks", [r.id for r in what_matters.readiness_checks]),
    ]
    seen = {WhatMatters.OWN_WORDS: "the free-text answer"}
    for place, ids in keys:
        for key in ids:
            if key in seen:
                yield f"{place}: the id {key!r} is already used by {seen[key]}"
            seen.setdefault(key, place)


def _newer_approval_problems(content: Content) -> Iterator[str]:
    """Each newer approval is one medicine: its id names no drug group or trial item, and names a
    medicine of the NCI summary's list only when it is the same medicine (one mark, shown in both)."""
    groups = {c.id for c in content.drug_classes} | {t.id for t in content.clinical_trials}
    seen: set[str] = set()
    for i, medicine in enumerate(content.newer_approvals.medicines):
        place = f"newer_approvals.medicines[{i}]"
        if medicine.id in seen:
            yield f"{place}: the newer approval id {medicine.id!r} is already used"
        seen.add(medicine.id)
        if medicine.id in groups:
            yield f"{place}: the id {medicine.id!r} is a drug group or trial item, not a medicine"
        listed = content.drug(medicine.id)
        if listed is not None and listed.name != medicine.name:
            yield (
                f"{place}: the id {medicine.id!r} is the NCI summary's {listed.name!r}; a different "
                f"medicine needs an id of its own"
            )
        if medicine.trial_item is not None and medicine.trial_item not in {
            t.id for t in content.clinical_trials
        }:
            yield f"{place}.trial_item: there is no clinical-trial item {medicine.trial_item!r}"
