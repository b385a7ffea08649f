"""What the guide touches on the machine, seen from outside with strace: a whole walk in the window
(tests/trace_walk.py) and a headless run.

- Content can never make the guide load anything: every sentence of the content file carries an
  ``<img>`` pointing at a file, and the app must never so much as look at that file.
- Nothing is written outside the files the person chose and the app's own settings and log folders,
  and nothing is sent over the network (asking the local print service for its printers aside).
  Where a print queue exists, libcups (the print service's library) fetches the printer's description
  into a private temporary file when Qt asks about the printer, and Qt removes it at once: that file
  is the print service's, not the app's, as long as it is gone again; nothing may stay behind.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from myeloma_gui.resources import CONTENT_FILE, bundled_file
from tests.answer_sets import OUT_OF_SCOPE_MGUS, write_answers
from tests.conftest import SOURCE_FOLDER
from tests.print_service import PrintService, private_print_service, why_no_print_service

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (.ci/setup test)")

WRITING = re.compile(r"O_WRONLY|O_RDWR|O_CREAT")
CALL = re.compile(r'^(?:\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+)')
FILE_NAME = re.compile(r'"((?:[^"\\]|\\.)*)"')
# strace -f splits a call that another thread interrupts into "NAME(ARGS <unfinished ...>" and
# "<... NAME resumed>REST"; joined again, so that no call escapes the checks.
UNFINISHED = re.compile(r"^(\d+)\s+(.*) <unfinished \.\.\.>$")
RESUMED = re.compile(r"^(\d+)\s+<\.\.\. \w+ resumed>(.*)$")
PROCESS = re.compile(r"^(\d+)\s")
# libcups's cupsTempFd(): TMPDIR/<the process id, 5 hex digits><the time, 8 hex digits>, created new
# (O_EXCL), never through a link (O_NOFOLLOW), readable by its owner only (0600).
LIBCUPS_TEMPORARY = re.compile(r"([0-9a-f]{5})[0-9a-f]{8}")
LIBCUPS_OPENING = re.compile(r"O_RDWR\|O_CREAT\|O_EXCL\|O_NOFOLLOW(?:\|O_CLOEXEC)?, 0600$")


def with_an_image_in_every_sentence(raw: Any, canary: Path) -> Any:
    """Every piece of prose (anything with a space: never an id, an address or a date) gains an
    image tag that names ``canary``."""
    if isinstance(raw, dict):
        return {key: with_an_image_in_every_sentence(value, canary) for key, value in raw.items()}
    if isinstance(raw, list):
        return [with_an_image_in_every_sentence(value, canary) for value in raw]
    if isinstance(raw, str) and " " in raw and not raw.startswith("http"):
        return f'{raw} <img src="{canary}"> <a href="file://{canary}">x</a>'
    return raw


class Traced:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.home = folder / "home"
        self.output = folder / "chosen"
        self.temporary = folder / "temporary"
        for made in (self.home, self.output, self.temporary):
            made.mkdir()
        self.environment = {
            "PATH": os.environ.get("PATH", ""), "HOME": str(self.home), "TMPDIR": str(self.temporary),
            "XDG_CONFIG_HOME": str(self.home / "config"), "XDG_STATE_HOME": str(self.home / "state"),
            "XDG_DATA_HOME": str(self.home / "data"), "XDG_CACHE_HOME": str(self.home / "cache"),
            "XDG_RUNTIME_DIR": str(self.temporary), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        self.allowed = (
            str(self.output) + "/", str(self.home / "config" / "myeloma-gui") + "/",
            str(self.home / "state" / "myeloma-gui") + "/", "/dev/null",
        )
        self.processes: set[int] = set()
        self.print_service: PrintService | None = None
        """The traced processes and threads (strace -f names each line's)."""

    def run(self, *command: str) -> list[tuple[str, str, int]]:
        log = self.folder / "strace.log"
        subprocess.run(
            ["strace", "-f", "-qq", "-s", "4096", "-o", str(log),
             "-e", "trace=%file,socket,connect", *command],
            env=self.environment, cwd=self.folder, check=True, timeout=240, capture_output=True,
        )
        calls = []
        unfinished: dict[str, str] = {}
        for logged in log.read_text(encoding="utf-8", errors="replace").splitlines():
            line = logged
            if started := UNFINISHED.match(logged):
                unfinished[started.group(1)] = started.group(2)
                continue
            if resumed := RESUMED.match(logged):
                line = f"{resumed.group(1)} {unfinished.pop(resumed.group(1), '')}{resumed.group(2)}"
            if process := PROCESS.match(line):
                self.processes.add(int(process.group(1)))
            match = CALL.match(line)
            if match:
                calls.append((match.group(1), match.group(2), int(match.group(3))))
        return calls

    def written(self, calls: list[tuple[str, str, int]]) -> list[str]:
        """Every path the run created, changed, renamed or removed."""
        touched = []
        for name, arguments, result in calls:
            if result < 0:
                continue
            names = FILE_NAME.findall(arguments)
            if name in ("open", "openat", "creat") and (name == "creat" or WRITING.search(arguments)):
                touched += names[:1]
            elif name in ("link", "linkat", "symlink", "symlinkat"):
                touched += names[-1:]  # the new name; the old one (a /proc/self/fd/N) is unchanged
            elif name in ("mkdir", "mkdirat", "rename", "renameat", "renameat2", "unlink", "unlinkat",
                          "rmdir", "chmod", "fchmodat"):
                touched += names
        return touched

    def outside(self, paths: list[str], calls: list[tuple[str, str, int]]) -> list[str]:
        """The paths outside the allowed folders (making the folders that lead to them aside, and the
        print service's passing files)."""
        passing = self.print_service_passing_files(calls)
        return sorted({
            p for p in paths
            if not p.startswith(self.allowed) and not any(a.startswith(p + "/") for a in self.allowed)
            and p not in passing
        })

    def print_service_passing_files(self, calls: list[tuple[str, str, int]]) -> set[str]:
        """The files libcups made in the temporary folder for a traced process and that were removed
        again in the same run. (One that stays behind is the app's: the test's last check.)"""
        made, removed = set(), set()
        for name, arguments, result in calls:
            names = FILE_NAME.findall(arguments)
            if result < 0 or not names:
                continue
            path = Path(names[0])
            shaped = path.parent == self.temporary and LIBCUPS_TEMPORARY.fullmatch(path.name)
            if not shaped or int(shaped.group(1), 16) not in self.processes:
                continue
            if name in ("open", "openat") and LIBCUPS_OPENING.search(arguments):
                made.add(str(path))
            elif name in ("unlink", "unlinkat"):
                removed.add(str(path))
        return made & removed


def network_connections(calls: list[tuple[str, str, int]]) -> list[str]:
    """Connections over the network, but for asking the local print service (CUPS, on this machine's
    port 631) which printers there are, as Qt's print support does."""
    local_printing = re.compile(r'htons\(631\).*(inet_addr\("127\.0\.0\.1"\)|"::1")')
    return [
        arguments for name, arguments, _ in calls
        if name == "connect" and "AF_INET" in arguments and not local_printing.search(arguments)
    ]


@pytest.fixture(params=["no print queue", "a print queue"])
def traced(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Traced]:
    """Traced with no printer at all, and with a default cups-pdf queue of its own (as most people
    have a printer): the promises hold either way."""
    traced = Traced(tmp_path)
    if request.param == "no print queue":
        traced.environment["CUPS_SERVER"] = str(tmp_path / "no-print-service.sock")
        yield traced
        return
    if reason := why_no_print_service():
        pytest.skip(reason)
    with private_print_service() as service:
        traced.environment.update(service.environment)
        traced.print_service = service
        yield traced


def test_a_whole_walk_loads_nothing_the_content_names_and_writes_only_what_was_chosen(
    traced: Traced,
) -> None:
    canary = traced.folder / "canary.png"
    shutil.copy(bundled_file("icons/hicolor/16x16/apps/io.github.myeloma_gui.Guide.png"), canary)
    raw = json.loads(bundled_file(CONTENT_FILE).read_text(encoding="utf-8"))
    raw.pop("$schema", None)
    content = traced.folder / "content.json"
    content.write_text(json.dumps(with_an_image_in_every_sentence(raw, canary)), encoding="utf-8")

    calls = traced.run(sys.executable, "-m", "tests.trace_walk", str(content), str(traced.output))

    assert (traced.output / "summary.pdf").is_file()
    looked_at_canary = [f"{name}({arguments})" for name, arguments, _ in calls if "canary" in arguments]
    assert looked_at_canary == [], "markup in the content made the app load a file"
    # The quotes are checked by `validate --sources` and the tests, never by the app: it needs no copy.
    source_files = [p.name for p in SOURCE_FOLDER.iterdir()]
    looked_at_sources = [a for _, a, _ in calls if any(name in a for name in source_files)]
    assert looked_at_sources == [], "the app looked for a source copy"
    outside = traced.outside(traced.written(calls), calls)
    assert outside == [], "\n".join(outside)
    assert network_connections(calls) == []
    assert not list(traced.temporary.iterdir()), "nothing is left in the temporary folder"


def test_a_headless_run_writes_only_what_was_asked(traced: Traced) -> None:
    answers = write_answers(traced.folder, OUT_OF_SCOPE_MGUS)
    # With a queue, printed too: the job goes to the print service through libcups's temporary file.
    printing = ["--print"] if traced.print_service else []
    calls = traced.run(
        sys.executable, "-m", "myeloma_gui", "results", str(answers),
        "--json", str(traced.output / "results.json"), "--pdf", str(traced.output / "summary.pdf"),
        *printing,
    )
    assert (traced.output / "summary.pdf").is_file()
    assert (traced.output / "results.json").is_file()
    outside = traced.outside(traced.written(calls), calls)
    assert outside == [], "\n".join(outside)
    assert network_connections(calls) == []
    assert not list(traced.temporary.iterdir()), "nothing is left in the temporary folder"
    if traced.print_service:
        assert len(traced.print_service.wait_for_printed()) == 1
