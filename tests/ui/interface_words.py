"""Reading the words a window shows, and telling which came through the translation.

With the pseudo-translation installed every interface string is shown as [[string]]; with the
pseudo-content (``write_pseudo_content``) every string of the content file a person sees is shown as
«string». Whatever is left that has a letter in it (and is not a glossary term or a web address, which
stay as they are) is an untranslated word, and the string literals of the package say which module it
was written in.
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


CONTENT_OPENS, CONTENT_CLOSES = "«", "»"
CONTENT_MARKED = re.compile(f"{CONTENT_OPENS}[^{CONTENT_OPENS}{CONTENT_CLOSES}]*(?:{CONTENT_CLOSES}|$)")
"""A marked piece of content; one cut short (the first sentence of a paragraph, say) runs to the end."""
NEVER_SHOWN = ("file", "quote")
"""Keys whose values are never shown: where a fact's words come from (a source file, its exact words)."""
# Glossary terms stay as they are: the guide finds them in the content's sentences, as words.
UNMARKED_WORDS = WORD_KEYS
ADDRESS = re.compile(r"https?://\S+")


def pseudo_content(raw: object, key: str = "") -> object:
    """The content file's tree with every string a person may see or hear marked as content: each
    piece between {places} wrapped in « and », so that a word shown unmarked and untranslated is
    an interface word, whatever the content says. Never marked: ids, web addresses, dates and versions
    (no letter), a fact's source file and quote, the glossary's terms, and the {places} themselves,
    so that what the code fills in is read again."""
    if isinstance(raw, dict):
        return {name: pseudo_content(value, name) for name, value in raw.items()}
    if isinstance(raw, list):
        return [pseudo_content(value, key) for value in raw]
    if not isinstance(raw, str) or not _shown(raw, key):
        return raw
    assert not {CONTENT_OPENS, CONTENT_CLOSES} & set(raw), f"a content marker in {raw!r}"
    pieces = re.split(f"({PLACEHOLDER.pattern})", raw)
    return "".join(
        f"{CONTENT_OPENS}{piece}{CONTENT_CLOSES}" if LETTER.search(piece) and not PLACEHOLDER.fullmatch(piece)
        else piece
        for piece in pieces
    )


def _shown(value: str, key: str) -> bool:
    if key.startswith("$") or key in NEVER_SHOWN or key in UNMARKED_WORDS:
        return False
    return bool(LETTER.search(value)) and not IDENTIFIER.match(value) and not ADDRESS.fullmatch(value)


def unmarked_words(raw: object, key: str = "") -> Iterator[str]:
    """The content's words that ``pseudo_content`` leaves as they are: the glossary's terms and the
    web addresses (the app checks where an address goes, so it stays one)."""
    if isinstance(raw, dict):
        for name, value in raw.items():
            yield from unmarked_words(value, name)
    elif isinstance(raw, list):
        for value in raw:
            yield from unmarked_words(value, key)
    elif isinstance(raw, str) and (key in UNMARKED_WORDS or ADDRESS.fullmatch(raw)):
        yield raw


def write_pseudo_content(content_file: Path, folder: Path) -> tuple[Path, list[str]]:
    """A copy of the content file with its shown strings marked (in ``folder``), and its words left
    unmarked."""
    raw = json.loads(content_file.read_text(encoding="utf-8"))
    marked = folder / "pseudo-content.json"
    marked.write_text(json.dumps(pseudo_content(raw), ensure_ascii=False), encoding="utf-8")
    return marked, sorted(set(unmarked_words(raw)), key=len, reverse=True)


def _words(text: str) -> str:
    return text.strip(" .,:;()\n")


class Untranslated:
    """Finds the words in a text that neither came through the translation nor from the content
    (marked by ``pseudo_content``, or one of its unmarked ``words``)."""

    def __init__(self, words: Iterable[str]) -> None:
        # A word is content only as a whole word: "no" must not hide the "no" of "Your notes".
        pieces = "|".join(
            ("(?<!\\w)" if piece[0].isalnum() else "")
            + re.escape(piece)
            + ("(?!\\w)" if piece[-1].isalnum() else "")
            for piece in words
        )
        self._content = re.compile(pieces or "(?!)")

    def leftovers(self, text: str) -> list[str]:
        # Zero-width spaces (where a long web address may break) are not words.
        rest = TRANSLATED.sub("\n", text.replace("\u200b", ""))
        rest = CONTENT_MARKED.sub("\n", rest)
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
