"""What openapi-spec-validator's keyword pass already found valid, so that regenerating after an edit
checks again only what the edit touched.

The keyword pass (defaults against their schemas, parameters against path templates, ...) is the
slow half of validation: on Twilio's spec, 0.9 s of a 2 s regeneration, on the path that decides
when it ends. Its verdict on a path item depends on that item, on what the item's `$ref`s reach
(components, other files) and on the validator; its verdict on the rest of the document on that
rest. So each is known by a digest of exactly those, and a digest is remembered once it has
passed: `shared` (everything but `paths`, every other file the spec reaches, the OpenAPI version,
openapi-spec-validator's version and sdkgen's own code) and one per path item (`shared` + its URL
+ its content). A path item that `$ref`s into `paths` makes every item depend on the others: such a
spec is checked whole.

Only passes are remembered, so a spec with a problem is checked whole every time and reports
exactly what a full check reports. The digests live in sdkgen's cache directory (`generator.cache`),
never in the generated output.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from typing import Any

from generator import cache
from generator.load import Spec

_FILE = "validated-keywords.txt"
_KEEP = 20_000  # digests kept; the oldest go first


@dataclass
class Digests:
    shared: str
    paths: dict[str, str] = field(default_factory=dict)  # URL -> digest

    def all(self) -> list[str]:
        return [self.shared, *self.paths.values()]


def digests(spec: Spec, version: str, refs_into_paths: bool) -> Digests | None:
    """The digests of `spec` (every file it reaches already loaded), or None when it must be
    checked whole."""
    paths = spec.data.get("paths")
    if refs_into_paths or not isinstance(paths, dict):
        return None
    try:
        return _digests(spec, version, paths)
    except (TypeError, ValueError):  # keys JSON cannot sort, which YAML allows: no stable digest
        return None


def _digests(spec: Spec, version: str, paths: dict[Any, Any]) -> Digests:
    from openapi_spec_validator import __version__ as validator_version

    from generator.manifest import sdkgen_digest

    shared = hashlib.sha256(f"{version}\n{validator_version}\n{sdkgen_digest()}\n".encode())
    shared.update(_canonical({k: v for k, v in spec.data.items() if k != "paths"}))
    for path, document in sorted(spec.documents.items()):
        if document is not spec.root:
            shared.update(f"\n{path}\n".encode())
            shared.update(_canonical(document.data))
    found = Digests(shared.hexdigest())
    for url, item in paths.items():
        one = hashlib.sha256(f"{found.shared}\n{url}\n".encode())
        one.update(_canonical(item))
        found.paths[str(url)] = one.hexdigest()
    return found


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, default=repr, separators=(",", ":")).encode()


def known() -> set[str]:
    directory = cache.directory()
    if directory is None:
        return set()
    try:
        return set((directory / _FILE).read_text(encoding="ascii").split())
    except (OSError, UnicodeDecodeError):
        return set()


def remember(passed: list[str]) -> None:
    """Add digests that passed; a cache that cannot be written is no error, only slower next time."""
    directory = cache.directory()
    if directory is None:
        return
    path = directory / _FILE
    try:
        old = path.read_text(encoding="ascii").split() if path.is_file() else []
    except (OSError, UnicodeDecodeError):
        old = []
    seen = set(passed)
    kept = [d for d in old if d not in seen] + passed
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="ascii", dir=directory, delete=False, suffix=".tmp") as file:
            file.write("\n".join(kept[-_KEEP:]) + "\n")
        os.replace(file.name, path)  # whole or not at all, whoever else writes it at the same time
    except OSError:
        return
