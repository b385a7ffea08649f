"""Measures the app as people start it, against PRODUCT.md's budgets, next to bare wizards in the same run.

    .venv/bin/python .ci/benchmark.py [--runs 20] [--no-bundle] [--markdown]

It starts, as fresh processes and offscreen, in turn (A B C ... A B C ...):
- the installed command, ``.venv/bin/myeloma-gui``, as a person's menu or terminal starts it;
- the references in ``.ci/reference/``: a bare three-page QWizard; the same wizard importing pydantic
  and validating the content file with the guide's own loader after its first paint (the memory
  budget's reference, as PRODUCT.md words it); and, for comparison with earlier runs, the same wizard
  validating a file as large as the content file into three small models;
- when ``dist/myeloma-gui`` has been built (``bash .ci/build-bundle``): the bundle, and a bundle of the
  bare wizard built by the same spec (into ``build/reference/``, rebuilt when its sources change).

Start-up is timed from just before the process's exec (written to a pipe by the forked child; the
kernel's own start time of the process, in 10 ms ticks, is printed beside it as a check) to the first
paint of the window, which each program reports on that pipe when ``MYELOMA_GUI_MEASURE_FD`` is set,
with the processor time it took (less changed by the machine's load than the wall time). Each program
then walks to its last page (the guide: every question, then the results) and reports its peak memory;
the guide also times the results page, the print preview and a two-page PDF. Then the content file is
loaded and validated at 1x, 10x and 100x its size, in this process.

Medians, spread (min-max) and ratios are printed: the machine is shared and noisy, so single timings
mean little. It takes a few minutes and is not part of the tests; CI runs it once (``--runs 1
--no-bundle``) only to see that it still works.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import hashlib
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
VENV_BIN = CHECKOUT / ".venv" / "bin"
REFERENCE = CHECKOUT / ".ci" / "reference"
CONTENT = CHECKOUT / "resources" / "content.json"
BUNDLE = CHECKOUT / "dist" / "myeloma-gui" / "myeloma-gui"
REFERENCE_BUILD = CHECKOUT / "build" / "reference"
REFERENCE_BUNDLE = REFERENCE_BUILD / "dist" / "bare_wizard" / "bare_wizard"
MEASURE_FD_VARIABLE = "MYELOMA_GUI_MEASURE_FD"  # as in myeloma_gui/ui/shell/app.py
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
GIVE_UP_AFTER_S = 60

BUDGETS = {
    "first_paint_ratio": 1.2,
    "bundle_first_paint_ratio": 1.2,
    "peak_ratio": 1.15,
    "results_ms": 50,
    "preview_ms": 150,
    "pdf_ms": 100,
    "content_ms": 30,
}


@dataclass
class Program:
    name: str
    command: list[str]
    paint_ms: list[float] = field(default_factory=list)
    kernel_paint_ms: list[float] = field(default_factory=list)
    paint_cpu_ms: list[float] = field(default_factory=list)
    figures: dict[str, list[float]] = field(default_factory=dict)


def run_once(program: Program, environment: dict[str, str]) -> None:
    """Starts the program, reads its reports from the pipe until it exits, and records them."""
    read_end, write_end = os.pipe()

    def mark_exec() -> None:  # in the forked child, just before exec
        os.write(write_end, f"exec {time.clock_gettime_ns(time.CLOCK_BOOTTIME)}\n".encode())

    # stderr goes to a file, not a pipe: a chatty child never waits for this reader.
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            program.command, env={**environment, MEASURE_FD_VARIABLE: str(write_end)},
            pass_fds=(write_end,), preexec_fn=mark_exec,  # noqa: PLW1509 (this process has no threads)
            stdout=subprocess.DEVNULL, stderr=errors, cwd=CHECKOUT,
        )
        try:
            ticks = int(Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
            kernel_start_ns = ticks * 1_000_000_000 // CLOCK_TICKS
        finally:
            os.close(write_end)
        lines = _read_until_closed(read_end, child, GIVE_UP_AFTER_S).decode().splitlines()
        child.wait(timeout=GIVE_UP_AFTER_S)
        marks = dict(line.split(" ", 1) for line in lines)
        if child.returncode != 0 or "paint" not in marks or "walk" not in marks:
            errors.seek(0)
            said = errors.read().decode(errors="replace")
            raise SystemExit(f"{program.name} failed (exit {child.returncode}, {lines}):\n{said}")
    painted, processor_ns = (int(value) for value in marks["paint"].split())
    program.paint_ms.append((painted - int(marks["exec"])) / 1e6)
    program.kernel_paint_ms.append((painted - kernel_start_ns) / 1e6)
    program.paint_cpu_ms.append(processor_ns / 1e6)
    for name, value in json.loads(marks["walk"]).items():
        program.figures.setdefault(name, []).append(value)


def _read_until_closed(fd: int, child: subprocess.Popen[bytes], seconds: float) -> bytes:
    """Everything written to the pipe until the child exits; the child is killed if it takes too long."""
    deadline = time.monotonic() + seconds
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                child.kill()
                child.wait()
                raise SystemExit(f"{child.args} did not finish its walk within {seconds} s")
            chunk = os.read(fd, 4096)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    finally:
        os.close(fd)


def reference_content(folder: Path) -> Path:
    """A file for the pydantic reference, of the content file's size (see bare_wizard_pydantic.py)."""
    size = (CHECKOUT / "resources" / "content.json").stat().st_size
    topics = []
    document = {"version": "1", "topics": topics}
    while len(json.dumps(document, indent=2)) < size:
        n = len(topics)
        topics.append({
            "id": f"topic_{n}", "title": f"Topic number {n}",
            "paragraphs": [f"Paragraph {k} of topic {n}, in plain words." for k in range(3)],
            "tags": ["treatment", f"tag_{n % 7}"],
            "links": [{"title": f"Source {n}", "url": f"https://example.org/source/{n}"}],
        })
    path = folder / "reference_content.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def build_reference_bundle() -> Path:
    """The bare wizard frozen by the app's own spec, rebuilt when the spec or the script changes."""
    sources = [CHECKOUT / ".ci" / "myeloma-gui.spec", REFERENCE / "bare_wizard.py"]
    stamp = hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()
    stamp_file = REFERENCE_BUILD / "sources.sha256"
    if REFERENCE_BUNDLE.exists() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return REFERENCE_BUNDLE
    print("Building the bare wizard's bundle with .ci/myeloma-gui.spec ...", flush=True)
    shutil.rmtree(REFERENCE_BUILD, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(REFERENCE_BUILD / "dist"), "--workpath", str(REFERENCE_BUILD / "work"),
         str(CHECKOUT / ".ci" / "myeloma-gui.spec"),
         "--", "--reference", str(REFERENCE / "bare_wizard.py")],
        check=True, cwd=CHECKOUT,
    )
    stamp_file.write_text(stamp)
    return REFERENCE_BUNDLE


