"""Answers saved in format 1 (before the questions about the disease were split in three).

Format 1 asked one question, "How is your myeloma doing now?" (stable / kept growing during treatment /
came back after treatment ended / not sure), where format 2 asks three independent ones. An old answer
is carried over only where it means the same as a new one; nothing is guessed:

- ``situation``: the same ids, except "not treated yet, or in its first treatment", which could hide a
  first treatment that is not working (now in the guide): that must be answered again;
- ``disease_course`` "stable" means "stable now: yes", and "kept growing during treatment" means "kept
  growing: yes"; neither says anything about the other two questions, and "came back" or "not sure"
  say nothing certain about any single one;
- ``first_treatment_ended`` (asked when the myeloma came back, or the person was not sure how it was
  doing) is the same question as "Did it come back after the first treatment ended?" for "a year or
  more" and "less than a year"; its "not sure" is "not sure";
- ``prior_treatments`` and ``clinical_trial``: the same question and answer ids.

Anything unknown is passed through unchanged, so the usual checks name it.
"""

from __future__ import annotations

from typing import Any

DISEASE_COURSE = {"stable": ("stable_now", "yes"), "grew_during_treatment": ("grew_during_treatment", "yes")}


def answers_from_v1(old: dict[str, Any]) -> dict[str, Any]:
    """The format-2 answers that mean exactly what ``old`` (format 1) said; the rest is left out, so
    the usual completeness check names the questions to answer again."""
    new: dict[str, Any] = {}
    for question_id, value in old.items():
        if question_id == "situation":
            if value != "new_or_first_treatment":  # that one is left out: it must be answered again
                new["situation"] = value
        elif question_id == "disease_course":
            if isinstance(value, str) and value in DISEASE_COURSE:
                new_question, new_answer = DISEASE_COURSE[value]
                new[new_question] = new_answer
        elif question_id == "first_treatment_ended":
            # The same answer ids under the question's new id; anything else is passed on, and the
            # usual check names it.
            new["came_back_after_first"] = value
        else:  # the same in both formats (prior_treatments, clinical_trial), or unknown
            new[question_id] = value
    return new
