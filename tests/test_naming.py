"""Names: every spec name becomes a distinct, valid, non-reserved Python identifier; wire names are kept."""

from __future__ import annotations

import ast
import keyword
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, mypy_strict, run_generated_tests
from generator.naming import CLASS_RESERVED, constant, pascal, singular, snake, unique


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("AccountSid", "account_sid"),
        ("PauseBehavior", "pause_behavior"),
        ("StatusCallbackURL", "status_callback_url"),
        ("from", "from_"),  # keyword
        ("class", "class_"),
        ("type", "type_"),  # builtin
        ("list", "list_"),
        ("match", "match_"),  # soft keyword
        ("StartTime<", "start_time_before"),
        ("StartTime>", "start_time_after"),
        ("EndTime<=", "end_time_before_or_at"),
        ("1stPlace", "field_1st_place"),  # starts with a digit
        ("x-request-id", "x_request_id"),
        ("api.v2010.account", "api_v2010_account"),
        ("friendly name", "friendly_name"),
        ("", "field"),
        ("<>", "before_after"),
    ],
)
def test_snake(wire: str, python: str) -> None:
    assert snake(wire) == python
    assert python.isidentifier() and not keyword.iskeyword(python)


def test_reserved_names_get_a_suffix() -> None:
    assert snake("timeout", reserved=frozenset({"timeout"})) == "timeout_"
    assert snake("to_dict", reserved=frozenset({"to_dict"})) == "to_dict_"


def test_twilio_start_time_parameters_stay_distinct() -> None:
    names = unique((wire, snake(wire)) for wire in ["StartTime", "StartTime<", "StartTime>"])
    assert names == {"StartTime": "start_time", "StartTime<": "start_time_before", "StartTime>": "start_time_after"}


def test_collisions_are_resolved_the_same_way_whatever_the_order() -> None:
    wires = ["Start-Time", "StartTime", "start_time", "START_TIME"]
    first = unique((w, snake(w)) for w in wires)
    second = unique((w, snake(w)) for w in reversed(wires))
    assert first == second
    assert first["start_time"] == "start_time"  # the spelling that already is the identifier keeps it
    assert len(set(first.values())) == len(wires)


@pytest.mark.parametrize(
    ("name", "cls"),
    [("api.v2010.account.call", "ApiV2010AccountCall"), ("call_recording", "CallRecording"), ("1x", "Model1x"), ("None", "None_")],
)
def test_pascal(name: str, cls: str) -> None:
    assert pascal(name) == cls


@pytest.mark.parametrize(
    ("value", "member"),
    [("in-progress", "IN_PROGRESS"), (1, "VALUE_1"), ("", "EMPTY"), ("StartCallRecordingAPI", "START_CALL_RECORDING_API"), ("ñandú", "NANDU"), ("fr-CA-Éloïse", "FR_CA_ELOISE")],
)
def test_enum_member_names(value: object, member: str) -> None:
    assert constant(value) == member


@pytest.mark.parametrize(("plural", "one"), [("Calls", "Call"), ("Addresses", "Address"), ("Queues", "Queue"), ("Entities", "Entity"), ("Siprec", "Siprec"), ("Status", "Status")])
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_schemas_named_like_what_generated_modules_import_get_other_class_names(tmp_path: Path) -> None:
    """A spec's `Mapping`, `Any`, `Endpoint` or `SyncResource` schema, or one named like a
    resource class (`MappingList`), must not shadow what a generated module imports or defines: the
    client still type-checks, and runs its tests."""
    from generator.cli import main

    out = tmp_path / "clash_api"
    assert main(["generate", "--spec", str(FIXTURES / "clashing_names.yaml"), "--out", str(out), "--package", "clash_api"]) == 0
    models = {path.stem for path in (out / "clash_api" / "models").glob("*.py")}
    assert {"mapping2", "any2", "endpoint2", "sync_resource2", "mapping_list"} <= models
    assert mypy_strict(out, "clash_api") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-2000:]


@pytest.mark.parametrize("target", ["twilio", "signalwire"])
def test_every_name_generated_modules_import_beside_spec_classes_is_reserved(target: str) -> None:
    """What resource and model modules import from typing, collections.abc and the runtime cannot be a
    class name sdkgen gives a schema or resource (CLASS_RESERVED): a new import must be added there."""
    package = next((ROOT / "generated" / target).glob("*_api"))
    imported = set()
    for module in [*(package / "resources").glob("*.py"), *(package / "models").glob("*.py")]:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            # Generated classes come from sibling modules (`.x`) or `..models`; the rest is stdlib or runtime.
            if isinstance(node, ast.ImportFrom) and (node.level == 0 or (node.module or "").startswith("_")):
                imported |= {alias.asname or alias.name for alias in node.names if alias.name[:1].isupper() and not alias.name.isupper()}
    assert imported and imported <= CLASS_RESERVED, imported - CLASS_RESERVED


def test_a_shared_dotted_namespace_is_dropped_from_model_names_unless_two_would_collide() -> None:
    from generator.schemas import short_names

    names = ["api.v2010.account", "api.v2010.account.call.call_recording", "card", "issuing.card", "issuing.authorization", "a.x", "b.x"]
    assert short_names(names) == {
        "api.v2010.account": "account",
        "api.v2010.account.call.call_recording": "call_recording",  # class CallRecording
        "issuing.card": "issuing.card",  # `card` is another schema's name
        "issuing.authorization": "authorization",
        "a.x": "a.x",  # two end in `x`: each keeps what tells them apart
        "b.x": "b.x",
    }
