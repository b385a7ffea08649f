"""The pieces the results screen is built from: headings, paragraphs and links a screen reader knows.

Headings and paragraphs are plain-text labels that Tab passes by; links (related topics, web
addresses, glossary words) are the only stops. All text is shown as plain text: nothing from the
content file or the person's notes is ever read as markup.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from myeloma_gui.ui.basics import accessible_roles, text
from myeloma_gui.ui.basics.links import focused_link_colours
from myeloma_gui.ui.basics.words import translate

# Headings keep a size relative to the text size the person chose, a little less at each level.
HEADING_SCALES = {1: 1.35, 2: 1.2, 3: 1.05}
ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


BULLET = "•"


def spoken(words: str) -> str:
    """``words`` without the symbols that only the eye needs (bullets, status circles, check marks),
    which a screen reader would read out as "black circle" or "check mark": the words carry the same."""
    kept = "".join(c for c in words if c != BULLET and unicodedata.category(c) != "So")
    return " ".join(kept.split())


def _plain_label(label: QLabel, words: str, name: str | None = None) -> None:
    """Plain ``words``, named ``name`` for a screen reader (the words themselves when None). The name
    is set first: a label with a name of its own does not announce its new text as a new name as
    well, so each part changes its name once, not twice."""
    label.setAccessibleName(words if name is None else name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(words)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.Text)


class ReportHeading(QLabel):
    """A heading with its level: spoken as a heading, skipped by Tab."""

    accessible_role = "heading"

    def __init__(self, words: str, level: int, parent: QWidget | None = None) -> None:
        accessible_roles.install()
        super().__init__(parent)
        # Qt's bridge has no way to give a widget's heading a level from Python: it is said here.
        self.setAccessibleDescription(translate("ReportHeading", "Level {level}").format(level=level))
        _plain_label(self, words)
        self.level = level
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        text.set_relative_font(self, HEADING_SCALES.get(level, 1.0), bold=True)

    def set_words(self, words: str) -> None:
        _plain_label(self, words)


class ReportText(QLabel):
    """A paragraph (or a list item): read-only text, selectable with the mouse, skipped by Tab and
    reached with the reading keys (see reading_keys)."""

    def __init__(
        self, words: str, *, strong: bool = False, name: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        _plain_label(self, words, spoken(words) if name is None else name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if strong:
            text.set_relative_font(self, 1.0, bold=True)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt's name)
        # Selectable with the mouse from the moment the pointer is over it: a selectable label
        # carries a text document of its own, which the other hundred paragraphs need not.
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        super().enterEvent(event)

    def set_words(self, words: str) -> None:
        _plain_label(self, words, spoken(words))


class ReportList(ReportText):
    """A list (questions to ask, the medicines of a group, ...): one part, one object for a screen
    reader, which says its items one after another, each ending with a stop."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        shown = "\n".join(f"{BULLET} {line}" for line in lines)
        said = " ".join(_as_sentence(spoken(line)) for line in lines)
        super().__init__(shown, name=said, parent=parent)
        self.lines = tuple(lines)


def _as_sentence(words: str) -> str:
    """Ends with a stop, so that a screen reader pauses between the items of a list."""
    return words if words.endswith((".", "?", "!", ":")) else f"{words}."


class ReportLink(QLabel):
    """A link: a related topic, a web address, or a glossary word. Tab reaches it; Enter, Space or a
    click follows it. Its accessible name says where it goes; a glossary word's description is its
    explanation, which a screen reader says after the name."""

    accessible_role = "link"
    activated = Signal()
    focused = Signal()
    pointed_at = Signal()

    def __init__(
        self, words: str, name: str, target: str, description: str = "", parent: QWidget | None = None
    ) -> None:
        accessible_roles.install()
        super().__init__(parent)
        self.target = target
        """Where it goes: "topic:<id>", "glossary:<id>" or a web address."""
        # A web address may break after each "/" (a zero-width space there): at a large text size
        # on a small screen it is wider than the window. Its name stays the address itself.
        _plain_label(self, words.replace("/", "/\u200b") if words.startswith("https://") else words, name)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Underlined, as links are. A font with only the underline set: its size and family still
        # come from the text size the person chose, now and when it changes.
        underlined = QFont()
        underlined.setUnderline(True)
        self.setFont(underlined)
        self.setAccessibleDescription(description)
        if description:
            self.setToolTip(text.tooltip(description))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """On one line, as long as the words: a wrapping label's own hint is narrower than its text
        (Qt aims at a pleasing shape), and a short link would break in two with room to spare. Only
        a link longer than its row wraps (see wrapping_row)."""
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 1
        return QSize(width, self.heightForWidth(width))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in ACTIVATE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self.pointed_at.emit()
        super().enterEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        # Shown like selected text, so the place Tab reached can be seen from across the room.
        palette = self.palette()
        background, words = focused_link_colours(QPalette(self.window().palette()))
        palette.setColor(self.backgroundRole(), background)  # the document's, inherited
        palette.setColor(QPalette.ColorRole.Link, words)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        super().focusInEvent(event)
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.setAutoFillBackground(False)
        self.setPalette(QPalette())
        super().focusOutEvent(event)
