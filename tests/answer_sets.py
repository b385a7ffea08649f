"""The answers the tests give, as named people: the one place a test module learns question ids.

Each set is built by naming the person's choices (``answers(stable="yes", ...)``); the question ids
live only here, so a change of the question flow changes this file and not every test module.
``tests/decision/test_answer_sets.py`` keeps these ids in step with the shipped content file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from myeloma_gui.decision.flow import AnswerValue
from myeloma_gui.decision.saved_answers import FORMAT_NAME, FORMAT_VERSION

AnswerSet = dict[str, AnswerValue]


class Q:
    """The question ids, by what the question asks."""

    SITUATION = "situation"
    STABLE_NOW = "stable_now"
    KEPT_GROWING = "grew_during_treatment"
    CAME_BACK = "came_back_after_first"
    TREATMENTS = "prior_treatments"
    """The question with the role "treatments"."""
    TRIAL = "clinical_trial"


IN_THE_GUIDE = "relapsed_or_refractory"
"""The situation the guide is for (the other in-scope answer is "not_sure")."""


def answers(
    situation: str = IN_THE_GUIDE,
    *,
    stable: str | None = None,
    grew: str | None = None,
    came_back: str | None = None,
    treatments: tuple[str, ...] | None = None,
    trial: str | None = None,
) -> AnswerSet:
    """The answers a person gives, by name; a question left as None is not answered."""
    named: dict[str, AnswerValue | None] = {
        Q.SITUATION: situation,
        Q.STABLE_NOW: stable,
        Q.KEPT_GROWING: grew,
        Q.CAME_BACK: came_back,
        Q.TREATMENTS: frozenset(treatments) if treatments is not None else None,
        Q.TRIAL: trial,
    }
    return {question: value for question, value in named.items() if value is not None}


def disease(stable: str, grew: str, came_back: str, **more: Any) -> AnswerSet:
    """In the guide, with the three answers the options are matched against (the rule table's row);
    no trial wanted unless ``trial`` is given."""
    return answers(stable=stable, grew=grew, came_back=came_back, **{"trial": "no", **more})


# The people the tests use.
CAME_BACK_LATE_STABLE = disease("yes", "no", "a_year_or_more")
"""Two options match (waiting and the same drugs), one is for a different situation."""
KEPT_GROWING = disease("no", "yes", "less_than_a_year", trial="maybe")
"""Only a different treatment matches."""
ALL_NOT_SURE = answers(
    "not_sure", stable="not_sure", grew="not_sure", came_back="not_sure",
    treatments=("dont_remember",), trial="maybe",
)
"""Every option may match; the had-marks may be incomplete."""
NOTHING_MATCHES = disease("no", "no", "never_went_away")
TREATED_CAME_BACK_LATE = disease(
    "no", "not_sure", "a_year_or_more", treatments=("bortezomib", "lenalidomide"), trial="maybe"
)
"""Not stable, not sure whether it kept growing, came back a year or more after; had two medicines."""
TREATED_CAME_BACK_EARLY = disease(
    "no", "no", "less_than_a_year", treatments=("bortezomib", "corticosteroids"), trial="yes"
)
TREATED_STABLE = disease(
    "yes", "no", "a_year_or_more", treatments=("bortezomib", "daratumumab"), trial="maybe"
)
HAD_BORTEZOMIB = disease("no", "not_sure", "a_year_or_more", treatments=("bortezomib",), trial="maybe")
HAD_TWO_NOT_GROWING = disease(
    "no", "no", "a_year_or_more", treatments=("bortezomib", "lenalidomide"), trial="maybe"
)
HAD_BORTEZOMIB_NOT_GROWING = disease(
    "no", "no", "a_year_or_more", treatments=("bortezomib",), trial="maybe"
)
DAUGHTERS_FATHER = disease(
    "no", "no", "less_than_a_year",
    treatments=("lenalidomide", "bortezomib", "corticosteroids"), trial="maybe",
)
"""The issue's daughter, filling the guide in for her father (72): his myeloma came back about 8
months after Revlimid, Velcade and dexamethasone ended, and it is not stable now. None of the three
options matches outright: a common early relapse. Her whole sitting is ``DAUGHTERS_SITTING``."""
CAME_BACK_DURING_MAINTENANCE = disease(
    "no", "yes", "during_maintenance", treatments=("lenalidomide",), trial="maybe"
)
"""Came back while on Revlimid maintenance: it grew during treatment; the same drugs may match."""
KEPT_GROWING_AFTER_ABECMA = disease(
    "no", "yes", "less_than_a_year", trial="maybe", treatments=(
        "lenalidomide", "bortezomib", "daratumumab", "idecabtagene_vicleucel", "car_t_cell_therapy",
    ),
)
"""Kept growing after CAR T-cell therapy, ticked both as Abecma (a newer approval) and as the box."""
ONLY_THE_SITUATION = answers()
"""In the guide, but stopped after the first question: the results cannot be shown yet."""

OUT_OF_SCOPE_NEW = answers("newly_diagnosed")
OUT_OF_SCOPE_MGUS = answers("mgus")
OUT_OF_SCOPE_BONE = answers("plasmacytoma_bone")
OUT_OF_SCOPE_OUTSIDE_BONE = answers("plasmacytoma_outside_bone")
OUT_OF_SCOPE: dict[str, AnswerSet] = {
    "newly_diagnosed": OUT_OF_SCOPE_NEW,
    "mgus": OUT_OF_SCOPE_MGUS,
    "plasmacytoma_bone": OUT_OF_SCOPE_BONE,
    "plasmacytoma_outside_bone": OUT_OF_SCOPE_OUTSIDE_BONE,
}
"""Each situation the guide does not cover, by its answer id."""


def file_answers(answer_set: Mapping[str, AnswerValue]) -> dict[str, Any]:
    """The set as an answers file's ``answers``: a checklist is a list."""
    return {q: sorted(v) if isinstance(v, frozenset | tuple) else v for q, v in answer_set.items()}


def answers_document(answer_set: Mapping[str, Any], **more: Any) -> dict[str, Any]:
    """A whole answers file's document; ``answer_set`` may hold wrong values on purpose."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "answers": file_answers(answer_set), **more}


def write_answers(
    folder: Path, answer_set: Mapping[str, Any], name: str = "answers.json", **more: Any
) -> Path:
    """Writes an answers file with the set (and any other keys of the document) into ``folder``."""
    path = folder / name
    path.write_text(json.dumps(answers_document(answer_set, **more)), encoding="utf-8")
    return path


def page_answers(answer_set: Mapping[str, AnswerValue | tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The set as the wizard's pages take it: what to click on each question's page."""
    return {q: (v,) if isinstance(v, str) else tuple(sorted(v)) for q, v in answer_set.items()}


@dataclass(frozen=True)
class Sitting:
    """Everything one sitting saves: the answers, What matters, the notes, and whom it was for."""

    answers: AnswerSet
    what_matters: dict[str, str]
    notes: str
    for_someone_else: bool

    def write(self, folder: Path, name: str = "answers.json") -> Path:
        """An answers file of the sitting, as Save answers... would write it."""
        return write_answers(
            folder, self.answers, name, what_matters=self.what_matters, notes=self.notes,
            filled_in_for="someone_else" if self.for_someone_else else "myself",
        )


DAUGHTERS_SITTING = Sitting(
    DAUGHTERS_FATHER,
    what_matters={
        "time_in_care": "a_lot",
        "side_effects": "a_lot",
        "being_at_home": "a_lot",
        "how_to_decide": "together",
        "feel_sure": "no",
        "own_words": "Dad wants to be well enough to tend his garden in the spring.",
    },
    notes="Ask about the numbness in his feet since Velcade.\nCan the clinic visits be on Mondays?",
    for_someone_else=True,
)
"""The daughter's sitting: her father's own words, his "No" to feeling sure, her questions."""
