"""The tests' copy of the source files matches shared/source, where that sits beside the checkout."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED_SOURCE_FOLDER, SOURCE_FOLDER


@pytest.mark.parametrize("name", sorted(p.name for p in SOURCE_FOLDER.iterdir()))
def test_the_copy_of_the_source_is_current(name: str) -> None:
    shared = SHARED_SOURCE_FOLDER / name
    if not SHARED_SOURCE_FOLDER.is_dir():
        pytest.skip("no shared/ beside this checkout to compare with")
    assert (SOURCE_FOLDER / name).read_bytes() == shared.read_bytes(), f"copy {shared} to tests/data/source"
