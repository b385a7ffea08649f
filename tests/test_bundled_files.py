"""One list of bundled files for every kind of install: the wheel carries the whole resources folder,
the frozen bundle carries BUNDLED_FILES, so the two must name the same files."""

from __future__ import annotations

from pathlib import Path

from myeloma_gui.resources import BUNDLED_FILES, PACKAGING_FILES, TRANSLATION_SOURCES

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def test_every_file_in_resources_is_in_the_bundled_files_list() -> None:
    present = {p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if p.is_file()}
    # The translations' .ts sources are compiled into the bundled .qm files; only those are needed.
    # The software centre's metainfo and screenshots go into the Debian package, not the app.
    assert present - set(TRANSLATION_SOURCES) - set(PACKAGING_FILES) == set(BUNDLED_FILES), (
        "add new files to myeloma_gui.resources.BUNDLED_FILES"
    )
    assert len(BUNDLED_FILES) == len(set(BUNDLED_FILES))
