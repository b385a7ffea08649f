"""A related topic, shown inside the app: its summary and the full page's address.

It works with no internet; the address opens in the browser only when the person asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from myeloma_gui.content.models import Topic
from myeloma_gui.ui.basics import links, text
from myeloma_gui.ui.basics.scrolling import scrolling_column
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.results.report_widgets import ReportHeading


class TopicView(QWidget):
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("topic_view")
        self.topic: Topic | None = None
        layout = scrolling_column(self)  # a long summary, or large text, scrolls
        self.back_button = QPushButton(translate("TopicView", "< Back to your results"))
        self.back_button.setObjectName("topic_back")
        # Enter right after opening a topic (say, the Enter that opened it, pressed again) must not
        # close it again: these buttons take Space or a click, as everywhere on the results page.
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.title = ReportHeading("", 1)  # a heading to a screen reader too
        self.title.setObjectName("topic_title")
        layout.addWidget(self.title)
        self.summary = text.paragraph("")
        self.summary.setObjectName("topic_summary")
        layout.addWidget(self.summary)
        self.address = text.paragraph("")
        self.address.setObjectName("topic_address")
        layout.addWidget(self.address)
        self.open_button = QPushButton(translate("TopicView", "Open the full page in your browser"))
        self.open_button.setObjectName("topic_open_in_browser")
        self.open_button.setAccessibleDescription(translate("TopicView", "Needs an internet connection."))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_in_browser)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.browser_message = QLabel()
        self.browser_message.setTextFormat(Qt.TextFormat.PlainText)
        self.browser_message.setWordWrap(True)
        layout.addWidget(self.browser_message)
        layout.addStretch(1)

    def show_topic(self, topic: Topic) -> None:
        self.topic = topic
        self.title.setText(topic.title)
        self.title.setAccessibleName(topic.title)
        self.summary.setText("\n\n".join(topic.summary))
        where = translate("TopicView", "The full page, with more detail, is at:\n{address}")
        self.address.setText(where.format(address=topic.url))
        self.browser_message.clear()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_in_browser(self) -> None:
        if self.topic is None:
            return
        if not links.open_in_browser(self.topic.url):
            self.browser_message.setText(translate(
                "TopicView",
                "The browser could not be opened. You can type the address above into any browser.",
            ))
