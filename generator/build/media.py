"""Request and response bodies by media type: which one is used, how one that is not JSON is typed,
and its example."""

from __future__ import annotations

import json
from typing import Any

from generator.load import Resolved, Spec
from generator.walk import child

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def pick_media(content: dict[str, Any]) -> str | None:
    """The body's media type: a form, else JSON, else a multipart form (files among fields), else one
    sent as it is (XML, audio: see `raw_kind`)."""
    if FORM in content:
        return FORM
    for media in content:
        if media == "application/json" or media.endswith("+json"):
            return media
    if MULTIPART in content:
        return MULTIPART
    return next((m for m in content if not m.startswith("multipart/")), None)


def raw_kind(media: str) -> str:
    """How a body that is neither JSON nor a form is typed: text (`str`) or anything else (`bytes`)."""
    text = media.startswith("text/") or media.endswith(("/xml", "+xml")) or media in ("application/javascript", "application/sql")
    return "text" if text else "bytes"


def media_example(spec: Spec, media: Resolved) -> Any:
    """A media type's example: its `example`, its first `examples` entry, else its schema's `example`
    or first of 3.1's `examples`. An object or array written as JSON text (`example: '{"a": 1}'`, as
    specs converted from other formats do) is read as the JSON it holds."""
    schema = spec.resolve(Resolved(media.value.get("schema", {}), media.document, media.pointer + "/schema")).value
    if "example" in media.value:
        return _as_json(media.value["example"], schema)
    examples = media.value.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples))
        example = spec.resolve(child(media, "examples", first))
        if isinstance(example.value, dict):
            return _as_json(example.value.get("value"), schema)
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return _as_json(schema["example"], schema)
    listed = schema.get("examples")
    return _as_json(listed[0], schema) if isinstance(listed, list) and listed else None


def _as_json(example: Any, schema: Any) -> Any:
    """`example`, or the object or array it holds as JSON text where the schema says it is one."""
    structured = isinstance(schema, dict) and (schema.get("type") in ("object", "array") or "properties" in schema or "items" in schema)
    if isinstance(example, str) and structured and example.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(example)
        except ValueError:
            return example
    return example
