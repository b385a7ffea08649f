"""Whose guide it is: the person themself, or someone filling it in for them.

A content string may hold alternations such as ``{your|their}``: the first part is said to the person
("your myeloma"), the second when a helper fills the guide in for someone else ("their myeloma").
They are resolved once, into a copy of the content in one voice, which every layer then reads as
usual; the loader checks that each alternation has exactly two parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # pydantic is imported after the first paint; in_voice is needed before it
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")
_recent: dict[tuple[int, bool], tuple[Any, Any]] = {}

# Braces holding a "|": an alternation (placeholders such as {title} hold none).
_ALTERNATION = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def in_voice(text: str, for_someone_else: bool) -> str:
    """``text`` with each ``{for the person|for someone else}`` resolved."""
    if "|" not in text:
        return text
    said = _ALTERNATION.sub(lambda m: m.group(1).split("|")[1 if for_someone_else else 0], text)
    return text if said == text else said


def alternation_problems(text: str) -> Iterator[str]:
    """What is wrong with ``text``'s alternations, for the loader's message."""
    for match in _ALTERNATION.finditer(text):
        if match.group(1).count("|") != 1:
            yield f"the choice {match.group(0)!r} must have exactly two parts, split by one '|'"


def strings_with_places(value: Any, place: str) -> Iterator[tuple[str, str]]:
    """Every string in a content model, with its place in the file ("questions[1].title")."""
    from pydantic import BaseModel

    if isinstance(value, str):
        yield place, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from strings_with_places(getattr(value, name), f"{place}.{name}" if place else name)
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from strings_with_places(item, f"{place}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_with_places(item, f"{place}.{key}")


def voiced(value: Any, for_someone_else: bool) -> Any:
    """A copy of a content model (or any part of it) with every alternation resolved; parts without
    one are shared, not copied."""
    from pydantic import BaseModel

    if isinstance(value, str):
        return in_voice(value, for_someone_else)
    if isinstance(value, BaseModel):
        changed = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = voiced(old, for_someone_else)
            if new is not old:
                changed[name] = new
        return value.model_copy(update=changed) if changed else value
    if isinstance(value, tuple):
        items = tuple(voiced(item, for_someone_else) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, dict):
        resolved = {key: voiced(item, for_someone_else) for key, item in value.items()}
        return value if all(resolved[k] is value[k] for k in value) else resolved
    return value


def in_voice_of(content: M, for_someone_else: bool) -> M:
    """The whole content in one voice; the last few are kept, as the results are built often."""
    key = (id(content), for_someone_else)
    kept = _recent.get(key)
    if kept is not None and kept[0] is content:
        kept_said: M = kept[1]
        return kept_said
    said: M = voiced(content, for_someone_else)
    if len(_recent) >= 4:
        _recent.clear()
    _recent[key] = (content, said)
    return said
