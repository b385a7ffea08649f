"""Where the frozen bundle starts: the same entry point as the ``myeloma-gui`` command."""

from myeloma_gui.__main__ import main

main()
