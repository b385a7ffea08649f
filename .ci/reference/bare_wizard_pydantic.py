"""The benchmark's memory reference until 2026-12-07, kept to compare with earlier runs: the bare wizard,
which after its first paint imports pydantic and validates a file as large as the guide's content file
into three small frozen models, and keeps them. (The budget's reference is now
``bare_wizard_content.py``, which validates the content file itself, as PRODUCT.md words it.)

    MYELOMA_GUI_MEASURE_FD=N python .ci/reference/bare_wizard_pydantic.py FILE

FILE is written by ``.ci/benchmark.py`` (``reference_content``): topics with a title, paragraphs, tags
and links, as many as it takes to reach the content file's size.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bare_wizard import main


def validate(path: Path) -> object:
    from pydantic import BaseModel, ConfigDict

    class Strict(BaseModel):
        model_config = ConfigDict(frozen=True, extra="forbid")

    class Link(Strict):
        title: str
        url: str

    class Topic(Strict):
        id: str
        title: str
        paragraphs: tuple[str, ...]
        tags: tuple[str, ...]
        links: tuple[Link, ...]

    class Document(Strict):
        version: str
        topics: tuple[Topic, ...]

    # As the guide reads its content: parsed with json, then validated.
    return Document.model_validate(json.loads(path.read_text(encoding="utf-8")))


if __name__ == "__main__":
    content = Path(sys.argv[1])
    sys.exit(main(lambda: validate(content)))
