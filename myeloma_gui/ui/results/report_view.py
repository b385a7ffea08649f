"""The results screen: the report's screen parts as one scrolling column of headings, paragraphs and
links, in reading order, so a screen reader meets them as they read.

It decides no words and no order: the report does. Here each kind of block gets its screen form.
The column looks like one calm document (the page's base colour, no frames); the part the keyboard
reaches is always scrolled into view (see reading_keys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from myeloma_gui.report.document import (
    Bullets,
    GlossaryWord,
    MarkedGroup,
    OptionEntry,
    Pairs,
    Paragraph,
    Report,
    Section,
    TopicLink,
    WebLink,
    Where,
)
from myeloma_gui.ui.basics.scrolling import give_own_viewport
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.basics.wrapping_row import FlowLayout
from myeloma_gui.ui.results.last_input import LastInput
from myeloma_gui.ui.results.reading_keys import ReadingColumn, say_how_to_read
from myeloma_gui.ui.results.report_widgets import ReportHeading, ReportLink, ReportList, ReportText

# Room around the column and between its parts, in pixels: a document's, not a form's.
MARGIN = 12
SPACING = 6
INDENT = 18
SECTION_GAP = 10


class ReportView(QScrollArea):
    """Shows a report. ``topic_requested`` (topic id) and ``address_requested`` (a web address) ask the
    page to open them; ``word_explained`` carries "word: explanation" when a glossary word is reached
    or pointed at, with ``True`` when the pointer did it."""

    topic_requested = Signal(str)
    address_requested = Signal(str)
    word_explained = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_own_viewport(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A click lets the arrow and page keys scroll it; Tab goes to the parts inside (see
        # reading_keys), never to the scrolling area itself, which has nothing to say.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.links: list[ReportLink] = []
        self.last_input = LastInput()
        self.opened_from: ReportLink | None = None
        """The link that opened the topic on view, to take the focus back to."""
        self._body: ReadingColumn | None = None
        self._bulleted: list[QWidget] = []
        """The list items being built that the column marks with a bullet (see ReadingColumn)."""

    def show_report(self, report: Report) -> None:
        self.links = []
        self.opened_from = None
        body = ReadingColumn()
        body.keys_used.connect(self.last_input.keyboard_used)
        self._bulleted = body.bulleted
        body.setBackgroundRole(QPalette.ColorRole.Base)
        body.setAutoFillBackground(True)
        column = QVBoxLayout(body)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(SPACING)
        for section in report.on(Where.SCREEN):
            self._section(section, column)
        column.addStretch(1)
        first = next(iter(body.parts()), None)
        if isinstance(first, ReportHeading):
            say_how_to_read(first)
        self._body = body
        # Put in place once the wizard has finished changing pages: while it changes them it hides
        # and shows the page several times, and each time every heading, paragraph and link would
        # tell the screen reader so (about a thousand events, which kept Orca silent for seconds).
        QTimer.singleShot(0, lambda: self._put_in_place(body))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """The arrow and page keys that scroll the results (the reading keys are the column's)."""
        self.last_input.keyboard_used()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        self.last_input.pointer_used()
        super().wheelEvent(event)

    def lay_out_ahead(self) -> None:
        """While the page is not on view (the person reads the review page): puts the new report in
        place and does the work its first showing would do (styling every widget, fitting the text to
        the width), so that showing it is quick."""
        body = self._body
        if body is None:
            return
        self._put_in_place(body)
        body.ensurePolished()
        width = self.viewport().width()
        if width > 0:
            layout = body.layout()
            body.resize(width, layout.heightForWidth(width) if layout is not None else body.height())

    def _put_in_place(self, body: ReadingColumn) -> None:
        if body is self._body and self.widget() is not body:
            self.setWidget(body)  # the earlier column goes with its widgets
            body.chain_after(self)

    def first_part(self) -> QLabel | None:
        """The results' first heading, in place: where the keyboard (and a screen reader) starts."""
        if self._body is None:
            return None
        self._put_in_place(self._body)
        return next(iter(self._body.parts()), None)

    def parts(self) -> list[QLabel]:
        """What the reading keys stop on, in order (see reading_keys)."""
        return self._body.parts() if self._body is not None else []

    def reading_order(self) -> list[QLabel]:
        """Every heading, paragraph and link, top to bottom."""
        if self._body is None:
            return []
        kinds = (ReportHeading, ReportText, ReportLink)
        return [w for w in self._body.findChildren(QLabel) if isinstance(w, kinds)]

    def toPlainText(self) -> str:  # noqa: N802 (named like a text view's, which this replaced)
        """The text shown, one widget's text per line, in reading order."""
        return "\n".join(w.text().replace("\u200b", "") for w in self.reading_order())

    def _section(self, section: Section, column: QVBoxLayout) -> None:
        if section.heading_where.on(Where.SCREEN):
            if column.count():
                column.addSpacing(SECTION_GAP)
            column.addWidget(ReportHeading(section.heading, section.level))
        for block in section.blocks:
            if isinstance(block, OptionEntry):
                self._option(block, section.level + 1, column)
            elif isinstance(block, MarkedGroup):
                self._group(block, section.level + 1, column)
            elif not block.where.on(Where.SCREEN):
                continue
            elif isinstance(block, Paragraph):
                self._paragraph(block, column)
            elif isinstance(block, Bullets):
                self._list([item for item in block.items if item.where.on(Where.SCREEN)], column)
            elif isinstance(block, Pairs):  # ruled lines to write on are paper's alone
                lines = [f"{pair.label}: {pair.value}" for pair in block.rows]
                column.addWidget(_indented(ReportList(lines)))

    def _option(self, entry: OptionEntry, level: int, column: QVBoxLayout) -> None:
        column.addWidget(ReportHeading(entry.title, level))
        column.addWidget(ReportText(f"{entry.status.text}.", strong=True))
        self._paragraph(entry.reason, column)
        self._paragraph(entry.summary, column)
        self._list(list(entry.details), column)

    def _group(self, group: MarkedGroup, level: int, column: QVBoxLayout) -> None:
        column.addWidget(ReportHeading(group.title, level))
        if group.had_words:
            column.addWidget(ReportText(group.had_words, strong=True))
        if group.explanation.where.on(Where.SCREEN):
            self._paragraph(group.explanation, column)
        if group.marks:
            # Only what the person marked is marked.
            lines = [f"{mark.label}: {mark.words}" if mark.words else mark.label for mark in group.marks]
            column.addWidget(_indented(ReportList(lines)))
        if group.see_also is not None:
            self._paragraph(group.see_also, column)

    def _list(self, items: list[Paragraph], column: QVBoxLayout) -> None:
        """A list is one part, read whole (one object for a screen reader, not one per line), with the
        glossary words of all its items after it; a list of links keeps each link a part of its own."""
        if not items:
            return
        if any(_has_links(item) for item in items):
            for item in items:
                self._paragraph(item, column, bullet=True)
            return
        column.addWidget(_indented(ReportList([item.text for item in items])))
        self._glossary_words([p for item in items for p in item.parts if isinstance(p, GlossaryWord)], column)

    def _paragraph(self, paragraph: Paragraph, column: QVBoxLayout, *, bullet: bool = False) -> None:
        """Words as one label; topics and addresses as links in the line; glossary words as links
        just under the paragraph, where Tab meets them in reading order."""
        if _has_links(paragraph):
            # In a layout of its own, not a widget: no empty container for a screen reader to pass.
            flow = FlowLayout(spacing=0)
            pieces: list[QLabel] = []
            for part in paragraph.parts:
                if isinstance(part, TopicLink):
                    pieces.append(self._link(part.text, part.name, f"topic:{part.topic_id}"))
                elif isinstance(part, WebLink):
                    pieces.append(self._link(part.url, part.url, part.url))
                elif part.text.strip():
                    pieces.append(ReportText(part.text.rstrip() + " "))
            for piece in pieces:
                flow.addWidget(piece)
            if bullet and pieces:
                flow.setContentsMargins(INDENT, 0, 0, 0)
                self._bulleted.append(pieces[0])
            column.addLayout(flow)
            return
        label = ReportText(paragraph.text, strong=paragraph.strong)
        column.addWidget(_indented(label) if bullet else label)
        if bullet:
            self._bulleted.append(label)
        self._glossary_words([p for p in paragraph.parts if isinstance(p, GlossaryWord)], column)

    def _glossary_words(self, words: list[GlossaryWord], column: QVBoxLayout) -> None:
        """"What “stable” means" links, in a row under the text that uses the words."""
        if not words:
            return
        flow = FlowLayout(spacing=SPACING * 2)
        flow.setContentsMargins(INDENT, 0, 0, 0)
        for word in words:
            said = translate("ReportView", "What “{word}” means").format(word=word.text)
            link = self._link(said, said, f"glossary:{word.term_id}", word.explanation)
            explained = f"{word.term}: {word.explanation}"
            link.focused.connect(lambda e=explained: self.word_explained.emit(e, False))
            link.pointed_at.connect(lambda e=explained: self.word_explained.emit(e, True))
            link.activated.connect(lambda e=explained: self.word_explained.emit(e, False))
            flow.addWidget(link)
        column.addLayout(flow)

    def _link(self, words: str, name: str, target: str, description: str = "") -> ReportLink:
        link = ReportLink(words, name, target, description)
        if target.startswith("topic:"):
            link.activated.connect(lambda: self._open_topic(link, target.removeprefix("topic:")))
        elif not target.startswith("glossary:"):
            link.activated.connect(lambda: self.address_requested.emit(target))
        self.links.append(link)
        return link

    def _open_topic(self, link: ReportLink, topic: str) -> None:
        self.opened_from = link
        self.topic_requested.emit(topic)



def _has_links(paragraph: Paragraph) -> bool:
    return any(isinstance(p, (TopicLink, WebLink)) for p in paragraph.parts)


def _indented(widget: QWidget) -> QWidget:
    """A list item or a row of links, set in from the text: by its own margin, so that no empty
    container adds to what a screen reader has to go through."""
    widget.setContentsMargins(INDENT, 0, 0, 0)
    return widget
