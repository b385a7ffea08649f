"""The commands for whoever keeps the content: every fact with its quotes, and which facts a newer copy
of the source pages no longer supports.

    myeloma-gui validate FILE --sources DIR   every quote checked against the files in DIR
    myeloma-gui sources --json OUT             every fact-stating string, its place and its quotes
    myeloma-gui sources --changed DIR          the sentences whose quotes DIR's copies no longer hold

Each reports a bad file or folder in one plain line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from myeloma_gui.content.loader import ContentError, load_content
from myeloma_gui.content.models import Content
from myeloma_gui.content.quotes import SourceFolder, SourceFolderError
from myeloma_gui.content.references import StatedFact, UnfoundQuote, stated_facts, unfound_quotes
from myeloma_gui.json_files import shortened

EXIT_CHANGED = 1
EXIT_ERROR = 2
# How much of a sentence or a quote a listing shows: enough to find it in the file.
SHOWN = 90


def facts_data(facts: list[StatedFact]) -> dict[str, Any]:
    """The ``sources --json`` document."""
    return {
        "entries": [
            {
                "path": fact.pointer,
                "text": fact.text,
                "sources": [{"file": q.file, "quote": q.quote} for q in fact.sources],
            }
            for fact in facts
        ]
    }


def unfound_lines(unfound: list[UnfoundQuote]) -> list[str]:
    """One line per quote not found: where, which file, the quote (shortened)."""
    return [
        f"  {u.pointer}: {u.quote.file}: “{shortened(u.quote.quote, SHOWN)}”" for u in unfound
    ]


def check_quotes(content: Content, path: Path, folder_path: Path) -> int:
    """``validate --sources``: 0 when every quote is found, 1 (with each one named) when some are not."""
    try:
        folder = SourceFolder(folder_path)
    except SourceFolderError as error:
        print(f"myeloma-gui: {error}", file=sys.stderr)
        return EXIT_CHANGED
    facts = stated_facts(content)
    unfound = unfound_quotes(facts, folder)
    if unfound:
        print(f"{path}: {len(unfound)} of {sum(len(f.sources) for f in facts)} quotes are not found in "
              f"their files in {folder_path}:", file=sys.stderr)
        print("\n".join(unfound_lines(unfound)), file=sys.stderr)
        return EXIT_CHANGED
    print(f"{path}: every quote is found in {folder_path} ({len(facts)} facts, "
          f"{sum(len(f.sources) for f in facts)} quotes)")
    return 0


def run_sources(content_path: Path, json_out: Path | None, changed: Path | None) -> int:
    try:
        content = load_content(content_path)
    except ContentError as error:
        print(" ".join(str(error).split("\n", 1)[:1]) + " (run 'myeloma-gui validate' for every problem)",
              file=sys.stderr)
        return EXIT_ERROR
    facts = stated_facts(content)
    if json_out is not None:
        return _write_json(facts, json_out)
    assert changed is not None, "the parser asks for one of --json and --changed"
    return _list_changed(facts, changed)


def _write_json(facts: list[StatedFact], out: Path) -> int:
    from myeloma_gui.files import write_atomically

    text = json.dumps(facts_data(facts), indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomically(out, text.encode("utf-8"))
    except OSError as error:
        print(f"myeloma-gui: cannot write {out}: {error.strerror}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{out}: {len(facts)} facts, {sum(len(f.sources) for f in facts)} quotes")
    return 0


def _list_changed(facts: list[StatedFact], folder_path: Path) -> int:
    try:
        folder = SourceFolder(folder_path)
    except SourceFolderError as error:
        print(f"myeloma-gui: {error}", file=sys.stderr)
        return EXIT_ERROR
    # A file the content quotes that the newer copy lacks is a wrong folder far more often than a page
    # NCI took down: say so, rather than list every sentence as changed.
    missing = sorted({q.file for f in facts for q in f.sources if folder.text(q.file) is None})
    if missing:
        print(f"myeloma-gui: the folder {folder_path} has no readable {', '.join(missing)} "
              f"(the content quotes {'it' if len(missing) == 1 else 'them'}; copy the newer pages there)",
              file=sys.stderr)
        return EXIT_ERROR
    unfound = unfound_quotes(facts, folder)
    by_fact: dict[str, list[UnfoundQuote]] = {}
    for u in unfound:
        by_fact.setdefault(u.pointer, []).append(u)
    if not by_fact:
        print(f"Every quote of the {len(facts)} facts is still found in {folder_path}.")
        return 0
    print(f"{len(by_fact)} of {len(facts)} facts rest on words that {folder_path} no longer has:")
    for pointer, quotes in by_fact.items():
        print(f"\n{pointer}\n  says: {quotes[0].text}")
        for u in quotes:
            print(f"  no longer in {u.quote.file}: “{shortened(u.quote.quote, SHOWN)}”")
    return EXIT_CHANGED
