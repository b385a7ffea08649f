"""Finding a fact's quotes in a folder of stored source files.

A quote counts as found when its words appear in its file in the same order, however the lines were
broken: runs of whitespace are one space, and typographic quotes, apostrophes and dashes count as
their plain forms (an editor may turn one into the other; the words are the same). Letters and
punctuation otherwise must match exactly. Standard library only: the app itself never needs this, so
it costs nothing at start.
"""

from __future__ import annotations

import re
from pathlib import Path

_PLAIN = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_WHITESPACE = re.compile(r"\s+")
# Stored source copies are a few tens of kilobytes; this refuses a runaway file named by mistake.
SOURCE_SIZE_LIMIT = 8 * 1024 * 1024


def folded(text: str) -> str:
    """``text`` with whitespace runs as one space and typographic quotes and dashes made plain."""
    return _WHITESPACE.sub(" ", text.translate(_PLAIN)).strip()


class SourceFolderError(Exception):
    """The source folder cannot be read at all; the message is one sentence."""


class SourceFolder:
    """The stored source files of one folder, each read (and folded) once, when first asked for."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise SourceFolderError(f"there is no source folder {folder}")
        self.folder = folder
        self._texts: dict[str, str | None] = {}

    def text(self, file: str) -> str | None:
        """The folded text of ``file``, or None when the folder has no such readable text file."""
        if file not in self._texts:
            self._texts[file] = self._read(file)
        return self._texts[file]

    def _read(self, file: str) -> str | None:
        path = self.folder / file
        # A file name, never a path: the content's file names are checked by the models, but a folder
        # handed to us is read only at its own level.
        if Path(file).name != file or not path.is_file():
            return None
        try:
            if path.stat().st_size > SOURCE_SIZE_LIMIT:
                return None
            return folded(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None

    def has(self, file: str, quote: str) -> bool:
        """Whether ``quote`` is found in ``file``, whitespace and typography folded."""
        text = self.text(file)
        return text is not None and folded(quote) in text
