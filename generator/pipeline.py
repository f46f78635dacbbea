"""The whole flow for one target: load -> validate -> model -> render -> format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.build import build
from generator.errors import Problem, fail
from generator.format import format_files
from generator.load import Spec
from generator.render import RenderedFile, render
from generator.validate import validate


@dataclass
class Output:
    files: list[RenderedFile]
    problems: list[Problem]  # warnings: what was left out


def generate_files(spec_path: Path, package: str, out: Path) -> Output:
    if not package.isidentifier():
        raise fail(f"package name {package!r} is not a valid Python identifier", hint="use e.g. my_api")
    spec = Spec.load(spec_path)
    validate(spec)
    api = build(spec, package)
    files = format_files(render(api, out.name))
    return Output(files, api.problems)
