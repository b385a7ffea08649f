"""Shared fixtures. Qt runs offscreen in every test, with or without a screen."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest

from myeloma_gui.content.loader import load_content
from myeloma_gui.content.models import Content
from myeloma_gui.content.voice import in_voice_of
from myeloma_gui.resources import CONTENT_FILE, bundled_file

# A copy of shared/source (the seed page and FACTS.md), so the content is checked against its source in
# any clone; test_source_copy keeps the copy in step with shared/ when that sits beside the checkout.
SOURCE_FOLDER = Path(__file__).resolve().parent / "data" / "source"
SHARED_SOURCE_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "source"
SEED_FILE = "000_c50a240a80499923.txt"


@pytest.fixture(scope="session")
def content_path() -> Path:
    return bundled_file(CONTENT_FILE)


@pytest.fixture(scope="session")
def content_file(content_path: Path) -> Content:
    """The content file as loaded, its {for the person|for someone else} choices unresolved."""
    return load_content(content_path)


@pytest.fixture(scope="session")
def content(content_file: Content) -> Content:
    """The content as a person filling the guide in for themself reads it (the app's default)."""
    return in_voice_of(content_file, False)


@pytest.fixture(scope="session")
def content_for_someone_else(content_file: Content) -> Content:
    """The content as a helper filling the guide in for someone else reads it."""
    return in_voice_of(content_file, True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The source page the app is built from."""
    return (SOURCE_FOLDER / SEED_FILE).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang an offscreen test: any dialog a test did not expect fails it."""
    from myeloma_gui.ui.basics import dialogs

    def unexpected(*args: object, **_: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    monkeypatch.setattr(dialogs, "confirm", unexpected)
    monkeypatch.setattr(dialogs, "show_error", unexpected)
    monkeypatch.setattr(dialogs, "show_unexpected_error", unexpected)
    monkeypatch.setattr(dialogs, "ask_save_path", unexpected)
    for factory in ("ask_open_path", "ask_unsaved_answers", "run_print_preview"):
        monkeypatch.setattr(dialogs, factory, unexpected)


@pytest.fixture(autouse=True)
def _own_settings_and_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own settings file and XDG folders: never the real user's, never another test's."""
    from PySide6.QtCore import QSettings

    home = tmp_path / "user"
    monkeypatch.delenv("MYELOMA_GUI_LANGUAGE", raising=False)  # a developer's own choice stays theirs
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                             ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / folder))
    # Qt reads XDG_CONFIG_HOME only once per process, so the settings folder is also set directly.
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / "config"))
    return home
