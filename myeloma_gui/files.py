"""Writing a file whole or not at all, for everything the app saves: answers, PDFs, results."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

# A file being written is named ".TARGET.RANDOM.myeloma-gui.part" beside its target: it says no more
# than the target's own name, and the ending lets a later save find what a killed one left behind.
PART_SUFFIX = ".myeloma-gui.part"
# A save takes milliseconds; a part file this old belongs to no save still running.
STALE_PART_SECONDS = 60


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write the whole file beside its target, then swap it in, so a crash never leaves half a file.

    A ``private`` file (answers: health information) can be read by its owner only; any other (a PDF
    for the clinic) gets the usual permissions, so colleagues on a shared folder can open it.
    """
    remove_stale_parts(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PART_SUFFIX)
    try:
        if not private:
            os.chmod(temporary, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_parts(folder: Path) -> None:
    """Removes what a save killed half-way (power cut, crash, kill) left in ``folder``: such a file
    holds a copy of answers, so it must not stay behind. Only our own, and only old ones."""
    now = time.time()
    try:
        leftovers = list(folder.glob(f".*{PART_SUFFIX}"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            status = leftover.lstat()
            if (
                leftover.is_file() and not leftover.is_symlink()
                and _mine(status) and now - status.st_mtime > STALE_PART_SECONDS
            ):
                leftover.unlink()
        except OSError:
            continue  # someone else's problem file; the save itself goes on


def _mine(status: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or status.st_uid == os.getuid()  # Windows has no owners here


def _umask() -> int:
    current = os.umask(0)  # the only way to read it is to set it: set it straight back
    os.umask(current)
    return current
