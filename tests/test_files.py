"""Saving whole or not at all, and what a save that was killed half-way leaves behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from myeloma_gui.files import PART_SUFFIX, STALE_PART_SECONDS, write_atomically


def killed_during_a_save(target: Path) -> Path:
    """Starts a real save in another process, kills it (-9) while the part file is written but not
    yet swapped in, and returns the part file it left."""
    script = textwrap.dedent(f"""
        import os, sys, time
        from pathlib import Path
        from myeloma_gui.files import write_atomically

        def stuck(descriptor):  # the disk is slow: the save is caught before the swap
            sys.stdout.write("writing\\n")
            sys.stdout.flush()
            time.sleep(60)

        os.fsync = stuck
        write_atomically(Path({str(target)!r}), b'{{"answers": "Mary Smith"}}', private=True)
    """)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as saving:
        assert saving.stdout is not None
        assert saving.stdout.readline() == "writing\n"
        saving.send_signal(signal.SIGKILL)
    [part] = target.parent.glob(f".*{PART_SUFFIX}")
    return part


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_the_next_save_in_that_folder_removes_what_a_killed_save_left(tmp_path: Path) -> None:
    target = tmp_path / "answers.json"
    target.write_text("the earlier answers", encoding="utf-8")
    part = killed_during_a_save(target)
    assert target.read_text(encoding="utf-8") == "the earlier answers", "the target is whole"
    assert part.name.startswith(".answers.json."), "the part file says no more than the target's name"
    assert part.stat().st_mode & 0o077 == 0, "while it exists, only its owner can read it"

    age(part, STALE_PART_SECONDS + 1)
    write_atomically(tmp_path / "other.json", b"{}")
    assert not part.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json", "other.json"]


def test_a_save_leaves_others_files_and_a_save_under_way_alone(tmp_path: Path) -> None:
    under_way = tmp_path / f".answers.json.abcd1234{PART_SUFFIX}"
    under_way.write_bytes(b"{}")  # just begun, by another window
    someone_elses = tmp_path / ".notes.txt.part"
    someone_elses.write_bytes(b"an editor's file")
    age(someone_elses, 3600)
    write_atomically(tmp_path / "summary.pdf", b"%PDF")
    assert under_way.exists()
    assert someone_elses.exists()
    assert (tmp_path / "summary.pdf").read_bytes() == b"%PDF"
