"""The command line: start the app, check a content file, or turn saved answers into results.

Every command that reads a file reports a bad one in one plain line on stderr and exits non-zero;
no traceback reaches the person at the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from myeloma_gui import __version__
from myeloma_gui.resources import CONTENT_FILE, bundled_file

if TYPE_CHECKING:
    from myeloma_gui.decision.results import GuideResults
    from myeloma_gui.ui.paper.headless_print import PrintQueueError

EXIT_BAD_INPUT = 1
# `results --print` with no queue named: the default queue.
DEFAULT_QUEUE = ""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="myeloma-gui",
        description="A step-by-step guide to the treatment options the NCI lists for relapsed or "
        "refractory multiple myeloma. With no command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    content_help = "use this content file instead of the bundled one (for content editors)"
    parser.add_argument("--content", type=Path, metavar="FILE", help=content_help)
    parser.add_argument(
        "--smoke", action="store_true",
        help="open the window, check the first page is shown and the content is valid, then quit "
        "(for checking an installed copy or a bundle)",
    )
    parser.add_argument(
        "--language", metavar="CODE",
        help="the window's language, such as 'es' (default: the system's; $MYELOMA_GUI_LANGUAGE too); "
        "'pseudo' shows every interface word in [[brackets]], for checking that none is left out",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check a content file and report every problem")
    validate.add_argument("file", type=Path, nargs="?", help="the content file (default: the bundled one)")
    validate.add_argument(
        "--sources", type=Path, metavar="DIR",
        help="also check that every quote is found in its file in this folder of source copies "
        "(such as ../shared/source)",
    )

    sources = commands.add_parser(
        "sources", help="for whoever keeps the content: every fact with its quotes, or the facts a newer "
        "copy of the source pages no longer supports",
    )
    wanted = sources.add_mutually_exclusive_group(required=True)
    wanted.add_argument(
        "--json", type=Path, metavar="OUT",
        help="write every fact-stating string, its JSON pointer and its quotes here",
    )
    wanted.add_argument(
        "--changed", type=Path, metavar="DIR",
        help="list each fact whose quotes are no longer found in this newer copy of the source folder "
        "(exit 0: none, 1: some, 2: an error)",
    )
    sources.add_argument("--content", type=Path, metavar="FILE", help=content_help, dest="sub_content")

    results = commands.add_parser(
        "results", help="read a saved-answers file and write the results, with no window"
    )
    results.add_argument("answers", type=Path, help="a file saved with 'Save answers...'")
    results.add_argument(
        "--json", type=Path, metavar="OUT", help="write the results as JSON here (default: print them)"
    )
    results.add_argument(
        "--pdf", type=Path, metavar="OUT",
        help="also write the printable summary (with the saved notes) as a PDF here; no window opens",
    )
    results.add_argument(
        "--paper", choices=("a4", "letter"),
        help="the PDF's paper size (default: Letter in North America, A4 elsewhere, from the locale)",
    )
    results.add_argument(
        "--name", default="", help="the name for the PDF's name line (default: a blank line to write on)"
    )
    results.add_argument(
        "--large-print", action="store_true", help="the PDF in large print (16-point text instead of 12)"
    )
    results.add_argument(
        "--print", nargs="?", const=DEFAULT_QUEUE, metavar="QUEUE", dest="print_queue",
        help="also print the summary (as the PDF, with --paper, --name and --large-print) on this print "
        "queue (default: the default queue); without --paper, the printer's own paper",
    )
    results.add_argument("--content", type=Path, metavar="FILE", help=content_help, dest="sub_content")

    commands.add_parser(
        "install-desktop", help="add the app to your desktop's menu (for you only), with its icon"
    )
    commands.add_parser("uninstall-desktop", help="take the app out of your desktop's menu again")

    schema = commands.add_parser("schema", help="print the JSON Schema of the content file")
    schema.add_argument("--output", type=Path, metavar="OUT", help="write it to this file instead")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    content_path: Path = (
        getattr(arguments, "sub_content", None) or arguments.content or bundled_file(CONTENT_FILE)
    )
    if arguments.command == "validate":
        return _validate(arguments.file or content_path, arguments.sources)
    if arguments.command == "sources":
        from myeloma_gui.source_commands import run_sources

        return run_sources(content_path, arguments.json, arguments.changed)
    if arguments.command == "results":
        printout = PdfChoices(arguments.paper, arguments.name, arguments.large_print, arguments.language)
        return _results(
            arguments.answers, content_path, arguments.json, arguments.pdf, printout,
            print_queue=arguments.print_queue,
        )
    if arguments.command == "schema":
        return _schema(arguments.output)
    if arguments.command in ("install-desktop", "uninstall-desktop"):
        return _desktop_menu(install=arguments.command == "install-desktop")

    from myeloma_gui.ui.shell.pyside_imports import skip_source_reading

    skip_source_reading()  # before the guide's own modules and pydantic are imported
    from myeloma_gui.ui.shell.app import run_app

    return run_app(content_path, smoke=arguments.smoke, language=arguments.language)


def _validate(path: Path, sources: Path | None) -> int:
    from myeloma_gui.content.loader import ContentError, load_content

    try:
        content = load_content(path)
    except ContentError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{path}: valid (content version {content.metadata.content_version}, "
          f"reviewed {content.metadata.reviewed.isoformat()})")
    if sources is None:
        print("Quotes not checked: add --sources DIR to check each one against the source copies.")
        return 0
    from myeloma_gui.source_commands import check_quotes

    return check_quotes(content, path, sources)


class PdfChoices(NamedTuple):
    paper: str | None = None
    """"a4", "letter", or None for the locale's paper."""
    name: str = ""
    large_print: bool = False
    language: str | None = None
    """The interface words' language (the summary's own headings), or None for the system's."""


