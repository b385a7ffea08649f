"""The app finds its bundled files from a source checkout and from an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from myeloma_gui.resources import BUNDLED_FILES, bundled_file, resources_folder

CHECKOUT = Path(__file__).resolve().parents[1]

# Run inside the fresh environment: start the real app offscreen, wait for the questions, report.
START_AND_REPORT = textwrap.dedent("""
    from PySide6.QtCore import QTimer
    from myeloma_gui.resources import CONTENT_FILE, bundled_file, resources_folder
    from myeloma_gui.ui.shell.app import make_application, open_guide

    app = make_application("pseudo")  # the pseudo-translation: shows that the .qm files are found
    wizard = open_guide(bundled_file(CONTENT_FILE))

    waited = 0

    def report():
        global waited
        if wizard.session is None and waited < 60_000:  # not loaded yet: a slow machine
            waited += 50
            QTimer.singleShot(50, report)
            return
        assert wizard.session is not None, "the content never loaded"
        print("folder", resources_folder())
        print("pages", len(wizard.pageIds()))
        print("name", app.applicationDisplayName())
        app.quit()

    QTimer.singleShot(0, report)
    app.exec()
""")


def test_a_checkout_uses_the_top_level_resources_folder() -> None:
    assert resources_folder() == CHECKOUT / "resources"
    for name in BUNDLED_FILES:
        assert bundled_file(name).is_file(), name


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", ""])
def test_names_that_climb_out_of_the_folder_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="not a bundled file"):
        bundled_file(name)


@pytest.mark.slow
def test_an_installed_wheel_starts_and_finds_its_files(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"),
         str(CHECKOUT)], capture_output=True, text=True, timeout=600, check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("myeloma_gui-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert installed.returncode == 0, installed.stderr

    # Run from an unrelated folder, so nothing can be found through the checkout.
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONPATH", None)
    started = subprocess.run(
        [str(python), "-c", START_AND_REPORT], capture_output=True, text=True, timeout=120,
        cwd=tmp_path, env=environment, check=False,
    )
    assert started.returncode == 0, started.stderr
    folder = Path(started.stdout.split("folder ", 1)[1].splitlines()[0])
    assert folder.is_relative_to(venv)
    assert folder.name == "bundled"
    assert int(started.stdout.split("pages ", 1)[1].split()[0]) >= 8
    assert "name [[Myeloma treatment options guide]]" in started.stdout

    validated = subprocess.run(
        [str(venv / "bin" / "myeloma-gui"), "validate"], capture_output=True, text=True, timeout=60,
        cwd=tmp_path, env=environment, check=False,
    )
    assert validated.returncode == 0, validated.stderr
    assert str(venv) in validated.stdout
