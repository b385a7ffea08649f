"""The few words the welcome page needs, read from the raw content before it is validated.

The welcome page is painted before pydantic is imported (start-up budget), so it takes its words from
the parsed JSON directly. Anything missing here is reported a moment later by the full validation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from myeloma_gui.content.dates import readable_iso_date
from myeloma_gui.content.loader import RawContent


@dataclass(frozen=True)
class FirstPageText:
    title: str
    heading: str
    paragraphs: tuple[str, ...]
    privacy: str
    disclaimer: str
    source_line: str

    @classmethod
    def from_raw(cls, raw: RawContent) -> FirstPageText:
        metadata = _mapping(raw.get("metadata"))
        welcome = _mapping(raw.get("welcome"))
        source_id = metadata.get("source")
        listed = raw.get("sources")
        sources = listed if isinstance(listed, list) else []
        source = next((_mapping(s) for s in sources if _mapping(s).get("id") == source_id), {})
        paragraphs = welcome.get("paragraphs")
        return cls(
            title=_text(metadata.get("title")),
            heading=_text(welcome.get("heading")),
            paragraphs=tuple(_text(p) for p in paragraphs) if isinstance(paragraphs, list) else (),
            privacy=_text(welcome.get("privacy")),
            disclaimer=_text(metadata.get("disclaimer")),
            source_line=fill_source_line(
                _text(_mapping(raw.get("wording")).get("source_line")),
                _text(source.get("title")),
                _text(source.get("publisher")),
                readable_iso_date(_text(metadata.get("reviewed"))),
            ),
        )


def fill_source_line(template: str, source: str, publisher: str, reviewed: str) -> str:
    """The content's source line with its {source}, {publisher} and {reviewed} filled in."""
    filled = template or "Source: {source}, {publisher}. Checked against the source on {reviewed}."
    for name, value in (("source", source), ("publisher", publisher), ("reviewed", reviewed)):
        filled = filled.replace("{" + name + "}", value)
    return filled


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
