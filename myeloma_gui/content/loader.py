"""Reading a content file and turning every problem in it into a plain message.

Reading is split in two so the first page can be painted before pydantic is even imported:
``read_content_file`` parses the JSON (fast, standard library only) and ``validate_content`` checks it
against the models. ``load_content`` does both.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from myeloma_gui.content.models import Content

RawContent = dict[str, Any]


class ContentError(Exception):
    """A content file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [f"The content file {self.path} cannot be used:"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def read_content_file(path: Path) -> RawContent:
    try:
        text = path.read_text(encoding="utf-8-sig")  # an editor on Windows may add a BOM
    except FileNotFoundError:
        raise ContentError(path, ["the file does not exist"]) from None
    except UnicodeDecodeError as error:
        raise ContentError(path, [f"the file is not UTF-8 text (byte {error.start})"]) from None
    except OSError as error:
        raise ContentError(path, [f"the file cannot be read: {error.strerror}"]) from None
    if not text.strip():
        raise ContentError(path, ["the file is empty"])
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        place = f"line {error.lineno}, column {error.colno}"
        raise ContentError(path, [f"{place}: this is not valid JSON ({error.msg})"]) from None
    if not isinstance(raw, dict):
        raise ContentError(path, ["the file must hold one JSON object, in curly braces"])
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
        return f"{place}: unknown key {loc[-1]!r} (check its spelling, or remove it)"
    if kind == "missing":
        return f"{place}: the required key {loc[-1]!r} is missing"
    if "input" in error and not isinstance(error["input"], dict | list):
        message += f" (found {error['input']!r})"
    return f"{place}: {message}"


def _place(loc: tuple[str | int, ...]) -> str:
    place = ""
    for part in loc:
        if isinstance(part, int):
            place += f"[{part}]"
        else:
            place += f".{part}" if place else part
    return place
