"""The translation files in resources/translations are what .ci/update-translations makes from the code
now: every interface string is in the list, the pseudo-translation covers each, and the compiled .qm
the app loads matches its .ts (so the committed .qm never lags behind a changed string)."""

from __future__ import annotations

import importlib.util
import shutil
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

from myeloma_gui.resources import TRANSLATION_FILES, TRANSLATION_SOURCES, TRANSLATIONS_FOLDER
from tests.ui.interface_words import ts_messages

CHECKOUT = Path(__file__).resolve().parents[1]
RESOURCES = CHECKOUT / "resources"
SCRIPT = CHECKOUT / ".ci" / "update-translations"


def update_script() -> ModuleType:
    loader = SourceFileLoader("update_translations", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def made_now(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translation files as the script makes them from the code today (in a copy)."""
    folder = tmp_path_factory.mktemp("resources")
    shutil.copytree(RESOURCES / TRANSLATIONS_FOLDER, folder / TRANSLATIONS_FOLDER)
    update_script().update(folder)
    return folder


@pytest.mark.parametrize("name", [*TRANSLATION_SOURCES, *TRANSLATION_FILES])
def test_the_committed_translation_files_are_up_to_date(made_now: Path, name: str) -> None:
    committed = (RESOURCES / name).read_bytes()
    assert committed == (made_now / name).read_bytes(), (
        f"{name} is out of date: run .venv/bin/python .ci/update-translations and commit the result"
    )


def test_every_string_has_a_pseudo_translation_that_keeps_its_fields() -> None:
    english = ts_messages(RESOURCES / TRANSLATION_SOURCES[0])
    pseudo = ts_messages(RESOURCES / f"{TRANSLATIONS_FOLDER}/myeloma_gui_pseudo.ts")
    assert english.keys() == pseudo.keys()
    assert len(english) >= 60
    for (context, source), translation in pseudo.items():
        assert translation != source, (context, source)
        assert "[[" in translation, (context, source)
        # A field the code fills in ({file}) or an accelerator (&S) must survive translation.
        for field in ("{file}", "{reason}", "{title}", "{problem}", "{log}", "{address}", "&", "*."):
            assert source.count(field) == translation.count(field), (context, source)


def test_the_pseudo_translation_leaves_file_patterns_working() -> None:
    script = update_script()
    assert script.pseudo_translated("Saved answers (*.json);;All files (*)") == (
        "[[Saved answers]] (*.json);;[[All files]] (*)"
    )
    assert script.pseudo_translated("Save your answers") == "[[Save your answers]]"