def content_load_ms() -> dict[int, tuple[float, float]]:
    """Load + validate of the content file grown 1x, 10x, 100x: {scale: (KiB, median ms)}."""
    sys.path.insert(0, str(CHECKOUT))
    from myeloma_gui.content.loader import load_content
    from myeloma_gui.resources import CONTENT_FILE, bundled_file

    raw = json.loads(bundled_file(CONTENT_FILE).read_text(encoding="utf-8"))
    load_content(bundled_file(CONTENT_FILE))  # import pydantic and build the validators once
    out = {}
    with tempfile.TemporaryDirectory() as folder:
        for scale in (1, 10, 100):
            bigger = copy.deepcopy(raw)
            # More topics and glossary terms grow the file without changing the rule table.
            for key in [key for key in ("topics", "glossary") if isinstance(raw.get(key), list)]:
                bigger[key] = [dict(item, id=f"{item['id']}_{n}") if n else item
                               for n in range(scale) for item in raw[key]]
            path = Path(folder) / f"content_x{scale}.json"
            path.write_text(json.dumps(bigger), encoding="utf-8")
            times = []
            for _ in range(15):
                started = time.perf_counter()
                load_content(path)
                times.append((time.perf_counter() - started) * 1000)
            out[scale] = (path.stat().st_size / 1024, statistics.median(times))
    return out


