"""Every example in our specs is valid against its schema, formats and patterns included."""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from conftest import ROOT

SPECS = sorted((ROOT / "spec").glob("*.yaml"))


def _rfc2822(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return True


FORMATS = jsonschema.FormatChecker()
FORMATS.checks("date-time-rfc-2822")(_rfc2822)
FORMATS.checks("currency")(lambda v: not isinstance(v, str) or re.fullmatch(r"[A-Z]{3}", v) is not None)


def _registry() -> Registry:
    resources = []
    for path in SPECS:
        contents = yaml.safe_load(path.read_text(encoding="utf-8"))
        resources.append((path.as_uri(), Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


REGISTRY = _registry()


def _examples(node: Any, pointer: str) -> Iterator[tuple[str, Any, str]]:
    """(where, example value, pointer of the schema it must match) for every example below `node`."""
    if isinstance(node, dict):
        if "schema" in node and isinstance(node["schema"], dict):
            if "example" in node:
                yield f"{pointer}/example", node["example"], f"{pointer}/schema"
            for name, example in (node.get("examples") or {}).items():
                if isinstance(example, dict) and "value" in example:
                    yield f"{pointer}/examples/{name}", example["value"], f"{pointer}/schema"
        elif "example" in node and ("type" in node or "properties" in node):
            yield f"{pointer}/example", node["example"], pointer
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _examples(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{pointer}/{index}")


def _cases() -> list[Any]:
    cases = []
    for path in SPECS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, value, schema_pointer in _examples(data, ""):
            cases.append(pytest.param(path, value, schema_pointer, id=f"{path.name}#{where}"))
    return cases


def _errors(path: Path, value: Any, schema_pointer: str) -> list[str]:
    validator = jsonschema.Draft202012Validator({"$ref": f"{path.as_uri()}#{schema_pointer}"}, registry=REGISTRY, format_checker=FORMATS)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]


@pytest.mark.parametrize(("path", "value", "schema_pointer"), _cases())
def test_example_is_valid(path: Path, value: Any, schema_pointer: str) -> None:
    assert _errors(path, value, schema_pointer) == []


def test_every_operation_has_request_and_response_examples() -> None:
    cases = {c.id for c in _cases()}
    for spec in ("twilio.yaml", "signalwire.yaml"):
        operations = yaml.safe_load((ROOT / "spec" / spec).read_text(encoding="utf-8"))["paths"]
        for path, item in operations.items():
            escaped = path.replace("~", "~0").replace("/", "~1")
            assert f"{spec}#/paths/{escaped}/post/requestBody/content/application~1x-www-form-urlencoded/example" in cases
            assert f"{spec}#/paths/{escaped}/post/responses/200/content/application~1json/example" in cases


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("date_created", "Wed, 19 Sept 2018 20:00:00 +0000"),  # seed 003's month name
        ("account_sid", "string"),  # seed 000's placeholder SIDs
        ("uri", "not a uri reference with spaces\\"),
    ],
)
def test_the_seed_pages_bad_values_are_rejected(field: str, bad: str) -> None:
    spec = ROOT / "spec" / "signalwire.yaml" if field == "date_created" else ROOT / "spec" / "twilio.yaml"
    schema = "/components/schemas/Call" if field == "date_created" else "/components/schemas/Siprec"
    assert _errors(spec, {field: bad}, schema) != []
