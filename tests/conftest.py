"""Shared fixtures. Qt runs offscreen in every test, with or without a screen."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest

from myeloma_gui.content.loader import load_content
from myeloma_gui.content.models import Content
from myeloma_gui.resources import CONTENT_FILE, bundled_file

SOURCE_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "source"


@pytest.fixture(scope="session")
def content_path() -> Path:
    return bundled_file(CONTENT_FILE)


@pytest.fixture(scope="session")
def content(content_path: Path) -> Content:
    return load_content(content_path)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The source page the app is built from, kept in shared/source beside the checkout."""
    seed = SOURCE_FOLDER / "000_c50a240a80499923.txt"
    if not seed.exists():
        pytest.skip("shared/source is not beside this checkout")
    return seed.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang an offscreen test: any dialog a test did not expect fails it."""
    from myeloma_gui.ui import dialogs

    def unexpected(*args: object, **_: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    monkeypatch.setattr(dialogs, "confirm", unexpected)
    monkeypatch.setattr(dialogs, "show_error", unexpected)
