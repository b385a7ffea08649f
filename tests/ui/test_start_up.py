"""Start-up as people start the app: nothing the first page does not need loads before it is painted,
and the headless commands never load the window. Also the measuring walk that .ci/benchmark.py uses.

No timings here (the machine is shared): what loads, and what the walk reports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

CHECKOUT = Path(__file__).resolve().parents[2]

# Started as the myeloma-gui command starts it, with no arguments; lists what is loaded when the first
# page has been painted (the moment the app reports to the benchmark), then quits.
LOADED_AT_FIRST_PAINT = textwrap.dedent("""
    import os, sys
    watched = sys.argv[1:]
    sys.argv = ["myeloma-gui"]
    write = os.write

    def report(fd, data):
        if data.startswith(b"paint "):
            print("loaded at first paint:", [name for name in watched if name in sys.modules], flush=True)
            os._exit(0)
        return write(fd, data)

    os.write = report
    from myeloma_gui.__main__ import main
    main()
""")

# Each of these is needed only after the first paint (or never, by the window).
LATER = (
    "myeloma_gui.cli", "myeloma_gui.ui.basics.dialogs", "myeloma_gui.ui.shell.measuring",
    "myeloma_gui.content.models", "myeloma_gui.ui.wizard.question_pages",
    "myeloma_gui.ui.results.results_page",
    "pydantic", "PySide6.QtPrintSupport",
    "html", "datetime", "dataclasses",
)


def environment(tmp_path: Path, **more: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_STATE_HOME": str(tmp_path / "state"), **more}


def test_the_window_paints_before_the_parser_and_the_rest_of_the_guide_load(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADED_AT_FIRST_PAINT, *LATER], capture_output=True, text=True, timeout=60,
        cwd=CHECKOUT, env=environment(tmp_path, MYELOMA_GUI_MEASURE_FD="1"), check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded at first paint: []" in done.stdout


def test_headless_commands_never_load_the_window(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from myeloma_gui.cli import main
        code = main(["validate"])
        print("window loaded:", [m for m in ("PySide6.QtWidgets", "PySide6.QtGui") if m in sys.modules])
        sys.exit(code)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=CHECKOUT,
        env=environment(tmp_path), check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "window loaded: []" in done.stdout


def test_the_measuring_walk_reports_the_first_paint_and_the_whole_walk(tmp_path: Path) -> None:
    """What .ci/benchmark.py reads: one paint line, then one walk line after the results and printing."""
    read_end, write_end = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-m", "myeloma_gui"], pass_fds=(write_end,), cwd=CHECKOUT,
        env=environment(tmp_path, MYELOMA_GUI_MEASURE_FD=str(write_end)),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reports:
        lines = reports.read().decode().splitlines()
    _, errors = child.communicate(timeout=60)
    assert child.returncode == 0, errors.decode()
    assert [line.split(" ", 1)[0] for line in lines] == ["paint", "walk"]
    assert int(lines[0].split()[1]) > 0
    figures = json.loads(lines[1].split(" ", 1)[1])
    assert set(figures) == {"results_ms", "peak_mib", "preview_ms", "pages", "pdf_ms"}
    # The budget speaks of a two-page summary; at 12-point text a typical one is now three.
    assert figures["pages"] >= 2


def test_first_page_text_never_becomes_markup(qtbot: QtBot) -> None:
    """The first page's labels are built without naming Qt.TextFormat; whatever the content file says,
    they still show its words as written."""
    from myeloma_gui.ui.basics import text

    for words in ("Plain words, as most are.", "<b>not bold</b>", "A &amp; B", "A & B", "x &lt; y"):
        label = text.paragraph(words, early=True)
        qtbot.addWidget(label)
        document = QTextDocument()
        if label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(label.text()):
            document.setHtml(label.text())
        else:
            document.setPlainText(label.text())
        assert document.toPlainText() == words
        assert label.accessibleName() == words


# Started as the myeloma-gui command starts it; walks to the results as the benchmark does, and once
# the results are painted (before printing, which the benchmark measures after the peak), says which
# source files were read and which of Qt's widget classes the guide never uses PySide had made
# Python types for.
WALK_AND_LOOK = textwrap.dedent("""
    import importlib.machinery, json, linecache, os, sys
    sys.argv = ["myeloma-gui"]
    read = []
    update = linecache.updatecache

    def noted(filename, *args, **kwargs):
        read.append(filename)
        return update(filename, *args, **kwargs)

    linecache.updatecache = noted
    UNUSED = ("QCalendarWidget", "QMdiArea", "QTreeView", "QDial", "QColorDialog", "QDockWidget")

    def look(wizard):
        widgets = sys.modules["PySide6.QtWidgets"]
        seen = {"sources_read": [f for f in read if "myeloma_gui" in f or "pydantic" in f],
                "unused_widget_types": [name for name in UNUSED if name in vars(widgets)]}
        print("seen:", json.dumps(seen), flush=True)
        os._exit(0)

    class LookInsteadOfPrinting:  # imported as the app imports it, after the first paint
        def find_spec(self, name, path, target=None):
            if name != "myeloma_gui.ui.shell.measuring":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                module._print_preview_and_pdf = look

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, LookInsteadOfPrinting())
    from myeloma_gui.__main__ import main
    main()
""")


def test_the_walk_to_the_results_reads_no_source_and_makes_no_unused_qt_types(tmp_path: Path) -> None:
    """Memory PySide would spend for nothing: it reads the source of every module imported after it
    (for a feature the guide does not use), and makes a Python type for every widget class Qt has
    when handed one of Qt's own widgets it does not know yet (a scroll area's viewport, say): 3 and 2
    MiB at the peak. (How much the walk takes is the benchmark's to say.)"""
    done = subprocess.run(
        [sys.executable, "-c", WALK_AND_LOOK], capture_output=True, text=True, timeout=60,
        cwd=CHECKOUT, env=environment(tmp_path, MYELOMA_GUI_MEASURE_FD="1"), check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.split("seen: ", 1)[1])
    assert seen == {"sources_read": [], "unused_widget_types": []}
