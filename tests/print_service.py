"""A print service of the tests' own: a private CUPS scheduler with one cups-pdf queue, which "prints"
each job into a PDF file in a folder of the test.

It listens only on a socket in its own folder, never on the machine's print service (port 631 or
/run/cups), so a test run adds no printer for anyone else on the machine. A program reaches it through
``CUPS_SERVER`` (``PrintService.environment``), as libcups and so Qt read it.

cups-pdf reads its settings from /etc/cups/cups-pdf-QUEUE.conf (a queue whose device is
``cups-pdf:/QUEUE``): the service writes that file for its own queue's name and removes it again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_SETTINGS = Path("/etc/cups")


def why_no_print_service() -> str | None:
    """Why a private print service cannot run here, or None when it can."""
    for program in ("cupsd", "lpadmin", "lpstat", "cupsdisable", "cancel"):
        if shutil.which(program) is None:
            return f"needs {program} (.ci/setup test installs cups)"
    if not (CUPS_PDF_PPD.is_file() and CUPS_PDF_BACKEND.is_file()):
        return "needs cups-pdf (.ci/setup test installs printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "needs root: cups-pdf runs as root and reads its settings from /etc/cups"
    return None


@dataclass(frozen=True)
class PrintService:
    folder: Path
    queue: str

    @property
    def socket(self) -> Path:
        return self.folder / "cups.sock"

    @property
    def printed(self) -> Path:
        """Where cups-pdf puts each printed job, as a PDF."""
        return self.folder / "printed"

    @property
    def environment(self) -> dict[str, str]:
        return {"CUPS_SERVER": str(self.socket)}

    def command(self, *arguments: str) -> str:
        result = subprocess.run(
            arguments, env={**os.environ, **self.environment}, capture_output=True, text=True,
            timeout=30, check=True,
        )
        return result.stdout

    def add_queue(self, queue: str) -> None:
        """A cups-pdf queue that prints into ``printed``, accepting jobs. Its name starts with the
        service's own queue's name, so that its settings file is removed with the service."""
        assert queue.startswith(self.queue), queue
        settings = CUPS_PDF_SETTINGS / f"cups-pdf-{queue}.conf"
        settings.write_text(
            f"Out {self.printed}\nSpool {self.folder / 'cups-pdf-spool'}\nLog {self.folder / 'log'}\n",
            encoding="utf-8",
        )
        self.command(
            "lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", str(CUPS_PDF_PPD),
            "-o", "printer-is-shared=false",
            # PDF to PostScript through Cairo, which keeps the text readable in the printed PDF (the
            # default renderer draws it as shapes that no search finds).
            "-o", "pdftops-renderer-default=pdftocairo",
        )

    def wait_for_printed(self, count: int = 1, seconds: float = 90) -> list[Path]:
        """The printed PDFs once ``count`` of them are complete (every job done)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not self.command("lpstat", "-o"):  # no job left waiting or printing
                done = sorted(self.printed.glob("*.pdf"))
                if len(done) >= count:
                    return done
            time.sleep(0.2)
        log = (self.folder / "log" / "error_log")
        raise AssertionError(
            f"no printed page after {seconds} s; the print service's log:\n"
            + (log.read_text(errors="replace")[-3000:] if log.exists() else "(none)")
        )


def _settings(folder: Path) -> None:
    (folder / "etc").mkdir()
    for made in ("spool/tmp", "cache", "state", "log", "printed"):
        (folder / made).mkdir(parents=True)
    (folder / "etc" / "cupsd.conf").write_text(
        f"Listen {folder / 'cups.sock'}\nLogLevel warn\nBrowsing Off\nWebInterface No\n"
        "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
        encoding="utf-8",
    )
    (folder / "etc" / "cups-files.conf").write_text(
        f"ServerRoot {folder / 'etc'}\nRequestRoot {folder / 'spool'}\nTempDir {folder / 'spool/tmp'}\n"
        f"CacheDir {folder / 'cache'}\nStateDir {folder / 'state'}\n"
        f"ErrorLog {folder / 'log/error_log'}\nAccessLog {folder / 'log/access_log'}\n"
        f"PageLog {folder / 'log/page_log'}\nSystemGroup root\nFileDevice No\n",
        encoding="utf-8",
    )


@contextmanager
def private_print_service(*, default: bool = True) -> Iterator[PrintService]:
    """A running private scheduler with one cups-pdf queue (the default one unless ``default`` is
    False), stopped and removed again afterwards."""
    # Not under pytest's tmp_path: that is readable by its owner only, and CUPS's filters run as lp.
    folder = Path(tempfile.mkdtemp(prefix="myeloma-gui-cups-"))
    folder.chmod(0o755)
    service = PrintService(folder, f"myeloma-gui-test-{os.getpid()}-{folder.name[-6:]}")
    _settings(folder)
    scheduler = subprocess.Popen(
        ["cupsd", "-f", "-c", str(folder / "etc/cupsd.conf"), "-s", str(folder / "etc/cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not service.socket.exists():
            if scheduler.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the private print service did not start (see {folder}/log)")
            time.sleep(0.05)
        service.add_queue(service.queue)
        if default:
            service.command("lpadmin", "-d", service.queue)
        yield service
    finally:
        scheduler.terminate()
        scheduler.wait(timeout=20)
        for queue_settings in CUPS_PDF_SETTINGS.glob(f"cups-pdf-{service.queue}*.conf"):
            queue_settings.unlink()
        shutil.rmtree(folder, ignore_errors=True)
