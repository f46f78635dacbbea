"""Escaping: no text in a spec can break, or inject code into, what is generated."""

from __future__ import annotations

import ast
import enum
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import yaml
from conftest import FIXTURES, Run

from generator.pycode import docstring_body, json_document, literal
from generator.render import RUNTIME_MODULES, TEMPLATES, runtime_source

HOSTILE = FIXTURES / "hostile.yaml"
FORBIDDEN_CALLS = {"system", "exec", "eval", "__import__", "SystemExit"}


def _generate(sdkgen: Callable[..., Run], tmp_path: Path) -> Path:
    out = tmp_path / "hostile"
    run = sdkgen("generate", "--spec", str(HOSTILE), "--out", str(out), "--package", "hostile_api")
    assert run.code == 0, run.err
    return out


def test_hostile_spec_compiles_and_injects_nothing(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    out = _generate(sdkgen, tmp_path)
    runtime = {f"{m}.py": runtime_source(TEMPLATES, m) for m in (*RUNTIME_MODULES, "_pagination")}
    for path in out.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        copied = runtime.get(path.name) == text  # the runtime, as it is in templates/runtime: no spec text
        tree = ast.parse(text, str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                assert name not in FORBIDDEN_CALLS, f"{path}: a call to {name} was injected"
            if isinstance(node, ast.Raise):
                assert "SystemExit" not in ast.unparse(node), f"{path}: a raise was injected"
            # The client reads the environment, and the runtime's modules files: their imports are
            # fixed text (the checks above still hold for them).
            if isinstance(node, (ast.Import, ast.ImportFrom)) and not copied and path.name != "_client.py":
                assert all(alias.name != "os" for alias in node.names), f"{path}: `import os` was injected"


def test_hostile_text_survives_as_data(
    sdkgen: Callable[..., Run], tmp_path: Path, import_generated: Callable[[Path, str], ModuleType]
) -> None:
    spec = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    operation = spec["paths"]["/Things/{Sid}"]["post"]
    out = _generate(sdkgen, tmp_path)
    api = import_generated(out, "hostile_api")
    from hostile_api.resources.things import ThingContext  # type: ignore[import-not-found]

    doc = inspect.getdoc(ThingContext.update) or ""
    assert operation["summary"] in doc
    assert operation["description"] in doc
    source = (out / "hostile_api" / "resources" / "things.py").read_text(encoding="utf-8")
    assert "\u202e" not in source and "\\u202e" in source  # in the source, the bidi control is visible
    properties = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]
    [enum_values] = [p["enum"] for p in properties.values() if "enum" in p]
    [enum_class] = [c for c in map(api.models.__getattr__, api.models.__all__) if isinstance(c, enum.EnumMeta)]
    assert [m.value for m in enum_class] == enum_values


def test_hostile_response_example_is_a_json_document_of_the_same_value(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    spec = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
    example = spec["paths"]["/Things/{Sid}"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]["example"]
    tests = (_generate(sdkgen, tmp_path) / "tests" / "test_things.py").read_text(encoding="utf-8")
    [constant] = [node for node in ast.parse(tests).body if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "UPDATE_THING_RESPONSE"]
    assert ast.unparse(constant.value).startswith("json.loads(")
    namespace: dict[str, object] = {}
    exec("import json\nvalue = " + ast.unparse(constant.value), namespace)
    assert namespace["value"] == example
    assert "\u202e" not in tests


def test_docstring_body_round_trips_every_character() -> None:
    text = 'a """ b \\ c \' d \u00e9 \U0001f44d {{ x }} {% raw %} ends with a quote"'
    namespace: dict[str, object] = {}
    exec(f'def f():\n    """{docstring_body(text)}"""\n', namespace)
    assert namespace["f"].__doc__ == text  # type: ignore[attr-defined]


def test_docstring_body_shows_invisible_characters() -> None:
    hidden = "a \u202e b \x00 c"
    namespace: dict[str, object] = {}
    exec(f'def f():\n    """{docstring_body(hidden)}"""\n', namespace)
    assert namespace["f"].__doc__ == hidden  # type: ignore[attr-defined]
    assert "\u202e" not in docstring_body("a \u202e b")


def test_literal_round_trips() -> None:
    value = {'a"b': ["x\u202ey", 1, 2.5, True, None, ("t",)], "\\": "'"}
    assert ast.literal_eval(literal(value)) == value
    assert "\u202e" not in literal(value)


def test_json_document_round_trips() -> None:
    value = {'a"""b': ["x\u202ey", 1, 2.5, True, None, "\\", 'ends with a quote"'], 3: {"nested": []}}
    source = json_document(value)
    assert "\u202e" not in source and source.isascii()
    assert eval(source, {"json": json}) == {'a"""b': value['a"""b'], "3": {"nested": []}}