def ratios(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float, float]:
    """Median of a / median of b (what the budgets are), then the median, min and max of the pairwise
    ratios (run i against run i, which sat next to each other in time)."""
    pairs = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(a) / statistics.median(b), statistics.median(pairs), min(pairs), max(pairs)


def spread(values: Sequence[float]) -> str:
    return f"{statistics.median(values):7.1f}  ({min(values):.1f}-{max(values):.1f})"


def measure(runs: int, with_bundle: bool) -> list[Program]:
    """Runs every program once uncounted, then ``runs`` times in turn; returns them with their figures."""
    with tempfile.TemporaryDirectory(prefix="myeloma-gui-benchmark-") as home:
        environment = {
            **os.environ, "QT_QPA_PLATFORM": "offscreen",
            # Fresh settings every time: no stored text size or window place.
            "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state",
        }
        # An installed copy has its modules compiled (pip compiles a wheel's modules when it installs
        # them, and the bundle carries them compiled), so the checkout's are too, from the first run on.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        python = str(VENV_BIN / "python")
        programs = [
            Program("guide (installed command)", [str(VENV_BIN / "myeloma-gui")]),
            Program("bare wizard", [python, str(REFERENCE / "bare_wizard.py")]),
            Program("bare wizard + content file", [
                python, str(REFERENCE / "bare_wizard_content.py"), str(CONTENT),
            ]),
            Program("bare wizard + small models", [
                python, str(REFERENCE / "bare_wizard_pydantic.py"), str(reference_content(Path(home))),
            ]),
        ]
        if with_bundle:
            programs += [Program("guide (bundle)", [str(BUNDLE)]),
                         Program("bare wizard (bundle)", [str(build_reference_bundle())])]
        for program in programs:  # once each, not counted: the files they read are now cached
            run_once(program, environment)
            program.paint_ms.clear()
            program.kernel_paint_ms.clear()
            program.paint_cpu_ms.clear()
            program.figures.clear()
        for n in range(runs):
            for program in programs:
                run_once(program, environment)
            print(f"\rrun {n + 1} of {runs}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    return programs


Row = tuple[str, str, str, bool]  # what, figure, budget, met


def judged_rows(programs: list[Program], loads: dict[int, tuple[float, float]]) -> list[Row]:
    """(what, figure, budget, met) for each of PRODUCT.md's budgets."""
    by_name = {program.name: program for program in programs}
    guide, bare = by_name["guide (installed command)"], by_name["bare wizard"]
    bare_content, small_models = by_name["bare wizard + content file"], by_name["bare wizard + small models"]
    bundle, bare_bundle = by_name.get("guide (bundle)"), by_name.get("bare wizard (bundle)")
    median = statistics.median
    rows: list[Row] = []

    def ratio_row(what: str, a: Sequence[float], b: Sequence[float], budget: float) -> None:
        value, pairs, low, high = ratios(a, b)
        rows.append((what, f"{value:.2f}x (pairs {pairs:.2f}, {low:.2f}-{high:.2f})", f"<= {budget}x",
                     value <= budget))

    ratio_row("first paint, installed command / bare wizard", guide.paint_ms, bare.paint_ms,
              BUDGETS["first_paint_ratio"])
    if bundle and bare_bundle:
        ratio_row("first paint, bundle / bare wizard's bundle", bundle.paint_ms, bare_bundle.paint_ms,
                  BUDGETS["bundle_first_paint_ratio"])
    # The processor time to the first paint changes less with the machine's load than the wall time.
    ratio_row("(processor time to first paint, command / bare)", guide.paint_cpu_ms, bare.paint_cpu_ms,
              BUDGETS["first_paint_ratio"])
    if bundle and bare_bundle:
        ratio_row("(processor time to first paint, bundle / bare bundle)", bundle.paint_cpu_ms,
                  bare_bundle.paint_cpu_ms, BUDGETS["bundle_first_paint_ratio"])
    ratio_row("peak memory, installed command / bare wizard + content file", guide.figures["peak_mib"],
              bare_content.figures["peak_mib"], BUDGETS["peak_ratio"])
    if bundle:
        ratio_row("peak memory, bundle / bare wizard + content file", bundle.figures["peak_mib"],
                  bare_content.figures["peak_mib"], BUDGETS["peak_ratio"])
    # The reference before 2026-12-07, kept to compare with earlier runs: a file of the same size
    # validated into three small models costs about 2 MiB less than the content file itself.
    ratio_row("(peak memory, installed command / bare wizard + small models)", guide.figures["peak_mib"],
              small_models.figures["peak_mib"], BUDGETS["peak_ratio"])
    for key, what in (("results_ms", "results page painted after the last Next"),
                      ("preview_ms", "print preview open, both pages drawn"),
                      ("pdf_ms", "two-page PDF written (in memory)")):
        values = guide.figures[key]
        rows.append((what, f"{spread(values).strip()} ms", f"< {BUDGETS[key]} ms",
                     median(values) < BUDGETS[key]))
    per_kib = [ms / kib for kib, ms in loads.values()]
    for scale, (kib, ms) in loads.items():
        budget = f"< {BUDGETS['content_ms']} ms" if scale == 1 else "linear"
        # Linear: no more time per KiB than the 1x file takes (whose time also has the fixed part).
        met = ms < BUDGETS["content_ms"] if scale == 1 else ms / kib <= 1.5 * per_kib[0]
        rows.append((f"content load + validate x{scale} ({kib:.0f} KiB)",
                     f"{ms:.1f} ms ({ms / kib:.3f} ms/KiB)", budget, met))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="alternating runs of each program (20)")
    parser.add_argument("--no-bundle", action="store_true", help="leave the bundles out")
    parser.add_argument("--markdown", action="store_true", help="also print the README's tables")
    arguments = parser.parse_args()
    runs: int = arguments.runs
    load_before = os.getloadavg()[0]
    programs = measure(runs, BUNDLE.exists() and not arguments.no_bundle)
    rows = judged_rows(programs, content_load_ms())

    load_after = os.getloadavg()[0]
    busy = " (more than the CPUs can take: even ratios wander)" if load_after > (os.cpu_count() or 1) else ""
    print(f"{datetime.date.today()}, {platform.node()}: {os.cpu_count()} CPUs, {platform.platform()}, "
          f"Python {platform.python_version()}, offscreen; median (min-max) of {runs} alternating runs; "
          f"load average {load_before:.1f} before, {load_after:.1f} after{busy}")
    print(f"\n{'program':<28} {'first paint ms':>22} {'(kernel start)':>14} {'(processor)':>11} "
          f"{'peak MiB, whole walk':>24}")
    for program in programs:
        kernel, processor = (statistics.median(program.kernel_paint_ms),
                             statistics.median(program.paint_cpu_ms))
        print(f"{program.name:<28} {spread(program.paint_ms):>22} {kernel:14.1f} {processor:11.1f} "
              f"{spread(program.figures['peak_mib']):>24}")
    print()
    for what, figure, budget, met in rows:
        print(f"{what:<58} {figure:<34} {budget:<10} {'met' if met else 'MISSED'}")
    if arguments.markdown:
        print("\n| Program | First paint, ms | Processor time to it, ms | Peak memory, whole walk, MiB |\n"
              "| --- | --- | --- | --- |")
        for program in programs:
            cells = (spread(values).strip() for values in (program.paint_ms, program.paint_cpu_ms,
                                                           program.figures["peak_mib"]))
            print(f"| {program.name} | {' | '.join(cells)} |")
        print("\n| Measure | Figure | Budget | |\n| --- | --- | --- | --- |")
        for what, figure, budget, met in rows:
            print(f"| {what} | {figure} | {budget} | {'met' if met else 'missed'} |")

if __name__ == "__main__":
    main()
