"""How validating the content grows with the number of questions: 1x, 10x and 100x the shipped file.

    .venv/bin/python .ci/validation_scaling.py [--runs 15]

Each copy of the three disease questions ("stable now?", "kept growing?", "came back after the first
treatment?") comes with a copy of the option matched against it, so every copy is checked like the
real ones. The checks look at each rule once, so the time grows in step with the questions; walking
every combination of answers, as before content format 2, would have had 3 x 3 x 4 = 36 times more
combinations for each added copy (printed for contrast, not walked). Not a timed test on purpose: this
machine is shared and noisy, so it prints medians to read, and fails nothing.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from myeloma_gui.content.loader import load_content, validate_content
from myeloma_gui.resources import CONTENT_FILE, bundled_file

SCALES = (1, 10, 100)
BUDGET_MS = 30.0  # PRODUCT.md: loading and validating the shipped file


def with_copies(raw: dict[str, Any], copies: int) -> dict[str, Any]:
    """The content with ``copies`` times the matched questions, each with its own copy of its option."""
    bigger = copy.deepcopy(raw)
    matched = {option["question"] for option in raw["options"]}
    questions: list[dict[str, Any]] = []
    for question in raw["questions"]:
        questions.append(question)
        if question["id"] in matched:
            questions += [dict(question, id=f"{question['id']}_{n}") for n in range(1, copies)]
    bigger["questions"] = questions
    bigger["options"] = raw["options"] + [
        dict(option, id=f"{option['id']}_{n}", question=f"{option['question']}_{n}")
        for n in range(1, copies) for option in raw["options"]
    ]
    return bigger


def median_ms(raw: dict[str, Any], path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        validate_content(raw, path)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    shipped = bundled_file(CONTENT_FILE)
    load_content(shipped)  # import pydantic and build the validator once, as the app does at start
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        load_content(shipped)
        times.append((time.perf_counter() - started) * 1000)
    print(f"shipped file, read + validated: {statistics.median(times):.1f} ms (budget {BUDGET_MS:.0f} ms)")

    raw = json.loads(shipped.read_text(encoding="utf-8"))
    path = Path(tempfile.gettempdir()) / "content-scaling.json"  # named in messages only
    base = None
    print(f"{'scale':>6} {'questions':>9} {'options':>7} {'validate (ms)':>13} {'x of 1x':>8} "
          f"{'combinations the old check walked':>34}")
    for scale in SCALES:
        bigger = with_copies(raw, scale)
        elapsed = median_ms(bigger, path, runs)
        base = base or elapsed
        combinations = 36 ** scale
        print(f"{scale:>5}x {len(bigger['questions']):>9} {len(bigger['options']):>7} {elapsed:>13.1f} "
              f"{elapsed / base:>8.1f} {combinations:>34.3g}")


if __name__ == "__main__":
    main()
