"""`myeloma-gui results ANSWERS --pdf OUT`: the summary PDF with no window and no display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.answer_sets import TREATED_CAME_BACK_EARLY, write_answers
from tests.pdf_text import page_sizes, page_texts


def answers_file(folder: Path, notes: str = "Bring the list of medicines.") -> Path:
    return write_answers(folder, TREATED_CAME_BACK_EARLY, notes=notes)


def run(*arguments: str | Path, locale: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command as staff run it: no display, no Qt platform chosen, a plain locale."""
    unset = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    environment = {name: value for name, value in os.environ.items() if name not in unset}
    environment.update(LC_ALL=locale, LANG=locale)
    return subprocess.run(
        [sys.executable, "-m", "myeloma_gui", *map(str, arguments)], capture_output=True, text=True,
        env=environment, timeout=120, check=False,
    )


def test_the_pdf_is_written_without_a_window(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    done = run("results", answers_file(tmp_path), "--pdf", out, "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "", "with an output file named, nothing is printed"
    assert done.stderr == ""
    pages = page_texts(out.read_bytes())
    # At 12 points, with About this guide, What matters to you and the newer approvals, this case takes
    # three to five pages.
    assert 3 <= len(pages) <= 5
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")
    assert all(abs(w - 612) < 1 and abs(h - 792) < 1 for w, h in page_sizes(out.read_bytes()))
    text = " ".join(pages)
    assert "Bring the list of medicines." in text
    assert "Bortezomib (Velcade): ✓ You had this" in text


def test_json_and_pdf_together(tmp_path: Path) -> None:
    done = run("results", answers_file(tmp_path), "--json", tmp_path / "r.json", "--pdf", tmp_path / "r.pdf")
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "r.json").read_text())["options"]
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("locale", "size"), [("en_US.UTF-8", (612, 792)), ("de_DE.UTF-8", (595, 842))])
def test_the_paper_size_comes_from_the_locale(tmp_path: Path, locale: str, size: tuple[int, int]) -> None:
    out = tmp_path / "handout.pdf"
    done = run("results", answers_file(tmp_path), "--pdf", out, locale=locale)
    assert done.returncode == 0, done.stderr
    width, height = page_sizes(out.read_bytes())[0]
    assert (round(width), round(height)) == size


def test_an_unwritable_pdf_gives_one_plain_line(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "handout.pdf"
    done = run("results", answers_file(tmp_path), "--pdf", out)
    assert done.returncode == 1
    assert done.stderr.strip() == f"myeloma-gui: cannot write {out}: No such file or directory"
    assert "Traceback" not in done.stderr


def test_a_bad_answers_file_writes_no_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    out = tmp_path / "handout.pdf"
    done = run("results", bad, "--pdf", out)
    assert done.returncode == 1
    assert "not an answers file" in done.stderr
    assert not out.exists()
