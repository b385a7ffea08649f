"""Printing through a real print queue: the summary as `results --print` sends it through CUPS to a
cups-pdf queue carries the same words on the same pages as the PDF that `--pdf` writes, a queue that
cannot print is refused in one line with nothing lost, and the window's print dialog offers the queues.

Each test runs on a private print service of its own (tests/print_service.py), skipped with the
reason where one cannot run (no CUPS, no cups-pdf, not root); `.ci/setup test` installs both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.answer_sets import HAD_BORTEZOMIB_NOT_GROWING, write_answers
from tests.pdf_text import page_sizes, page_texts
from tests.print_service import PrintService, private_print_service, why_no_print_service

CHECKOUT = Path(__file__).resolve().parents[1]
NO_SERVICE_REASON = why_no_print_service()
pytestmark = pytest.mark.skipif(NO_SERVICE_REASON is not None, reason=NO_SERVICE_REASON or "")


@pytest.fixture(scope="module")
def service() -> Iterator[PrintService]:
    with private_print_service() as running:
        running.add_queue(running.queue + "-second")
        yield running


@pytest.fixture
def printed_before(service: PrintService) -> Iterator[None]:
    """Each test starts with no printed file and no job waiting."""
    service.command("cancel", "-a", "-x")
    for page in service.printed.glob("*"):
        page.unlink()
    yield
    service.command("cancel", "-a", "-x")


def guide(service: PrintService | None, *arguments: str | Path) -> subprocess.CompletedProcess[str]:
    """The installed command as a person runs it, asking ``service`` (None: a print service that is
    not there) for its queues."""
    cups_server = service.environment if service else {"CUPS_SERVER": "/nonexistent/cups.sock"}
    return subprocess.run(
        [sys.executable, "-m", "myeloma_gui", *map(str, arguments)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **cups_server},
        capture_output=True, text=True, timeout=120, cwd=CHECKOUT, check=False,
    )


def same_words(printed: str, written: str) -> bool:
    """The same text, character by character, but that cups-pdf's PDF keeps no text name for the
    symbols outside its fonts' Latin set (the check mark ✓): they are drawn, and read back as
    control characters. Every letter, digit and punctuation mark must be the same."""
    if len(printed) != len(written):
        return False
    return all(
        p == w or (ord(w) > 0xFF and not p.isprintable()) for p, w in zip(printed, written, strict=True)
    )


@pytest.mark.usefixtures("printed_before")
@pytest.mark.parametrize(
    ("queue", "choices"),
    [
        ("the default queue", ["--paper", "letter"]),
        ("a queue named", ["--paper", "a4", "--large-print", "--name", "Mary Smith"]),
    ],
)
def test_the_printed_pages_carry_the_words_and_pages_of_the_pdf(
    service: PrintService, tmp_path: Path, queue: str, choices: list[str]
) -> None:
    answers = write_answers(tmp_path, HAD_BORTEZOMIB_NOT_GROWING)
    pdf = tmp_path / "summary.pdf"
    named = [service.queue + "-second"] if queue == "a queue named" else []
    done = guide(service, "results", answers, "--pdf", pdf, *choices, "--print", *named)
    assert done.returncode == 0, done.stderr
    [printed] = service.wait_for_printed()
    written_pages = page_texts(pdf.read_bytes())
    printed_pages = page_texts(printed.read_bytes())
    printed_on = named[0] if named else service.queue
    assert done.stdout == f"Sent to the print queue {printed_on}: {len(written_pages)} pages.\n"
    assert done.stderr == ""
    assert printed.name.startswith("Myeloma_treatment_options_guide"), "the job carries the summary's name"
    assert len(printed_pages) == len(written_pages) >= 3
    for page, (on_paper, in_pdf) in enumerate(zip(printed_pages, written_pages, strict=True), 1):
        assert same_words(on_paper, in_pdf), f"page {page}:\n{on_paper}\n---\n{in_pdf}"
    paper = {(round(w), round(h)) for w, h in page_sizes(printed.read_bytes())}
    assert paper == {(round(w), round(h)) for w, h in page_sizes(pdf.read_bytes())}
    assert paper == ({(612, 792)} if "letter" in choices else {(595, 842)})
    if "--name" in choices:
        assert "Name: Mary Smith" in printed_pages[0]
        assert len(printed_pages) > 3, "large print takes more pages"


@pytest.mark.usefixtures("printed_before")
@pytest.mark.parametrize("trouble", ["no print service", "no such queue", "a stopped queue"])
def test_a_queue_that_cannot_print_is_refused_in_one_line_and_nothing_is_lost(
    service: PrintService, tmp_path: Path, trouble: str
) -> None:
    answers = write_answers(tmp_path, HAD_BORTEZOMIB_NOT_GROWING)
    before = answers.read_bytes()
    outputs: list[str | Path] = ["--json", tmp_path / "results.json", "--pdf", tmp_path / "summary.pdf"]
    stopped = service.queue + "-second"
    if trouble == "a stopped queue":
        service.command("cupsdisable", stopped)
    try:
        asked = {"no print service": [], "no such queue": ["Office"], "a stopped queue": [stopped]}[trouble]
        done = guide(None if trouble == "no print service" else service,
                     "results", answers, *outputs, "--print", *asked)
    finally:
        service.command("cupsenable", stopped)
    assert done.returncode == 1
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("myeloma-gui: nothing was printed: ")
    assert "Traceback" not in done.stderr
    expected = {
        "no print service": "this computer has no printer",
        "no such queue": f"there is no print queue named 'Office' (the queues: {service.queue}, {stopped})",
        "a stopped queue": f"the print queue '{stopped}' is stopped",
    }[trouble]
    assert expected in line
    # Nothing lost: the answers untouched, the files asked for written whole, nothing sent.
    assert answers.read_bytes() == before
    assert (tmp_path / "results.json").stat().st_size > 0
    assert len(page_texts((tmp_path / "summary.pdf").read_bytes())) >= 3
    assert service.command("lpstat", "-o") == ""
    assert list(service.printed.iterdir()) == []


def test_the_print_dialog_offers_every_queue_with_the_default_chosen(service: PrintService) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.print_dialog_probe"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **service.environment},
        capture_output=True, text=True, timeout=120, cwd=CHECKOUT, check=False,
    )
    assert done.returncode == 0, done.stderr
    dialog, *printers = done.stdout.splitlines()
    assert dialog == "QPrintDialog"
    assert f"* {service.queue}" in printers
    assert f"  {service.queue}-second" in printers
