"""The results screen: the report's screen parts as one scrolling column of headings, paragraphs and
links, in reading order, so a screen reader meets them as they read.

It decides no words and no order: the report does. Here each kind of block gets its screen form.
The column looks like one calm document (the page's base colour, no frames); the part the keyboard
reaches is always scrolled into view (see reading_keys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from myeloma_gui.report.document import (
    Bullets,
    GlossaryWord,
    MarkedGroup,
    OptionEntry,
    Paragraph,
    Report,
    Section,
    TopicLink,
    WebLink,
    Where,
)
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.basics.wrapping_row import FlowLayout
from myeloma_gui.ui.results.reading_keys import ReadingColumn, say_how_to_read
from myeloma_gui.ui.results.report_widgets import BULLET, ReportHeading, ReportLink, ReportText

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
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A click lets the arrow and page keys scroll it; Tab goes to the parts inside (see
        # reading_keys), never to the scrolling area itself, which has nothing to say.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.links: list[ReportLink] = []
        self.opened_from: ReportLink | None = None
        """The link that opened the topic on view, to take the focus back to."""
        self._body: ReadingColumn | None = None

    def show_report(self, report: Report) -> None:
        self.links = []
        self.opened_from = None
        body = ReadingColumn()
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
                for item in (i for i in block.items if i.where.on(Where.SCREEN)):
                    self._paragraph(item, column, bullet=True)
            else:
                for pair in block.rows:
                    column.addWidget(_indented(ReportText(f"{BULLET} {pair.label}: {pair.value}")))

    def _option(self, entry: OptionEntry, level: int, column: QVBoxLayout) -> None:
        column.addWidget(ReportHeading(entry.title, level))
        column.addWidget(ReportText(f"{entry.status.text}.", strong=True))
        self._paragraph(entry.reason, column)
        self._paragraph(entry.summary, column)
        for detail in entry.details:
            self._paragraph(detail, column, bullet=True)

    def _group(self, group: MarkedGroup, level: int, column: QVBoxLayout) -> None:
        column.addWidget(ReportHeading(group.title, level))
        if group.had_words:
            column.addWidget(ReportText(group.had_words, strong=True))
        if group.explanation.where.on(Where.SCREEN):
            self._paragraph(group.explanation, column)
        for mark in group.marks:
            line = ReportText(f"{BULLET} {mark.label}: {mark.words}", strong=mark.had)
            column.addWidget(_indented(line))

    def _paragraph(self, paragraph: Paragraph, column: QVBoxLayout, *, bullet: bool = False) -> None:
        """Words as one label; topics and addresses as links in the line; glossary words as links
        just under the paragraph, where Tab meets them in reading order."""
        has_links = any(isinstance(p, (TopicLink, WebLink)) for p in paragraph.parts)
        if has_links:
            row = QWidget()
            flow = FlowLayout(row, spacing=0)
            if bullet:
                flow.addWidget(ReportText(f"{BULLET} "))
            for part in paragraph.parts:
                if isinstance(part, TopicLink):
                    flow.addWidget(self._link(part.text, part.name, f"topic:{part.topic_id}"))
                elif isinstance(part, WebLink):
                    flow.addWidget(self._link(part.url, part.url, part.url))
                elif part.text.strip():
                    flow.addWidget(ReportText(part.text.rstrip() + " "))
            column.addWidget(_indented(row) if bullet else row)
            return
        words = paragraph.text if not bullet else f"{BULLET} {paragraph.text}"
        label = ReportText(words, strong=paragraph.strong)
        column.addWidget(_indented(label) if bullet else label)
        glossary = [p for p in paragraph.parts if isinstance(p, GlossaryWord)]
        if glossary:
            row = QWidget()
            flow = FlowLayout(row, spacing=SPACING * 2)
            for word in glossary:
                said = translate("ReportView", "What “{word}” means").format(word=word.text)
                link = self._link(said, said, f"glossary:{word.term_id}", word.explanation)
                explained = f"{word.term}: {word.explanation}"
                link.focused.connect(lambda e=explained: self.word_explained.emit(e, False))
                link.pointed_at.connect(lambda e=explained: self.word_explained.emit(e, True))
                link.activated.connect(lambda e=explained: self.word_explained.emit(e, False))
                flow.addWidget(link)
            column.addWidget(_indented(row))

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



def _indented(widget: QWidget) -> QWidget:
    """A list item or a row of links, set in from the text: by its own margin, so that no empty
    container adds to what a screen reader has to go through."""
    widget.setContentsMargins(INDENT, 0, 0, 0)
    return widget