def _results(
    answers_path: Path, content_path: Path, json_out: Path | None, pdf_out: Path | None = None,
    printout: PdfChoices = PdfChoices(),  # noqa: B008 (a tuple: it cannot change)
    *, print_queue: str | None = None,
) -> int:
    from myeloma_gui.content.loader import ContentError, load_content
    from myeloma_gui.decision.guide import decide
    from myeloma_gui.decision.saved_answers import (
        AnswersFileError,
        read_answers_file,
        require_complete,
    )
    from myeloma_gui.files import write_atomically
    from myeloma_gui.report.results_data import results_to_data

    try:
        content = load_content(content_path)
    except ContentError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        saved = read_answers_file(answers_path, content)
        require_complete(saved, content)
    except AnswersFileError as error:
        print(f"myeloma-gui: {answers_path}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    results = decide(content, saved.answers, saved.what_matters, for_someone_else=saved.for_someone_else)
    text = json.dumps(results_to_data(results), indent=2, ensure_ascii=False)
    if json_out is None and pdf_out is None and print_queue is None:
        print(text)
        return 0
    out = json_out
    try:
        if json_out is not None:
            write_atomically(json_out, (text + "\n").encode("utf-8"))
        if pdf_out is not None:
            from myeloma_gui.ui.paper.headless_pdf import write_pdf_without_window

            out = pdf_out
            write_pdf_without_window(
                pdf_out, results, saved.notes, printout.paper,
                name=printout.name, large_print=printout.large_print, language=printout.language,
            )
    except OSError as error:
        print(f"myeloma-gui: cannot write {out}: {error.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if print_queue is not None:  # after the files: a printer that fails loses neither
        return _print(print_queue, results, saved.notes, printout)
    return 0


def _print(queue: str, results: GuideResults, notes: str, printout: PdfChoices) -> int:
    from myeloma_gui.ui.paper.headless_print import PrintQueueError, print_without_window

    try:
        printed = print_without_window(
            queue or None, results, notes, printout.paper,
            name=printout.name, large_print=printout.large_print, language=printout.language,
        )
    except PrintQueueError as error:
        print(f"myeloma-gui: {_not_printed(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Sent to the print queue {printed.queue}: {printed.pages} pages.")
    return 0


def _not_printed(error: PrintQueueError) -> str:
    """One line: why nothing was printed, and what to do instead."""
    from myeloma_gui.ui.paper.headless_print import QueueProblem

    queues = ", ".join(error.queues)
    why = {
        QueueProblem.NO_QUEUE: "this computer has no printer (no print queue); add one in the "
        "system's printer settings, or write a PDF with --pdf",
        QueueProblem.NO_DEFAULT: f"no print queue is the default one; name one: --print QUEUE "
        f"(the queues: {queues})",
        QueueProblem.UNKNOWN: f"there is no print queue named '{error.queue}' (the queues: {queues})"
        if queues else f"there is no print queue named '{error.queue}': this computer has none",
        QueueProblem.STOPPED: f"the print queue '{error.queue}' is stopped; start it again in the "
        f"system's printer settings (or: cupsenable {error.queue}), or name another queue",
        QueueProblem.NOT_SENT: f"the summary could not be sent to the print queue '{error.queue}'"
        + (f": {error.detail}" if error.detail else ""),
    }[error.problem]
    return f"nothing was printed: {why}."


def _desktop_menu(*, install: bool) -> int:
    from myeloma_gui import desktop_entry

    folders = desktop_entry.DesktopFolders.for_current_user()
    try:
        if install:
            command = desktop_entry.launch_command()
            desktop_entry.install(folders, command)
            print(f"Added to your menu: {folders.entry}\nIt starts: {' '.join(command)}")
        else:
            removed = desktop_entry.uninstall(folders)
            print(f"Taken out of your menu: {folders.entry}" if removed else "It was not in your menu.")
    except OSError as error:
        print(f"myeloma-gui: cannot change {error.filename or folders.data_home}: {error.strerror}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _schema(output: Path | None) -> int:
    from myeloma_gui.content.schema import content_schema_text

    text = content_schema_text()
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"myeloma-gui: cannot write {output}: {error.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0
