"""Entry point for ``myeloma-gui`` and ``python -m myeloma_gui``."""

from __future__ import annotations

import sys


def main() -> None:
    from myeloma_gui.cli import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()
