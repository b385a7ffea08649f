"""Finds the glossary's words in the report's text, each where it first appears in reading order."""

from __future__ import annotations

import re

from myeloma_gui.content.models import GlossaryTerm
from myeloma_gui.report.document import GlossaryWord, Inline, Paragraph, Where, Words


class GlossaryWords:
    """Turns plain text into paragraphs whose first mention of each glossary word is marked."""

    def __init__(self, terms: tuple[GlossaryTerm, ...]) -> None:
        self._by_form = {form.casefold(): t for t in terms for form in (t.term, *t.other_forms)}
        forms = sorted(self._by_form, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)
            if forms else None
        )
        self._marked: set[str] = set()

    def __call__(self, plain: str, *, strong: bool = False, where: Where = Where.BOTH) -> Paragraph:
        return Paragraph(self.parts(plain), strong=strong, where=where)

    def parts(self, plain: str) -> tuple[Inline, ...]:
        if self._pattern is None:
            return (Words(plain),)
        parts: list[Inline] = []
        last = 0
        for match in self._pattern.finditer(plain):
            term = self._by_form[match.group(0).casefold()]
            if term.id in self._marked:
                continue
            self._marked.add(term.id)
            if match.start() > last:
                parts.append(Words(plain[last:match.start()]))
            parts.append(GlossaryWord(match.group(0), term.id, term.term, term.definition.text))
            last = match.end()
        if last < len(plain) or not parts:
            parts.append(Words(plain[last:]))
        return tuple(parts)
