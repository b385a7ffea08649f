"""The benchmark's memory reference, as PRODUCT.md words it: "a bare wizard that also imports pydantic
and validates the content file". The bare wizard, which after its first paint imports pydantic and
validates the guide's content file, with the guide's own loader and models, and keeps it.

    MYELOMA_GUI_MEASURE_FD=N python .ci/reference/bare_wizard_content.py FILE

No page, widget or word of the guide's is made: only what reading and checking the file costs (its
models and their validator, about 2 MiB more than ``bare_wizard_pydantic.py``'s three small models).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bare_wizard import main


def validate(path: Path) -> object:
    from myeloma_gui.content.loader import load_content

    return load_content(path)


if __name__ == "__main__":
    content = Path(sys.argv[1])
    sys.exit(main(lambda: validate(content)))
