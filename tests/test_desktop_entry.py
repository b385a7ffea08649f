"""The desktop menu entry and icons: a valid entry, installed for one user and removed again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from myeloma_gui import desktop_entry
from myeloma_gui.cli import main
from myeloma_gui.desktop_entry import DesktopFolders, entry_text, exec_line, launch_command
from myeloma_gui.resources import APP_ID, DESKTOP_ENTRY, ICON_FILES, ICON_SIZES, bundled_file, icon_file


def validate(entry: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing: .ci/setup test installs desktop-file-utils")
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    checked = subprocess.run([tool, str(entry)], capture_output=True, text=True, timeout=30, check=False)
    # It prints errors, warnings and hints; none is acceptable for our own entry.
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert not checked.stdout.strip(), checked.stdout


def keys(entry_file: Path) -> dict[str, str]:
    lines = entry_file.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_the_bundled_entry_is_valid_and_names_its_icon() -> None:
    entry = bundled_file(DESKTOP_ENTRY)
    validate(entry)
    values = keys(entry)
    assert values["Icon"] == APP_ID
    assert values["Type"] == "Application"
    assert values["Terminal"] == "false"
    assert values["Exec"] == "myeloma-gui"


def test_the_icons_are_there_at_every_size() -> None:
    for size in ICON_SIZES:
        image = QImage(str(bundled_file(icon_file(size))))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert bundled_file(ICON_FILES[0]).read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_install_puts_the_entry_and_icons_in_the_users_folders_and_uninstall_takes_them_away(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])  # a temporary folder per test (conftest)
    assert main(["install-desktop"]) == 0
    entry = data_home / "applications" / DESKTOP_ENTRY
    validate(entry)
    command = launch_command()
    assert keys(entry)["Exec"] == exec_line(command)
    assert keys(entry)["TryExec"] == command[0]
    assert Path(command[0]).is_absolute()
    assert Path(command[0]).exists()
    for name in ICON_FILES:
        assert (data_home / name).read_bytes() == bundled_file(name).read_bytes()
    assert (data_home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert str(entry) in capsys.readouterr().out

    assert main(["install-desktop"]) == 0, "installing again just replaces the files"
    assert main(["uninstall-desktop"]) == 0
    assert not entry.exists()
    assert [p for p in data_home.rglob("*") if p.is_file()] == []
    assert main(["uninstall-desktop"]) == 0
    assert "was not in your menu" in capsys.readouterr().out


def test_without_xdg_data_home_the_entry_goes_to_local_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME")
    assert DesktopFolders.for_current_user().data_home == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/folder")  # the spec says: ignore it
    assert DesktopFolders.for_current_user().data_home == tmp_path / ".local" / "share"


def test_a_folder_that_cannot_be_written_gives_one_line_and_exit_code_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("myeloma-gui: cannot change")
    assert error.count("\n") == 1


def test_exec_quotes_and_escapes_as_the_spec_asks() -> None:
    assert exec_line(["/opt/myeloma-gui/myeloma-gui"]) == "/opt/myeloma-gui/myeloma-gui"
    assert exec_line(["/home/ann/My Apps/python3", "-m", "myeloma_gui"]) == (
        '"/home/ann/My Apps/python3" -m myeloma_gui'
    )
    # Inside quotes: \" \$ \` \\ ; then every backslash doubled, as Exec is a string value too.
    assert exec_line(['/a b/"$x`\\']) == '"/a b/\\\\"\\\\$x\\\\`\\\\\\\\"'
    assert exec_line(["/50%/app"]) == "/50%%/app"


def test_an_entry_with_spaces_in_the_path_is_still_valid(tmp_path: Path) -> None:
    template = bundled_file(DESKTOP_ENTRY).read_text(encoding="utf-8")
    entry = tmp_path / DESKTOP_ENTRY
    entry.write_text(entry_text(template, ["/home/ann/My Apps/bin/myeloma-gui"]), encoding="utf-8")
    validate(entry)
    assert keys(entry)["Exec"] == '"/home/ann/My Apps/bin/myeloma-gui"'


def test_the_command_is_the_program_that_ran_the_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "bin" / "myeloma-gui"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(script), "install-desktop"])
    assert launch_command() == [str(script)]

    # python -m myeloma_gui, in an environment with no script beside its Python:
    monkeypatch.setattr(sys, "argv", ["/somewhere/myeloma_gui/__main__.py"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    assert launch_command() == [str(tmp_path / "python3"), "-m", "myeloma_gui"]

    # A frozen bundle starts itself.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/myeloma-gui/myeloma-gui")
    assert desktop_entry.launch_command() == ["/opt/myeloma-gui/myeloma-gui"]
