"""Question 7, "What matters to you?": what the person weighs, as lines for the doctor to read.

These answers go on the screen, the printout and the JSON, and are saved with the other answers;
they never reach the matching of options (``decide`` does not read them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from myeloma_gui.content.models import Content, WhatMatters

WhatMattersAnswers = Mapping[str, str]
"""Thing, decision or readiness id -> answer id; ``own_words`` -> the person's text."""
READINESS_NO = "no"
"""The answer to a readiness check that brings next steps to the results (the answers file's "no")."""


@dataclass(frozen=True)
class WhatMattersLine:
    key: str
    asked: str
    said: str

    @property
    def text(self) -> str:
        """One line: "Cost: Matters a lot", or "Do I know the options? Yes" after a question."""
        return f"{self.asked} {self.said}" if self.asked.endswith("?") else f"{self.asked}: {self.said}"


def what_matters_lines(content: Content, answers: WhatMattersAnswers) -> tuple[WhatMattersLine, ...]:
    """The answered parts of the page, in the page's order, worded as the page words them."""
    page = content.what_matters
    lines: list[WhatMattersLine] = []
    for thing in page.things:
        _add(lines, page, thing.id, thing.label, answers)
    _add(lines, page, page.deciding.id, page.deciding.label, answers)
    for check in page.readiness_checks:
        _add(lines, page, check.id, check.label, answers)
    own_words = answers.get(WhatMatters.OWN_WORDS, "").strip()
    if own_words:
        lines.append(WhatMattersLine(WhatMatters.OWN_WORDS, page.own_words_label, own_words))
    return tuple(lines)


def _add(
    lines: list[WhatMattersLine], page: WhatMatters, key: str, asked: str, answers: WhatMattersAnswers
) -> None:
    choices = page.choices_for(key) or ()
    said = next((c.label for c in choices if c.id == answers.get(key)), None)
    if said is not None:
        lines.append(WhatMattersLine(key, asked, said))
