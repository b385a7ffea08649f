"""The results of the guide for one person's answers: what every view of them renders."""

from __future__ import annotations

from dataclasses import dataclass

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.first_page import fill_source_line
from myeloma_gui.content.models import (
    ApprovedMedicine,
    Choice,
    Content,
    Drug,
    DrugClass,
    OutOfScope,
    Question,
    Status,
    Topic,
    TreatmentOption,
    TrialItem,
)
from myeloma_gui.decision.what_matters import WhatMattersLine

NO_ANSWER = "No answer"


@dataclass(frozen=True)
class AnsweredQuestion:
    question: Question
    choices: tuple[Choice, ...]

    def said(self, content: Content) -> tuple[str, ...]:
        """The answers as the review page and the summary word them."""
        return tuple(c.review_label or content.choice_label(c) for c in self.choices) or (NO_ANSWER,)


@dataclass(frozen=True)
class OptionResult:
    option: TreatmentOption
    status: Status
    reason: str


@dataclass(frozen=True)
class DrugResult:
    drug: Drug
    had: bool


@dataclass(frozen=True)
class ClassResult:
    drug_class: DrugClass
    drugs: tuple[DrugResult, ...]
    had: bool


@dataclass(frozen=True)
class TrialResult:
    item: TrialItem
    drugs: tuple[DrugResult, ...]
    had: bool


@dataclass(frozen=True)
class ApprovalResult:
    """A medicine NCI's other pages list as approved, and whether the person marked it."""

    medicine: ApprovedMedicine
    had: bool


@dataclass(frozen=True)
class GuideResults:
    content: Content
    answered: tuple[AnsweredQuestion, ...]
    out_of_scope: OutOfScope | None
    options: tuple[OptionResult, ...]
    """Every option once, in the source's order (never by status); empty when the guide does not
    cover the situation."""
    no_match_notice: str | None
    notes: tuple[str, ...]
    drug_classes: tuple[ClassResult, ...]
    clinical_trials: tuple[TrialResult, ...]
    treatments_unsure: bool
    """The person said they do not remember every treatment."""
    treatments_marked: bool
    """The person ticked at least one treatment they had (not just "I don't remember")."""
    also_marked: tuple[str, ...]
    """Treatments the person marked that the source puts in no drug group (a transplant, "other")."""
    what_matters: tuple[WhatMattersLine, ...]
    """Question 7, for the doctor to read; it plays no part in the options."""
    topics: tuple[Topic, ...]
    """Every related topic once, those that matter most for these answers first."""
    not_ready: bool = False
    """A readiness check on What matters was answered No: the results show next steps."""
    for_someone_else: bool = False
    """A helper filled the guide in for the person (``content`` is in that voice)."""
    newer_approvals: tuple[ApprovalResult, ...] = ()
    """What NCI's other pages list as approved, each marked had or not; empty out of scope."""

    @property
    def in_scope(self) -> bool:
        return self.out_of_scope is None

    @property
    def treatments_note(self) -> str | None:
        """Why the had-marks may be incomplete, when they may be."""
        wording = self.content.wording
        if not self.in_scope:
            return None
        if self.treatments_unsure:
            return wording.unsure_treatments_note
        return None if self.treatments_marked else wording.no_treatments_marked_note

    @property
    def source_line(self) -> str:
        """The source, its publisher and the date the content was checked against it."""
        metadata = self.content.metadata
        source = self.content.source(metadata.source)
        return fill_source_line(
            self.content.wording.source_line, source.title, source.publisher,
            readable_date(metadata.reviewed, self.content.wording.months),
        )
