"""Every fact of the shipped content rests on words its source files really contain."""

from __future__ import annotations

from myeloma_gui.content.models import Content
from myeloma_gui.content.quotes import SourceFolder
from myeloma_gui.content.references import stated_facts, unfound_quotes
from tests.conftest import SOURCE_FOLDER


def test_every_quote_of_the_shipped_content_is_found_in_its_source_file(content: Content) -> None:
    facts = stated_facts(content)
    unfound = unfound_quotes(facts, SourceFolder(SOURCE_FOLDER))
    assert not unfound, "\n".join(f"{u.pointer}: {u.quote.file}: {u.quote.quote!r}" for u in unfound)
    counts: dict[str, int] = {}
    for fact in facts:
        for quote in fact.sources:
            counts[quote.file] = counts.get(quote.file, 0) + 1
    print(f"{len(facts)} facts, {sum(counts.values())} quotes: {counts}")
