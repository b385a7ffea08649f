"""What a software centre shows about the guide (its AppStream metainfo): valid as appstreamcli checks it
most strictly, in step with the version in pyproject.toml, the menu entry and the command, and with
screenshots that are really in the repository."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QImage

from myeloma_gui.resources import APP_ID, DESKTOP_ENTRY, METAINFO, SCREENSHOTS

CHECKOUT = Path(__file__).resolve().parents[1]
RESOURCES = CHECKOUT / "resources"
PROJECT = tomllib.loads((CHECKOUT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.fixture(scope="module")
def metainfo() -> ElementTree.Element:
    return ElementTree.parse(RESOURCES / METAINFO).getroot()  # noqa: S314 (our own file)


def desktop_keys() -> dict[str, str]:
    lines = (RESOURCES / DESKTOP_ENTRY).read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_appstreamcli_accepts_it_at_its_strictest() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("appstreamcli is missing: .ci/setup test installs appstream")
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    checked = subprocess.run(
        [tool, "validate", "--pedantic", "--no-net", "--no-color", str(RESOURCES / METAINFO)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # What is left is one pedantic note: the id has capital letters. It is the name desktops already
    # know the guide by (menu entry, icons, Wayland windows), so it stays.
    notes = [line for line in checked.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    assert notes == [f"P: {APP_ID}:6: cid-contains-uppercase-letter {APP_ID}"], checked.stdout


def test_the_newest_release_is_the_version_in_pyproject(metainfo: ElementTree.Element) -> None:
    releases = metainfo.findall("releases/release")
    assert releases, "at least one release"
    assert releases[0].get("version") == PROJECT["version"], "add a <release> for the new version"
    dates = [datetime.date.fromisoformat(release.get("date", "")) for release in releases]
    assert dates == sorted(dates, reverse=True), "newest release first"


def test_it_names_the_guide_its_licence_its_entry_and_its_command(metainfo: ElementTree.Element) -> None:
    entry = desktop_keys()
    listed = {key: entry[key].strip(";").split(";") for key in ("Categories", "Keywords")}
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("name") == entry["Name"]
    assert metainfo.findtext("project_license") == PROJECT["license"]
    assert metainfo.findtext("launchable[@type='desktop-id']") == DESKTOP_ENTRY
    assert [b.text for b in metainfo.findall("provides/binary")] == list(PROJECT["gui-scripts"])
    assert [c.text for c in metainfo.findall("categories/category")] == listed["Categories"]
    assert [k.text for k in metainfo.findall("keywords/keyword")] == listed["Keywords"]
    assert metainfo.find("content_rating[@type='oars-1.1']") is not None


def test_every_screenshot_is_in_the_repository_at_its_stated_size(metainfo: ElementTree.Element) -> None:
    images = metainfo.findall("screenshots/screenshot/image")
    assert [image.text.rsplit("/resources/", 1)[-1] for image in images if image.text] == list(SCREENSHOTS)
    for image, name in zip(images, SCREENSHOTS, strict=True):
        picture = QImage(str(RESOURCES / name))
        stated = (int(image.get("width", 0)), int(image.get("height", 0)))
        assert (picture.width(), picture.height()) == stated
        assert (RESOURCES / name).stat().st_size < 100_000, "a small PNG"
