"""Measures the app against PRODUCT.md's budgets, next to a bare PySide6 wizard in the same run.

    .venv/bin/python .ci/benchmark.py [--runs 30]

Each measurement runs in a fresh process, offscreen, and is repeated; medians and ratios are printed,
never single timings: this machine is shared and noisy. It is not part of the test suite on purpose.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]

# A first paint is reported as wall-clock time; the parent subtracts the moment it started the process.
BARE_WIZARD = textwrap.dedent("""
    import resource, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = time.time()
                QTimer.singleShot(0, walk)
            return False

    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    for n in range(3):
        page = QWizardPage()
        QVBoxLayout(page).addWidget(QLabel(f"Page {n + 1}: a question and a few answers."))
        wizard.addPage(page)
    watcher = FirstPaint()
    wizard.installEventFilter(watcher)

    def walk():
        wizard.next(); wizard.next(); app.processEvents()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print({"first_paint": watcher.seen, "peak_mib": peak})
        app.quit()

    wizard.show()
    app.exec()
""")

GUIDE = textwrap.dedent("""
    import resource, sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from myeloma_gui.resources import CONTENT_FILE, bundled_file
    from myeloma_gui.ui.shell.app import make_application, open_guide

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = time.time()
                QTimer.singleShot(50, walk)
            return False

    app = make_application()
    watcher = FirstPaint()
    wizard = open_guide(bundled_file(CONTENT_FILE))
    wizard.installEventFilter(watcher)
    ANSWERS = {"situation": ["relapsed_or_refractory"], "stable_now": ["no"],
               "grew_during_treatment": ["no"], "came_back_after_first": ["a_year_or_more"],
               "prior_treatments": ["bortezomib", "lenalidomide"], "clinical_trial": ["maybe"]}

    def walk():
        if wizard.session is None:
            QTimer.singleShot(10, walk)
            return
        wizard.next()
        while wizard.currentId() < 90:
            page = wizard.currentPage()
            for choice in ANSWERS[page.question.id] if hasattr(page, "question") else ():  # 7: optional
                page.buttons[choice].click()
            wizard.next()
        started = time.perf_counter()
        wizard.next()  # review -> results
        app.processEvents()
        shown = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # After the walk, so that the peak above is the walk's: print preview, then a PDF.
        from myeloma_gui.ui.basics import dialogs
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        def shown_preview(preview):
            preview.show()
            view = preview.findChild(QPrintPreviewWidget)
            while view.pageCount() < 2:
                app.processEvents()
            timings["preview_ms"] = (time.perf_counter() - started) * 1000
            preview.close()

        timings = {}
        dialogs.run_print_preview = shown_preview
        started = time.perf_counter()
        wizard.results_page.results_actions.print_button.click()
        from PySide6.QtGui import QPageSize
        from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes
        started = time.perf_counter()
        pdf_bytes(SummaryDocument(wizard.results_page.results, ""), QPageSize.PageSizeId.A4)
        pdf_ms = (time.perf_counter() - started) * 1000
        print({"first_paint": watcher.seen, "peak_mib": peak, "results_ms": shown * 1000,
               "preview_ms": timings["preview_ms"], "pdf_ms": pdf_ms})
        wizard.session.clear()  # nothing unsaved: close without asking
        app.quit()

    app.exec()
""")

CONTENT_LOAD = textwrap.dedent("""
    import copy, json, statistics, sys, tempfile, time
    from pathlib import Path
    from myeloma_gui.content.loader import load_content
    from myeloma_gui.resources import CONTENT_FILE, bundled_file

    raw = json.loads(bundled_file(CONTENT_FILE).read_text(encoding="utf-8"))
    load_content(bundled_file(CONTENT_FILE))  # import pydantic and build the validators once
    out = {}
    for scale in (1, 10, 100):
        bigger = copy.deepcopy(raw)
        # More topics and glossary terms grow the file without changing the rule table.
        bigger["topics"] = [dict(t, id=f"{t['id']}_{n}") if n else t
                            for n in range(scale) for t in raw["topics"]]
        bigger["glossary"] = [dict(g, id=f"{g['id']}_{n}") if n else g
                              for n in range(scale) for g in raw["glossary"]]
        path = Path(tempfile.mkdtemp()) / "content.json"
        path.write_text(json.dumps(bigger), encoding="utf-8")
        times = []
        for _ in range(15):
            started = time.perf_counter()
            load_content(path)
            times.append((time.perf_counter() - started) * 1000)
        out[scale] = {"kib": path.stat().st_size / 1024, "ms": statistics.median(times)}
    print(out)
""")


def run_child(script: str) -> tuple[float, dict[str, float]]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    finished = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env=environment, cwd=CHECKOUT, timeout=120, check=True)
    report: dict[str, float] = eval(finished.stdout.strip().splitlines()[-1])  # noqa: S307 (our own child)
    return started, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs

    bare_paint, bare_peak, guide_paint, guide_peak = [], [], [], []
    results_ms, preview_ms, pdf_ms = [], [], []
    for _ in range(runs):  # alternate, so both see the same machine load
        started, report = run_child(BARE_WIZARD)
        bare_paint.append((report["first_paint"] - started) * 1000)
        bare_peak.append(report["peak_mib"])
        started, report = run_child(GUIDE)
        guide_paint.append((report["first_paint"] - started) * 1000)
        guide_peak.append(report["peak_mib"])
        results_ms.append(report["results_ms"])
        preview_ms.append(report["preview_ms"])
        pdf_ms.append(report["pdf_ms"])

    _, loads = run_child(CONTENT_LOAD)
    median = statistics.median
    rows = {
        "bare wizard: first paint (ms)": median(bare_paint),
        "guide: first paint (ms)": median(guide_paint),
        "first paint ratio (budget 1.3)": median(guide_paint) / median(bare_paint),
        "bare wizard: peak memory (MiB)": median(bare_peak),
        "guide: peak memory, whole walk (MiB)": median(guide_peak),
        "peak memory ratio (budget 1.5)": median(guide_peak) / median(bare_peak),
        "results page after last Next (ms, budget 100)": median(results_ms),
        "print preview open, first time (ms, budget 300)": median(preview_ms),
        "two-page PDF written, first time (ms, budget 150)": median(pdf_ms),
    }
    for scale, load in loads.items():
        rows[f"load + validate content x{scale} ({load['kib']:.0f} KiB) (ms)"] = load["ms"]
    print(f"median of {runs} runs each")
    for name, value in rows.items():
        print(f"  {name:<58} {value:8.2f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
