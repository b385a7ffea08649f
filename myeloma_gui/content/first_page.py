"""The few words the welcome page needs, read from the raw content before it is validated.

The welcome page is painted before pydantic is imported (start-up budget), so it takes its words from
the parsed JSON directly. Anything missing here is reported a moment later by the full validation.
"""

from __future__ import annotations

from typing import Any

from myeloma_gui.content.loader import RawContent
from myeloma_gui.content.voice import in_voice


class FirstPageText:
    """A plain class: a dataclass or a NamedTuple is built by compiling code, a few milliseconds more
    before the first paint."""

    __slots__ = ("disclaimer", "heading", "paragraphs", "privacy", "source_line", "title")

    def __init__(
        self, *, title: str, heading: str, paragraphs: tuple[str, ...], privacy: str, disclaimer: str,
        source_line: str,
    ) -> None:
        self.title = title
        self.heading = heading
        self.paragraphs = paragraphs
        self.privacy = privacy
        self.disclaimer = disclaimer
        self.source_line = source_line

    @classmethod
    def from_raw(cls, raw: RawContent) -> FirstPageText:
        metadata = _mapping(raw.get("metadata"))
        welcome = _mapping(raw.get("welcome"))
        source_id = metadata.get("source")
        listed = raw.get("sources")
        sources = listed if isinstance(listed, list) else []
        source = next((_mapping(s) for s in sources if _mapping(s).get("id") == source_id), {})
        listed_paragraphs = welcome.get("paragraphs")
        paragraphs = listed_paragraphs if isinstance(listed_paragraphs, list) else []
        wording = _mapping(raw.get("wording"))
        return cls(
            title=_text(metadata.get("title")),
            heading=_text(welcome.get("heading")),
            # The person's own words until the welcome page's choice says otherwise.
            paragraphs=tuple(in_voice(_text(p), False) for p in paragraphs),
            privacy=in_voice(_text(welcome.get("privacy")), False),
            disclaimer=in_voice(_text(metadata.get("disclaimer")), False),
            source_line=fill_source_line(
                _text(wording.get("source_line")),
                _text(source.get("title")),
                _text(source.get("publisher")),
                _readable_iso_date(_text(metadata.get("reviewed")), wording.get("months")),
            ),
        )


def fill_source_line(template: str, source: str, publisher: str, reviewed: str) -> str:
    """The content's source line with its {source}, {publisher} and {reviewed} filled in."""
    filled = template  # missing: the validation a moment later says so
    for name, value in (("source", source), ("publisher", publisher), ("reviewed", reviewed)):
        filled = filled.replace("{" + name + "}", value)
    return filled


def _readable_iso_date(text: str, months: Any) -> str:
    """'2026-11-23' as '23 November 2026', as ``dates.readable_date`` writes it, with the content's
    month names (not datetime's: importing it before the first paint costs a few milliseconds);
    anything else as it is (the validation a moment later reports a date that is not real, or a
    list of months that is not one)."""
    if not isinstance(months, list) or len(months) != 12:
        return text
    parts = text.split("-")
    if len(parts) != 3 or not all(part.isascii() and part.isdigit() for part in parts):
        return text
    year, month, day = (int(part) for part in parts)
    if [len(part) for part in parts] != [4, 2, 2] or not 1 <= month <= 12 or not 1 <= day <= 31:
        return text
    return f"{day} {_text(months[month - 1])} {year}"


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
