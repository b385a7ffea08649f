"""Started and closed again and again, the guide always ends cleanly: exit status 0, and never
"Fatal Python error" (which PySide6 6.12.0 on Python 3.11 gave at exit after enough Qt calls)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUNS = 20


@pytest.mark.slow
def test_twenty_starts_and_closes_end_cleanly(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_STATE_HOME=str(tmp_path / "state"))
    for run in range(RUNS):
        finished = subprocess.run(
            [sys.executable, "-m", "tests.start_and_close"], env=environment,
            capture_output=True, text=True, timeout=60, check=False,
        )
        assert "Fatal Python error" not in finished.stderr, f"run {run + 1}: {finished.stderr}"
        assert "Traceback" not in finished.stderr, f"run {run + 1}: {finished.stderr}"
        assert finished.returncode == 0, f"run {run + 1}: {finished.stderr}"
