"""A related topic, shown inside the app: its summary and the full page's address.

It works with no internet; the address opens in the browser only when the person asks. It opens on
its title, a heading, and reads like the results: Down goes on part by part (see reading_keys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from myeloma_gui.content.models import Topic
from myeloma_gui.ui.basics import links
from myeloma_gui.ui.basics.scrolling import scroll_area
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.results.reading_keys import ReadingColumn, say_how_to_read
from myeloma_gui.ui.results.report_widgets import ReportHeading, ReportText


class TopicView(QWidget):
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("topic_view")
        self.topic: Topic | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.column = ReadingColumn()
        outer.addWidget(scroll_area(self.column))  # a long summary, or large text, scrolls
        layout = QVBoxLayout(self.column)
        self.back_button = QPushButton(translate("TopicView", "< Back to your results"))
        self.back_button.setObjectName("topic_back")
        self.back_button.setAccessibleName(translate("TopicView", "Back to your results"))
        # Enter right after opening a topic (say, the Enter that opened it, pressed again) must not
        # close it again: these buttons take Space or a click, as everywhere on the results page.
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        _on_a_row_of_its_own(self.back_button, layout)
        self.title = ReportHeading("", 1)  # a heading to a screen reader too
        self.title.setObjectName("topic_title")
        say_how_to_read(self.title)
        layout.addWidget(self.title)
        self.summary = QVBoxLayout()  # a paragraph each, so that Down reads them one by one
        layout.addLayout(self.summary)
        self.address = ReportText("")
        self.address.setObjectName("topic_address")
        layout.addWidget(self.address)
        self.open_button = QPushButton(translate("TopicView", "Open the full page in your browser"))
        self.open_button.setObjectName("topic_open_in_browser")
        self.open_button.setAccessibleDescription(translate("TopicView", "Needs an internet connection."))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_in_browser)
        _on_a_row_of_its_own(self.open_button, layout)
        self.browser_message = ReportText("")
        layout.addWidget(self.browser_message)
        layout.addStretch(1)

    def show_topic(self, topic: Topic) -> None:
        self.topic = topic
        self.title.set_words(topic.title.text)
        while (item := self.summary.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()  # the next topic's paragraphs take its place at once
        for paragraph in topic.summary:
            self.summary.addWidget(ReportText(paragraph.text))
        where = translate("TopicView", "The full page, with more detail, is at:\n{address}")
        self.address.set_words(where.format(address=topic.url))
        QWidget.setTabOrder(self.column.chain_after(self.back_button), self.open_button)
        self.browser_message.set_words("")
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_in_browser(self) -> None:
        if self.topic is None:
            return
        if not links.open_in_browser(self.topic.url):
            self.browser_message.set_words(translate(
                "TopicView",
                "The browser could not be opened. You can type the address above into any browser.",
            ))


def _on_a_row_of_its_own(button: QPushButton, column: QVBoxLayout) -> None:
    """At the left, as wide as its words (a button stretched across the page reads as a bar)."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    column.addLayout(row)
