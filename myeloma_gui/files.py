"""Writing a file whole or not at all, for everything the app saves: answers, PDFs, results."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write the whole file beside its target, then swap it in, so a crash never leaves half a file.

    A ``private`` file (answers: health information) can be read by its owner only; any other (a PDF
    for the clinic) gets the usual permissions, so colleagues on a shared folder can open it.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
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


def _umask() -> int:
    current = os.umask(0)  # the only way to read it is to set it: set it straight back
    os.umask(current)
    return current
