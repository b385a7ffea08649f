"""Reading the words a window shows, and telling which came through the translation.

With the pseudo-translation installed every interface string is shown as [[string]]; words from the
content file are content. Whatever is left that has a letter in it is an untranslated word, and the
string literals of the package say which module it was written in.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from myeloma_gui.ui.results.report_widgets import spoken
from tests.tooltips import as_shown

CHECKOUT = Path(__file__).resolve().parents[2]
PACKAGE = CHECKOUT / "myeloma_gui"
TRANSLATED = re.compile(r"\[\[.*?\]\]", re.DOTALL)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
LETTER = re.compile(r"[^\W\d_]")
IDENTIFIER = re.compile(r"^[a-z0-9_]+$")
# Lower-case single words that are words (glossary terms), not identifiers.
WORD_KEYS = ("term", "other_forms")
# Where code joins a literal to other text: format fields, markup, line ends, a middle dot.
LITERAL_BREAKS = re.compile(r"\{[^{}]*\}|<[^<>]*>|\n|·")
# Where code joined something into a shown text: numbers, a middle dot, a line to write on.
LEFTOVER_BREAKS = re.compile(r"\d+|·|_{2,}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Shown:
    where: str
    """Which widget and which of its properties, for the failure message."""
    text: str


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _plain(label: QLabel) -> str:
    form = label.textFormat()
    rich = form == Qt.TextFormat.RichText or (
        form == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    text = label.text()
    if rich:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def widget_words(widget: QWidget) -> Iterator[Shown]:  # noqa: PLR0912 (one reading per kind of widget)
    """Every word one widget shows or gives to a screen reader (not text the person typed)."""
    where = _name(widget)
    if widget.isWindow():
        yield Shown(f"{where}.windowTitle", widget.windowTitle())
    if isinstance(widget, QLabel):
        yield Shown(f"{where}.text", _plain(widget))
    if isinstance(widget, QAbstractButton):
        yield Shown(f"{where}.text", widget.text())
    if isinstance(widget, QGroupBox):
        yield Shown(f"{where}.title", widget.title())
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield Shown(f"{where}.placeholderText", widget.placeholderText())
    if isinstance(widget, QTextEdit):
        yield Shown(f"{where}.placeholderText", widget.placeholderText())
        if widget.isReadOnly():  # a document the app wrote, not the person's own text
            yield Shown(f"{where}.document", widget.toPlainText())
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield Shown(f"{where}.tabText[{index}]", widget.tabText(index))
            yield Shown(f"{where}.tabToolTip[{index}]", widget.tabToolTip(index))
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield Shown(f"{where}.item[{index}]", widget.itemText(index))
    if isinstance(widget, QFileDialog):
        for index, name in enumerate(widget.nameFilters()):
            yield Shown(f"{where}.nameFilters[{index}]", re.sub(r" \([^()]*\)$", "", name))
    menus = [widget] if isinstance(widget, QMenu) else []
    if isinstance(widget, QAbstractButton) and hasattr(widget, "menu") and widget.menu() is not None:
        menus.append(widget.menu())
    for menu in menus:
        for action in menu.actions():
            if not action.isSeparator() and action.isVisible():
                yield Shown(f"{_name(menu)}.action.text", action.text())
                if action.toolTip() != action.text().replace("&", ""):  # Qt's default tooltip is the text
                    yield Shown(f"{_name(menu)}.action.toolTip", action.toolTip())
    yield Shown(f"{where}.toolTip", as_shown(widget.toolTip()))
    yield Shown(f"{where}.accessibleName", widget.accessibleName())
    yield Shown(f"{where}.accessibleDescription", widget.accessibleDescription())


def window_words(window: QWidget, *, only_visible: bool = True) -> list[Shown]:
    """The words of a window and of everything in it that is shown (or, for a dialog read before
    it opens, everything in it)."""
    widgets = [window, *window.findChildren(QWidget)]
    shown = [w for w in widgets if not only_visible or w.isVisible()]
    return [s for w in shown for s in widget_words(w) if s.text.strip()]


def content_templates(content_file: Path) -> list[re.Pattern[str]]:
    """The content file's sentences with {placeholders}, as patterns of the filled-in sentence."""
    found: list[re.Pattern[str]] = []
    for value in _all_strings(json.loads(content_file.read_text(encoding="utf-8"))):
        parts = PLACEHOLDER.split(value)
        if len(parts) < 2 or not any(LETTER.search(part) for part in parts):
            continue
        # A filled-in value ends where the template's next words start; the last one runs as far along
        # its line as the template allows (an address has colons too). What was filled in is read
        # again (Untranslated.leftovers): it too must be content or translated.
        fields = ["([^\\n]+?)"] * (len(parts) - 2) + ["([^\\n]+)"]
        filled = zip(fields, parts[1:], strict=True)
        pattern = re.escape(parts[0]) + "".join(field + re.escape(part) for field, part in filled)
        found.append(re.compile(pattern))
    return found


