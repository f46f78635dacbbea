"""A spec as it was at a git commit, for `sdkgen diff --base`."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from generator.errors import fail


def spec_at(ref: str, spec: Path, into: Path) -> Path | None:
    """The spec as of `ref`, its folder extracted into the new folder `into` (its `$ref`s resolve
    there too; the caller removes it). None when the spec did not exist at `ref`.
    """
    spec = spec.resolve()
    root = _git(["rev-parse", "--show-toplevel"], spec.parent).decode().strip()
    relative = spec.relative_to(root)
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], Path(root), f"{ref!r} is not a commit here")
    folder = relative.parent.as_posix() or "."
    archive = _git(["archive", "--format=tar", ref, "--", folder], Path(root), f"cannot read {folder} at {ref}")
    into.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    found = into / relative
    return found if found.is_file() else None


def _git(arguments: list[str], cwd: Path, problem: str = "git failed") -> bytes:
    try:
        done = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise fail("git is not installed", hint="install git, or pass two spec files instead of --base") from None
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip().splitlines()
        raise fail(f"{problem}: {detail[-1] if detail else 'git exited with ' + str(done.returncode)}", hint="run it inside the git repository of the specs")
    return done.stdout
