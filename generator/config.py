"""Targets to generate, read from `[tool.sdkgen]` in pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Location, fail


@dataclass(frozen=True)
class Target:
    name: str
    spec: Path
    out: Path
    package: str
    ref_root: Path | None = None  # the folder the spec's $refs may read (None: the spec's own folder)
    templates: Path | None = None  # a folder of templates overriding the built-in ones of the same name
    overlays: tuple[Path, ...] = ()  # Overlay 1.0 documents applied to the spec, in order


@dataclass(frozen=True)
class Compatibility:
    """`[tool.sdkgen.compatibility]`: a page comparing two targets' specs, kept current like the output."""

    a: Target
    b: Target
    out: Path


@dataclass(frozen=True)
class Config:
    root: Path
    targets: tuple[Target, ...]
    lint: dict[str, Any] = field(default_factory=dict)  # [tool.sdkgen.lint]
    compatibility: Compatibility | None = None
    ref_root: Path | None = None  # the folder the project's specs' $refs may read: the project, unless `ref-root` says

    def ref_root_of(self, spec: Path) -> Path | None:
        """The reference root of a spec inside the project (the project's), else None (its own folder)."""
        return self.ref_root if self.ref_root is not None and spec.resolve().is_relative_to(self.root.resolve()) else None

    def target(self, name: str) -> Target:
        for target in self.targets:
            if target.name == name:
                return target
        known = ", ".join(t.name for t in self.targets) or "none"
        raise fail(f"no target named {name!r} in [tool.sdkgen.targets]", hint=f"known targets: {known}")


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path) -> Config:
    pyproject = find_pyproject(start.resolve())
    if pyproject is None:
        raise fail(
            "no pyproject.toml found here or in any parent folder",
            hint="run sdkgen from the project, or pass --spec FILE --out DIR --package NAME",
        )
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise fail(f"pyproject.toml is not valid TOML: {exc}", Location(pyproject)) from None
    section = data.get("tool", {}).get("sdkgen", {})
    entries = section.get("targets", {})
    if not isinstance(entries, dict) or not entries:
        raise fail(
            "pyproject.toml has no [tool.sdkgen.targets.NAME] table",
            Location(pyproject),
            hint='add one, e.g. [tool.sdkgen.targets.api] spec = "spec/api.yaml" out = "generated/api" package = "api"',
        )
    root = pyproject.parent
    # The folder every target's spec may read files in through `$ref`: the project, unless it says.
    ref_root = section.get("ref-root", ".")
    if not isinstance(ref_root, str):
        raise fail("ref-root in [tool.sdkgen] must be a path (relative to pyproject.toml)", Location(pyproject))
    ref_root_path = (root / ref_root).resolve()
    targets = []
    for name, entry in sorted(entries.items()):
        missing = [key for key in ("spec", "out", "package") if not isinstance(entry.get(key), str)]
        if missing:
            raise fail(
                f"target {name!r} lacks {', '.join(missing)}",
                Location(pyproject),
                hint="each target needs spec, out and package strings",
            )
        templates = entry.get("templates")
        if templates is not None and (not isinstance(templates, str) or not (root / templates).is_dir()):
            raise fail(f"target {name!r}: templates = {templates!r} is no folder", Location(pyproject), hint="a folder of .jinja files, relative to pyproject.toml")
        overlays = entry.get("overlays", [])
        if not isinstance(overlays, list) or not all(isinstance(o, str) and (root / o).is_file() for o in overlays):
            raise fail(f"target {name!r}: overlays = {overlays!r} is not a list of files", Location(pyproject), hint="paths of Overlay 1.0 documents, relative to pyproject.toml")
        targets.append(
            Target(name, root / entry["spec"], root / entry["out"], entry["package"], ref_root_path, root / templates if templates else None, tuple(root / o for o in overlays))
        )
    lint = section.get("lint", {})
    if not isinstance(lint, dict):
        raise fail("[tool.sdkgen.lint] must be a table", Location(pyproject))
    config = Config(root, tuple(targets), lint, None, ref_root_path)
    return Config(root, tuple(targets), lint, _compatibility(section.get("compatibility"), config, pyproject), ref_root_path)


def _compatibility(entry: Any, config: Config, pyproject: Path) -> Compatibility | None:
    if entry is None:
        return None
    names = entry.get("targets") if isinstance(entry, dict) else None
    if not isinstance(names, list) or len(names) != 2 or not isinstance(entry.get("out"), str):
        raise fail(
            "[tool.sdkgen.compatibility] needs targets = [two target names] and out = a file",
            Location(pyproject),
            hint='e.g. targets = ["twilio", "signalwire"], out = "docs/compatibility.md"',
        )
    return Compatibility(config.target(names[0]), config.target(names[1]), config.root / entry["out"])
