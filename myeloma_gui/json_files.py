"""Reading a JSON file that a person hands us (a content file, an answers file) without ever hanging,
running out of memory or crashing on it.

Whatever the path names, a device such as ``/dev/zero``, a pipe that nobody writes to, a folder, a
file far larger than any of ours, JSON nested ten thousand deep or a number with thousands of digits,
the answer is one plain sentence (``UnreadableJsonError``), never a hang or a traceback.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

MEGABYTE = 1024 * 1024
# Opening without blocking: a pipe with no writer would otherwise wait forever. (Windows has no such
# flags, and no such files.)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
# How much of a bad value a message quotes: enough to recognise it, never a megabyte on one line.
QUOTE_LIMIT = 60


class UnreadableJsonError(Exception):
    """The file cannot be read as JSON; the message is one sentence for a person to read."""


def read_json_file(path: Path, *, limit: int) -> Any:
    """The parsed JSON in ``path``, which must be a regular file of at most ``limit`` bytes."""
    return parse_json(read_text_file(path, limit=limit))


def read_text_file(path: Path, *, limit: int) -> str:
    """The UTF-8 text of ``path`` (a byte-order mark from Windows editors is dropped)."""
    data = _read_regular_file(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableJsonError(f"The file is not text: byte {error.start} is not UTF-8.") from None


def parse_json(text: str) -> Any:
    if not text.strip():
        raise UnreadableJsonError("The file is empty.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableJsonError(
            f"The file is damaged or not ours: it is not valid JSON ({error.msg}, line {error.lineno}, "
            f"column {error.colno})."
        ) from None
    except RecursionError:
        raise UnreadableJsonError(
            "The file is damaged or not ours: its JSON is nested far too deeply."
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise UnreadableJsonError(
            "The file is damaged or not ours: it holds a number far too long to read."
        ) from None


def shortened(text: str, limit: int) -> str:
    """``text``, cut to ``limit`` characters with "…" at the cut when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(value: object) -> str:
    """A value as a message quotes it: its repr, shortened to about ``QUOTE_LIMIT`` characters."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):
        text = f"<{type(value).__name__}>"
    return shortened(text, QUOTE_LIMIT)


def _read_regular_file(path: Path, limit: int) -> bytes:
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise UnreadableJsonError("There is no such file.") from None
    except IsADirectoryError:  # on some systems; Linux opens a folder and fstat tells below
        raise UnreadableJsonError("This is a folder, not a file.") from None
    except OSError as error:
        raise UnreadableJsonError(f"The file cannot be read: {error.strerror}.") from None
    try:
        status = os.fstat(descriptor)
        mode = status.st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableJsonError("This is a folder, not a file.")
        if not stat.S_ISREG(mode):
            raise UnreadableJsonError("This is not a saved file but a device, a pipe or a socket.")
        # The size is checked before reading and again while reading: a file can grow meanwhile.
        if status.st_size > limit:
            raise UnreadableJsonError(_too_large(limit))
        data = _read_at_most(descriptor, limit + 1)
    except OSError as error:
        raise UnreadableJsonError(f"The file cannot be read: {error.strerror}.") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise UnreadableJsonError(_too_large(limit))
    return data


def _read_at_most(descriptor: int, size: int) -> bytes:
    chunks: list[bytes] = []
    while size > 0:
        chunk = os.read(descriptor, min(size, MEGABYTE))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> str:
    return f"The file is too large to be one of ours (more than {limit // MEGABYTE} MB)."
