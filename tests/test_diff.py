"""`sdkgen diff`: each kind of spec change, classified for the generated client's users."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, Run

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Calls API", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/Calls/{Sid}": {
            "post": {
                "operationId": "UpdateCall",
                "summary": "Update a call",
                "parameters": [
                    {"name": "Sid", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^CA[0-9a-f]{32}$", "maxLength": 34}},
                    {"name": "Region", "in": "query", "schema": {"type": "string", "maxLength": 10}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "Status": {"type": "string", "enum": ["completed", "canceled"]},
                                    "Url": {"type": "string", "format": "uri"},
                                    "Timeout": {"type": "integer"},
                                },
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "The call.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Call"}}}}},
            }
        }
    },
    "components": {
        "schemas": {
            "Call": {
                "type": "object",
                "properties": {
                    "sid": {"type": "string"},
                    "status": {"type": "string", "enum": ["queued", "completed"]},
                    "duration": {"type": "integer"},
                },
            }
        }
    },
}
OP = ("paths", "/Calls/{Sid}", "post")


def at(spec: dict[str, Any], *keys: Any) -> Any:
    for key in keys:
        spec = spec[key]
    return spec


def body(spec: dict[str, Any]) -> dict[str, Any]:
    return at(spec, *OP, "requestBody", "content", "application/x-www-form-urlencoded", "schema")


def call_model(spec: dict[str, Any]) -> dict[str, Any]:
    return at(spec, "components", "schemas", "Call", "properties")


def param(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in at(spec, *OP, "parameters") if p["name"] == name)


def _delete_operation(s: dict[str, Any]) -> None:
    del s["paths"]["/Calls/{Sid}"]
    _new_operation(s)


def _move_path(s: dict[str, Any]) -> None:
    s["paths"]["/Calls/{Sid}/Update"] = s["paths"].pop("/Calls/{Sid}")


def _new_operation(s: dict[str, Any]) -> None:
    s["paths"]["/Calls"] = {"get": {"operationId": "ListCall", "responses": {"200": {"description": "ok"}}}}


# name -> (how the spec changes, the severity and kind that must be reported)
CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "operation removed": (_delete_operation, "breaking", "operation-removed"),
    "path changed": (_move_path, "breaking", "path-changed"),
    "parameter removed": (lambda s: at(s, *OP, "parameters").pop(1), "breaking", "parameter-removed"),
    "parameter renamed": (lambda s: param(s, "Region").update(name="Edge"), "breaking", "parameter-renamed"),
    "parameter became required": (lambda s: param(s, "Region").update(required=True), "breaking", "parameter-now-required"),
    "new required body field": (
        lambda s: (body(s)["properties"].update(Reason={"type": "string"}), body(s).update(required=["Reason"])),
        "breaking",
        "required-body-field-added",
    ),
    "request enum value removed": (lambda s: body(s)["properties"]["Status"].update(enum=["completed"]), "breaking", "enum-value-removed"),
    "parameter type changed": (lambda s: body(s)["properties"]["Timeout"].update(type="string"), "breaking", "type-changed"),
    "response field removed": (lambda s: call_model(s).pop("duration"), "breaking", "response-field-removed"),
    "response field type changed": (lambda s: call_model(s)["duration"].update(type="string"), "breaking", "response-type-changed"),
    "pattern tightened": (lambda s: param(s, "Sid")["schema"].update(pattern="^CA[0-9a-f]{32}$|^CA-test$"), "breaking", "pattern-tightened"),
    "maxLength tightened": (lambda s: param(s, "Region")["schema"].update(maxLength=5), "breaking", "max-length-tightened"),
    "new operation": (_new_operation, "non-breaking", "operation-added"),
    "new optional parameter": (lambda s: body(s)["properties"].update(Record={"type": "boolean"}), "non-breaking", "optional-parameter-added"),
    "new enum value on a response field": (
        lambda s: call_model(s)["status"].update(enum=["queued", "completed", "failed"]),
        "non-breaking",
        "response-enum-value-added",
    ),
    "text change": (lambda s: at(s, *OP).update(summary="Change a live call"), "non-breaking", "text-changed"),
    "maxLength loosened": (lambda s: param(s, "Region")["schema"].update(maxLength=50), "non-breaking", "constraint-loosened"),
}


@pytest.fixture
def specs(tmp_path: Path) -> Callable[[Callable[[dict[str, Any]], None]], tuple[Path, Path]]:
    def write(change: Callable[[dict[str, Any]], None]) -> tuple[Path, Path]:
        old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
        changed = copy.deepcopy(BASE)
        change(changed)
        old.write_text(yaml.safe_dump(BASE, sort_keys=False), encoding="utf-8")
        new.write_text(yaml.safe_dump(changed, sort_keys=False), encoding="utf-8")
        return old, new

    return write


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_change_kind_is_classified(case: str, specs: Callable[..., tuple[Path, Path]], sdkgen: Callable[..., Run]) -> None:
    change, severity, kind = CASES[case]
    old, new = specs(change)
    run = sdkgen("diff", str(old), str(new), "--format", "json")
    report = json.loads(run.out)
    found = {(c["severity"], c["kind"]) for c in report["changes"]}
    assert (severity, kind) in found, report["changes"]
    breaking = [c for c in report["changes"] if c["severity"] == "breaking"]
    if severity == "non-breaking":
        assert breaking == [], breaking  # nothing else is made of it
    assert run.code == (1 if breaking else 0)


def test_no_change_is_no_finding(specs: Callable[..., tuple[Path, Path]], sdkgen: Callable[..., Run]) -> None:
    old, new = specs(lambda s: None)
    run = sdkgen("diff", str(old), str(new))
    assert run.code == 0 and "0 breaking, 0 non-breaking changes" in run.out


def test_the_report_says_what_the_generated_client_gains_and_loses(specs: Callable[..., tuple[Path, Path]], sdkgen: Callable[..., Run]) -> None:
    def change(s: dict[str, Any]) -> None:
        at(s, *OP, "parameters").pop(1)
        call_model(s)["answered_by"] = {"type": "string"}

    old, new = specs(change)
    run = sdkgen("diff", str(old), str(new))
    assert "client.calls(sid).update() loses region=" in run.out
    assert "the result gains .answered_by" in run.out
    assert run.code == 1
    assert sdkgen("diff", str(old), str(new), "--allow-breaking").code == 0


def test_markdown_is_a_pull_request_comment(specs: Callable[..., tuple[Path, Path]], sdkgen: Callable[..., Run]) -> None:
    old, new = specs(CASES["parameter removed"][0])
    text = sdkgen("diff", str(old), str(new), "--format", "markdown").out
    assert text.startswith("## API changes: Calls API\n")
    assert "### Breaking" in text and "| `UpdateCall` | query parameter Region removed |" in text


@pytest.fixture
def twilio_edit(tmp_path: Path) -> Path:
    """Our Twilio spec with a value added to the recording Status enum and PauseBehavior removed."""
    for name in ("twilio.yaml", "common.yaml"):
        shutil.copy(ROOT / "spec" / name, tmp_path / name)
    spec = tmp_path / "twilio.yaml"
    lines = spec.read_text(encoding="utf-8").splitlines(True)
    start = lines.index("        PauseBehavior:\n")
    end = start + 1
    while lines[end].startswith("          "):
        end += 1
    text = "".join(lines[:start] + lines[end:]).replace("              PauseBehavior: skip\n", "")
    text = text.replace("enum: [in-progress, paused, stopped, processing, completed, absent]", "enum: [in-progress, paused, stopped, processing, completed, absent, archived]")
    spec.write_text(text, encoding="utf-8")
    return spec


def test_a_realistic_edit_of_our_twilio_spec(twilio_edit: Path, sdkgen: Callable[..., Run]) -> None:
    run = sdkgen("diff", str(ROOT / "spec" / "twilio.yaml"), str(twilio_edit), "--format", "json")
    changes = {(c["operation"], c["severity"], c["message"]) for c in json.loads(run.out)["changes"]}
    assert changes == {
        ("UpdateCallRecording", "breaking", "body field PauseBehavior removed"),
        ("UpdateCallRecording", "non-breaking", "response field status: new enum value 'archived'"),
        ("(package)", "breaking", "enum CallRecordingPauseBehavior no longer generated"),
    }
    assert run.code == 1


def test_base_compares_the_working_tree_with_a_commit(
    tmp_path: Path, twilio_edit: Path, sdkgen: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"  # where the base commit's specs are extracted, and removed from after
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    project = tmp_path / "project"
    (project / "spec").mkdir(parents=True)
    for name in ("twilio.yaml", "common.yaml"):
        shutil.copy(ROOT / "spec" / name, project / "spec" / name)
    (project / "pyproject.toml").write_text(
        '[tool.sdkgen.targets.twilio]\nspec = "spec/twilio.yaml"\nout = "generated/twilio"\npackage = "twilio_api"\n', encoding="utf-8"
    )
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "."], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "spec"], cwd=project, check=True)
    assert "0 breaking, 0 non-breaking" in sdkgen("diff", "--base", "HEAD", cwd=project).out
    shutil.copy(twilio_edit, project / "spec" / "twilio.yaml")
    run = sdkgen("diff", "--base", "HEAD", "--format", "markdown", cwd=project)
    assert run.code == 1
    assert "`HEAD:spec/twilio.yaml` → `" in run.out and "body field PauseBehavior removed" in run.out
    bad = sdkgen("diff", "--base", "no-such-ref", cwd=project)
    assert bad.code == 2 and "'no-such-ref' is not a commit here" in bad.err
    assert list(scratch.iterdir()) == []