def _all_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _all_strings(item)


def content_strings(content_file: Path) -> list[str]:
    """Every string of the content file, cut at its {placeholders}, and each of its sentences (a
    screen may show one sentence of a paragraph): each piece is content. Identifiers are not words."""
    found: set[str] = set()

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, str) and (key in WORD_KEYS or not IDENTIFIER.match(value)):
            for piece in PLACEHOLDER.split(value):
                for part in [piece, *SENTENCE_END.split(piece)]:
                    # Spoken without its symbols too (a screen reader hears "You had this", not "✓").
                    found.update((_words(part), _words(spoken(part))))
        elif isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)

    walk(json.loads(content_file.read_text(encoding="utf-8")))
    # Short joining words left between placeholders ("{a} of {b}") would hide the same word in ours.
    joining = re.compile(r"^[a-z]{1,3}$")
    return sorted(
        (piece for piece in found if LETTER.search(piece) and not joining.match(piece)), key=len, reverse=True
    )


def _words(text: str) -> str:
    return text.strip(" .,:;()\n")


class Untranslated:
    """Finds the words in a text that neither came through the translation nor from the content."""

    def __init__(self, content: Iterable[str], templates: Iterable[re.Pattern[str]] = ()) -> None:
        self._templates = list(templates)
        # A piece is content only as whole words: "no" must not hide the "no" of "Your notes".
        pieces = "|".join(
            ("(?<!\\w)" if piece[0].isalnum() else "")
            + re.escape(piece)
            + ("(?!\\w)" if piece[-1].isalnum() else "")
            for piece in content
        )
        self._content = re.compile(pieces)

    def leftovers(self, text: str) -> list[str]:
        # Zero-width spaces (where a long web address may break) are not words.
        rest = TRANSLATED.sub("\n", text.replace("\u200b", ""))
        for template in self._templates:
            rest = template.sub(lambda filled: "\n" + "\n".join(filled.groups()) + "\n", rest)
        rest = self._content.sub("\n", rest)
        return [line.strip() for line in rest.splitlines() if LETTER.search(line)]


def literals_by_module() -> dict[str, set[str]]:
    """The pieces of the string literals written in each module of the package: cut at format fields
    and line ends, accelerators (&) taken out."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        translated = {
            id(argument)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _called(node) == "translate"
            for argument in ast.walk(node)
        }
        docstrings = {
            id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
        }
        found[module] = {
            _words(" ".join(piece.split()))
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in translated and id(node) not in docstrings
            for piece in LITERAL_BREAKS.split(node.value.replace("&", ""))
        }
    return found


def _called(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def written_in(leftover: str, literals: dict[str, set[str]]) -> list[set[str]]:
    """For each piece of the leftover text (between the numbers, dates and names code joins in), the
    modules with a string literal holding it."""
    plain = " ".join(leftover.replace("&", "").split())
    pieces = [_words(piece) for piece in LEFTOVER_BREAKS.split(plain)]
    return [
        {module for module, strings in literals.items() if _within(piece, strings)}
        for piece in pieces
        if LETTER.search(piece)
    ]


def _within(piece: str, strings: set[str]) -> bool:
    """The piece is one piece of a literal, or (content having cut a sentence) its words are part of one."""
    if piece in strings:
        return True
    words = re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)", re.IGNORECASE)
    return " " in piece and any(words.search(string) for string in strings)


def ts_messages(ts_file: Path) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, from a Qt .ts file."""
    root = ElementTree.parse(ts_file).getroot()  # noqa: S314 (our own file)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""):
            message.findtext("translation") or ""
        for context in root.iter("context")
        for message in context.iter("message")
    }


def template_messages() -> list[tuple[str, str]]:
    """Every interface string in the translation source, as (context, English text)."""
    from myeloma_gui.resources import TRANSLATION_TEMPLATE

    return list(ts_messages(CHECKOUT / "resources" / TRANSLATION_TEMPLATE))
