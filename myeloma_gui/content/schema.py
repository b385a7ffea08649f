"""The JSON Schema of the content file, generated from the models and shipped beside the file."""

from __future__ import annotations

import json
from typing import Any

from myeloma_gui.content.models import Content

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def content_schema() -> dict[str, Any]:
    schema = Content.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, **schema}


def content_schema_text() -> str:
    return json.dumps(content_schema(), indent=2, ensure_ascii=False) + "\n"
