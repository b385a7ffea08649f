"""Every fact the content states, with the place in the file it sits and the quotes it rests on.

The walk is generic: whatever model holds a ``Sourced`` (a ``Fact``, a medicine), wherever it sits,
is found, so a new kind of fact in the content file needs no change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from myeloma_gui.content.models import Content, Quote, Sourced
from myeloma_gui.content.quotes import SourceFolder


@dataclass(frozen=True)
class StatedFact:
    pointer: str
    """Where it sits in the content file, as a JSON pointer (RFC 6901), such as /options/0/title."""
    text: str
    sources: tuple[Quote, ...]


@dataclass(frozen=True)
class UnfoundQuote:
    pointer: str
    text: str
    quote: Quote


def stated_facts(content: Content) -> list[StatedFact]:
    """Every fact-stating string of the content, in the file's order."""
    return list(_walk(content, ""))


def _walk(node: object, pointer: str) -> Iterator[StatedFact]:
    if isinstance(node, Sourced):
        yield StatedFact(pointer, node.stated, node.sources)
    if isinstance(node, BaseModel):
        # On into its fields: a stated thing may hold facts of its own (a newer approval's kind and uses).
        for name, field in type(node).model_fields.items():
            if not (isinstance(node, Sourced) and name == "sources"):
                yield from _walk(getattr(node, name), f"{pointer}/{_escaped(field.alias or name)}")
    elif isinstance(node, tuple | list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{pointer}/{index}")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _walk(item, f"{pointer}/{_escaped(str(key))}")


def _escaped(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def unfound_quotes(facts: list[StatedFact], folder: SourceFolder) -> list[UnfoundQuote]:
    """Each quote of ``facts`` that its file in ``folder`` does not contain (or that has no such file)."""
    return [
        UnfoundQuote(fact.pointer, fact.text, quote)
        for fact in facts
        for quote in fact.sources
        if not folder.has(quote.file, quote.quote)
    ]
