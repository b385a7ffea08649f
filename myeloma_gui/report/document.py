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
    """An option's status: its words and a text symbol, so that nothing is told by colour alone."""

    key: str
    words: str
    symbol: str

    @property
    def text(self) -> str:
        return f"{self.symbol} {self.words}"


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
    words: str


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


Block = Paragraph | Bullets | Pairs | OptionEntry | MarkedGroup


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
    """In reading order; levels 1 to 3 make the outline."""

    def on(self, medium: Where) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.where.on(medium))

    def options(self) -> tuple[OptionEntry, ...]:
        return tuple(b for s in self.sections for b in s.blocks if isinstance(b, OptionEntry))

    def groups(self, key: str) -> tuple[MarkedGroup, ...]:
        return tuple(
            b for s in self.sections if s.key == key for b in s.blocks if isinstance(b, MarkedGroup)
        )
