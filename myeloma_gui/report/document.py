"""What a report is made of: an ordered outline of sections, each a heading and its blocks.

Nothing here knows how it will be shown. Each section and block says where it belongs (``BOTH``, only
``SCREEN`` or only ``PAPER``): which parts each rendering carries is decided once, by the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Where(Enum):
    BOTH = "both"
    SCREEN = "screen"
    PAPER = "paper"

    def on(self, medium: Where) -> bool:
        return self in (Where.BOTH, medium)


@dataclass(frozen=True)
class Words:
    """Plain words."""

    text: str


@dataclass(frozen=True)
class GlossaryWord:
    """A word the glossary explains, where it first appears."""

    text: str
    term_id: str
    term: str
    explanation: str


@dataclass(frozen=True)
class TopicLink:
    """A related topic, opened inside the app; ``name`` says where it goes."""

    text: str
    topic_id: str
    name: str


@dataclass(frozen=True)
class WebLink:
    """A web address, written out in full."""

    url: str

    @property
    def text(self) -> str:
        return self.url


Inline = Words | GlossaryWord | TopicLink | WebLink


@dataclass(frozen=True)
class Paragraph:
    parts: tuple[Inline, ...]
    strong: bool = False
    small: bool = False
    where: Where = Where.BOTH

    @property
    def text(self) -> str:
        return "".join(part.text for part in self.parts)


@dataclass(frozen=True)
class Bullets:
    items: tuple[Paragraph, ...]
    where: Where = Where.BOTH
    two_columns_on_paper: bool = False
    """Short items, printed down two columns so the summary keeps to two pages."""


@dataclass(frozen=True)
class Pair:
    """A line of two parts, a table row on paper: a question and its answer, a drug and its mark."""

    label: str
    value: str
    strong_value: bool = False


@dataclass(frozen=True)
class Pairs:
    rows: tuple[Pair, ...]
    where: Where = Where.BOTH


@dataclass(frozen=True)
class StatusMark:
    """An option's status, in words only: never colour, and never a symbol (filled, half and empty
    circles read as a rating, the ranking the guide avoids)."""

    key: str
    words: str

    @property
    def text(self) -> str:
        return self.words


@dataclass(frozen=True)
class OptionEntry:
    option_id: str
    title: str
    status: StatusMark
    reason: Paragraph
    summary: Paragraph
    details: tuple[Paragraph, ...]


@dataclass(frozen=True)
class HadMark:
    """Whether the person marked a medicine (or a trial) as had, in words."""

    item_id: str
    label: str
    had: bool
    words: str | None
    """None when not had: only what the person marked is marked."""


@dataclass(frozen=True)
class MarkedGroup:
    """A drug group or a kind of trial: its title, what it is, whether it was had, and its medicines."""

    group_id: str
    title: str
    had: bool
    had_words: str | None
    """The group's own mark ("You have had a medicine in this group"); None when its medicines carry it."""
    explanation: Paragraph
    marks: tuple[HadMark, ...]
    see_also: Paragraph | None = None
    """A line pointing to another section (a trial item to the newer approvals of its kind)."""


@dataclass(frozen=True)
class WritingLines:
    """Ruled lines to write on by hand, under each of a few titles side by side (paper only: what
    the doctor said, the next steps)."""

    titles: tuple[str, ...]
    lines: int
    where: Where = Where.PAPER


Block = Paragraph | Bullets | Pairs | OptionEntry | MarkedGroup | WritingLines


@dataclass(frozen=True)
class Section:
    key: str
    """What the section is ("options", "drug_classes", ...), for renderings that lay one out apart."""
    heading: str
    level: int
    blocks: tuple[Block, ...]
    where: Where = Where.BOTH
    heading_where: Where = Where.BOTH
    """Where the heading shows: the results' own title is the screen's, paper has the guide's."""


@dataclass(frozen=True)
class Report:
    title: str
    sections: tuple[Section, ...]
    """In reading order on screen; levels 1 to 3 make the outline."""
    paper_first: tuple[str, ...] = ()
    """The keys of the sections that open the paper, in this order (the sheet for the appointment);
    every other section follows in reading order (the reference)."""

    def on(self, medium: Where) -> tuple[Section, ...]:
        shown = tuple(s for s in self.sections if s.where.on(medium))
        if medium is not Where.PAPER:
            return shown
        first = sorted(
            (s for s in shown if s.key in self.paper_first), key=lambda s: self.paper_first.index(s.key)
        )
        return (*first, *(s for s in shown if s.key not in self.paper_first))

    def reference_starts(self, section: Section) -> bool:
        """Whether ``section`` is the first of paper's reference part (after the sheet)."""
        rest = [s for s in self.on(Where.PAPER) if s.key not in self.paper_first]
        return bool(rest) and rest[0] is section

    def options(self) -> tuple[OptionEntry, ...]:
        return tuple(b for s in self.sections for b in s.blocks if isinstance(b, OptionEntry))

    def groups(self, key: str) -> tuple[MarkedGroup, ...]:
        return tuple(
            b for s in self.sections if s.key == key for b in s.blocks if isinstance(b, MarkedGroup)
        )
