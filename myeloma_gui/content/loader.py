"""Reading a content file and turning every problem in it into a plain message.

Reading is split in two so the first page can be painted before pydantic is even imported:
``read_content_file`` parses the JSON (fast, standard library only) and ``validate_content`` checks it
against the models. ``load_content`` does both.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from myeloma_gui.json_files import (
    MEGABYTE,
    QUOTE_LIMIT,
    UnreadableJsonError,
    quoted,
    read_json_file,
    shortened,
)

if TYPE_CHECKING:
    from myeloma_gui.content.models import Content

RawContent = dict[str, Any]
# Today's file is about 40 KB; this leaves room for a hundred times more, and refuses a runaway file.
CONTENT_SIZE_LIMIT = 32 * MEGABYTE
# A broken file can have thousands of problems; the first ones say what is wrong.
PROBLEMS_SHOWN = 20
# A problem quotes the id or value it is about; a megabyte-long id must not make a megabyte-long line.
PROBLEM_LENGTH_LIMIT = 300


class ContentError(Exception):
    """A content file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(_shortened(problem) for problem in problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [f"The content file {self.path} cannot be used:"]
        lines += [f"  - {problem}" for problem in self.problems[:PROBLEMS_SHOWN]]
        if len(self.problems) > PROBLEMS_SHOWN:
            lines.append(f"  (and {len(self.problems) - PROBLEMS_SHOWN} more problems)")
        return "\n".join(lines)


def read_content_file(path: Path) -> RawContent:
    try:
        raw = read_json_file(path, limit=CONTENT_SIZE_LIMIT)
    except UnreadableJsonError as error:
        raise ContentError(path, [str(error)]) from None
    if not isinstance(raw, dict):
        raise ContentError(path, ["The file must hold one JSON object, in curly braces."])
    return raw


def validate_content(raw: RawContent, path: Path) -> Content:
    # Imported here, not at the top: pydantic costs about 100 ms, which must come after the first paint.
    from pydantic import ValidationError

    from myeloma_gui.content.models import Content

    try:
        return Content.model_validate(raw)
    except ValidationError as error:
        raise ContentError(path, [_describe(e) for e in error.errors()]) from None


def load_content(path: Path) -> Content:
    return validate_content(read_content_file(path), path)


def _describe(error: Any) -> str:
    """One pydantic error as 'place: what is wrong'."""
    loc: tuple[str | int, ...] = tuple(error["loc"])
    kind: str = error["type"]
    message: str = error["msg"].removeprefix("Value error, ")
    if not loc:
        return message  # a whole-file check; its message names the place itself
    place = _place(loc)
    if kind == "extra_forbidden":
        return f"{place}: unknown key {quoted(loc[-1])} (check its spelling, or remove it)"
    if kind == "missing":
        return f"{place}: the required key {quoted(loc[-1])} is missing"
    if "input" in error and not isinstance(error["input"], dict | list):
        message += f" (found {quoted(error['input'])})"
    return f"{place}: {message}"


def _place(loc: tuple[str | int, ...]) -> str:
    place = ""
    for part in loc:
        if isinstance(part, int):
            place += f"[{part}]"
        else:
            name = shortened(part, QUOTE_LIMIT)
            place += f".{name}" if place else name
    return place


def _shortened(problem: str) -> str:
    return shortened(problem, PROBLEM_LENGTH_LIMIT)
