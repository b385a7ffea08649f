"""Putting the app in the desktop's menu for the current user, and taking it out again.

The freedesktop way: the menu entry goes to ``$XDG_DATA_HOME/applications`` and the icons to
``$XDG_DATA_HOME/icons/hicolor/<size>/apps`` (``~/.local/share`` when ``XDG_DATA_HOME`` is not set).
The entry's ``Exec`` line names the very program that ran the install command, so a double-click
starts the same copy of the app: the frozen bundle, or the ``myeloma-gui`` script of a virtual
environment. No Qt here: this is file copying, and it must work from a terminal with no display.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from myeloma_gui.resources import DESKTOP_ENTRY, ICON_FILES, bundled_file

SCRIPT_NAME = "myeloma-gui"
# The desktop entry spec: an argument holding any of these must be quoted as a whole.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class DesktopFolders:
    """Where the menu entry and the icons go for one user."""

    data_home: Path

    @classmethod
    def for_current_user(cls) -> DesktopFolders:
        configured = os.environ.get("XDG_DATA_HOME", "")
        # The spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if configured and Path(configured).is_absolute():
            return cls(Path(configured))
        return cls(Path.home() / ".local" / "share")

    @property
    def entry(self) -> Path:
        return self.data_home / "applications" / DESKTOP_ENTRY

    @property
    def icons(self) -> tuple[Path, ...]:
        # The bundled icons already sit in the icon theme's layout (icons/hicolor/<size>/apps/...).
        return tuple(self.data_home / name for name in ICON_FILES)


def launch_command() -> list[str]:
    """The command that starts this copy of the app, as installed (never a bare name on PATH)."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    started_as = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started_as is not None and started_as.name == SCRIPT_NAME and started_as.is_file():
        return [str(started_as.absolute())]
    # `python -m myeloma_gui install-desktop`: the script of the same environment, if it has one.
    beside_python = Path(sys.executable).absolute().parent / SCRIPT_NAME
    if beside_python.is_file():
        return [str(beside_python)]
    return [str(Path(sys.executable).absolute()), "-m", "myeloma_gui"]


def exec_line(command: Sequence[str]) -> str:
    """``command`` written as the value of an ``Exec`` key, quoted and escaped as the spec asks."""
    words = []
    for word in command:
        quoted = word
        if _RESERVED & set(word):
            inner = "".join("\\" + c if c in '"`$\\' else c for c in word)
            quoted = f'"{inner}"'
        words.append(quoted.replace("%", "%%"))
    # Exec is a string value too, so every backslash of the quoting is escaped once more.
    return " ".join(words).replace("\\", "\\\\")


def entry_text(template: str, command: Sequence[str]) -> str:
    """The bundled entry with its ``Exec`` and ``TryExec`` lines pointing at ``command``."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + exec_line(command))
        elif line.startswith("TryExec="):
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def install(folders: DesktopFolders, command: Sequence[str]) -> list[Path]:
    """Writes the menu entry and the icons; returns the files written."""
    written = []
    for name, target in zip(ICON_FILES, folders.icons, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bundled_file(name), target)
        written.append(target)
    template = bundled_file(DESKTOP_ENTRY).read_text(encoding="utf-8")
    folders.entry.parent.mkdir(parents=True, exist_ok=True)
    # Written beside its final name and then renamed, so a menu never reads half an entry.
    partial = folders.entry.with_name(f".{DESKTOP_ENTRY}.part")
    partial.write_text(entry_text(template, command), encoding="utf-8")
    partial.replace(folders.entry)
    written.append(folders.entry)
    return written


def uninstall(folders: DesktopFolders) -> list[Path]:
    """Removes the menu entry and the icons this app installed; returns the files removed."""
    removed = []
    for path in (folders.entry, *folders.icons):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
