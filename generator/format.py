"""Black-format generated Python, so that generated code reads as a careful engineer wrote it.

Each piece of Python is written as black formats it: `black.format_str` has the last word on every
line. Before it, ruff's formatter (black's layout, written in Rust, a hundred times faster) lays the
piece out. That is for speed alone: black formats a file a second time whenever its first pass
changed anything, so a piece ruff has already laid out as black would costs black one pass instead
of two. Where ruff lays out differently, black's passes settle it as they always do, and ruff failing
for any reason leaves the piece to black alone; the output is black's either way.

black is most of the cost of generating a large client, so as little as possible goes through it:

- The runtime's modules are copied as they are: templates/runtime/ holds them black-formatted.
- A file whose template output did not change since the last run is taken from disk as it is.
- Otherwise the file is cut before each top-level `def` and `class` into chunks. black formats each
  chunk as it formats it inside the file and puts two blank lines between them, so the formatted file
  is the formatted chunks joined by two blank lines (tests hold this over every file of Twilio's full
  client and of every fixture spec). Chunks whose template output did not change are taken from the
  file on disk; the others are formatted.
- A file with nothing on disk to take from (a new one; every one with `--full`) is formatted whole,
  and its chunks' digests, which the manifest records for next time, are taken where it is formatted.

Formatting runs in parallel when there is enough of it.
"""

from __future__ import annotations

import ast
import gc
import itertools
import os
import subprocess
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from generator import manifest
from generator.errors import fail
from generator.pycode import LINE_LENGTH
from generator.render import RenderedFile

# Below this many lines to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 3000
_SEPARATOR = "\n\n"  # after a chunk's own final newline: the two blank lines before a top-level def or class


@dataclass
class _Plan:
    """A file being formatted chunk by chunk: its chunks, and those formatted so far."""

    file: RenderedFile  # the template output, with its digest
    chunks: list[str]
    formatted: list[str | None]


def format_files(files: list[RenderedFile], out: Path | None) -> list[RenderedFile]:
    """The files as they are written: Python black-formatted, with the digests the manifest records.

    `out`: where the files were generated before, to take what did not change from (None: format all).
    """
    previous = manifest.read(out).entries if out is not None else {}
    result: dict[str, RenderedFile] = {}
    plans: list[_Plan] = []
    whole: list[RenderedFile] = []
    for f in files:
        rendered = manifest.digest(f.content)
        if f.formatted or not f.path.endswith(".py"):
            result[f.path] = RenderedFile(f.path, f.content, rendered)
            continue
        entry = previous.get(f.path)
        kept = manifest.unchanged(out, f.path, rendered, previous) if out is not None else None
        if kept is not None and entry is not None:
            result[f.path] = RenderedFile(f.path, kept, rendered, entry.chunks)
            continue
        known = _formatted_chunks(out, f.path, entry) if out is not None else {}
        if not known:  # nothing of it to keep (a new file, or --full): formatted whole
            whole.append(RenderedFile(f.path, f.content, rendered))
        else:
            chunks = split(f.content)
            formatted = [known.get(manifest.chunk_digest(c)) for c in chunks]
            plans.append(_Plan(RenderedFile(f.path, f.content, rendered), chunks, formatted))
    jobs = [(plan, index) for plan in plans for index, text in enumerate(plan.formatted) if text is None]
    pieces = [(plan.file.path, plan.chunks[index]) for plan, index in jobs]
    # A whole file's chunk digests are taken where it is formatted: splitting is work to share too.
    done = _format_laid_out(pieces + [(f.path, f.content) for f in whole], [False] * len(pieces) + [True] * len(whole))
    for (plan, index), (text, _) in zip(jobs, done[: len(jobs)], strict=True):
        plan.formatted[index] = text
    for plan in plans:
        content = _SEPARATOR.join(t for t in plan.formatted if t is not None)
        result[plan.file.path] = RenderedFile(plan.file.path, content, plan.file.rendered_digest, _chunk_digests(plan.chunks))
    for f, (text, digests) in zip(whole, done[len(jobs) :], strict=True):
        result[f.path] = RenderedFile(f.path, text, f.rendered_digest, digests)
    return [result[f.path] for f in files]


def _chunk_digests(chunks: list[str]) -> tuple[str, ...]:
    return tuple(manifest.chunk_digest(c) for c in chunks)


def split(source: str) -> list[str]:
    """`source` cut before each top-level def and class (without decorators): black formats these alike
    alone and in the file. Unparsable source stays whole (black then says why)."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return [source]
    lines = source.splitlines(True)
    starts = [node.lineno - 1 for node in body[1:] if _splits_before(node)]
    bounds = [0, *starts, len(lines)]
    return ["".join(lines[start:end]) for start, end in itertools.pairwise(bounds) if end > start]


def _splits_before(node: ast.stmt) -> bool:
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not node.decorator_list


def _formatted_chunks(out: Path, path: str, entry: manifest.Entry | None) -> dict[str, str]:
    """Chunk digest -> formatted chunk, from the file on disk if it is still what sdkgen wrote."""
    if entry is None or not entry.chunks:
        return {}
    try:
        content = manifest.inside(out, path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    if manifest.digest(content) != entry.written:
        return {}  # edited by hand: nothing of it is trusted
    chunks = split(content)
    if len(chunks) != len(entry.chunks):
        return {}
    return {digest: chunk.rstrip("\n") + "\n" for digest, chunk in zip(entry.chunks, chunks, strict=True)}


def format_sources(sources: list[tuple[str, str]]) -> list[str]:
    """Each (path, source) black-formatted, after ruff has laid it out (see the module's docstring)."""
    return [text for text, _ in _format_laid_out(sources, [False] * len(sources))]


def _format_laid_out(sources: list[tuple[str, str]], digested: list[bool]) -> list[tuple[str, tuple[str, ...]]]:
    """`format_sources`, each with the digests of its chunks where `digested` says so (else ())."""
    laid_out = _laid_out(sources)
    return _format_all([(path, text, source if digest else None) for (path, source), text, digest in zip(sources, laid_out, digested, strict=True)])


# Between the pieces of one file in the single file ruff gets for them: a top-level comment line, which
# ruff keeps on its own line before the piece it precedes.
_BOUNDARY = "# sdkgen: piece boundary"


def _laid_out(sources: list[tuple[str, str]]) -> list[str]:
    """The sources as ruff's formatter writes them, one ruff run for all; a source it cannot format
    (or every source, when ruff cannot run) stays as it is.

    The pieces of one file (chunks, see `split`) go to ruff as one file, cut apart again at the
    boundary lines put between them: creating a file costs more than ruff takes to format it.
    """
    laid_out = [source for _, source in sources]
    if not sources:
        return laid_out
    try:
        from ruff import find_ruff_bin

        ruff = find_ruff_bin()
    except (ImportError, FileNotFoundError):
        return laid_out
    groups: dict[str, list[int]] = {}
    for index, (path, _) in enumerate(sources):
        groups.setdefault(path, []).append(index)
    with tempfile.TemporaryDirectory(prefix="sdkgen-") as directory:
        files = []
        for number, indices in enumerate(groups.values()):
            pieces = [sources[i][1] for i in indices]
            if any(_BOUNDARY in piece for piece in pieces):
                continue  # cannot be cut apart again: black alone formats these
            name = os.path.join(directory, f"{number}.py")
            with open(name, "w", encoding="utf-8", newline="") as file:
                file.write(f"\n\n{_BOUNDARY}\n".join(pieces))
            files.append((name, indices))
        options = ["--isolated", "--no-cache", "--quiet", "--target-version", "py310", "--line-length", str(LINE_LENGTH)]
        try:
            # Exit status 2 when some file does not parse: the others are formatted all the same.
            subprocess.run([ruff, "format", *options, directory], capture_output=True, check=False, timeout=600)
        except (OSError, subprocess.SubprocessError):
            return laid_out
        for name, indices in files:
            try:
                with open(name, encoding="utf-8", newline="") as file:
                    parts = file.read().split(f"\n{_BOUNDARY}\n")
            except (OSError, UnicodeDecodeError):
                continue
            if len(parts) == len(indices):
                for index, part in zip(indices, parts, strict=True):
                    laid_out[index] = part.rstrip("\n") + "\n"
    return laid_out


# (path, source laid out by ruff, template output whose chunk digests are wanted or None)
_Job = tuple[str, str, "str | None"]


def _format_all(jobs: list[_Job]) -> list[tuple[str, tuple[str, ...]]]:
    workers = min(os.cpu_count() or 1, 8)
    lines = sum(source.count("\n") for _, source, _ in jobs)
    if workers == 1 or lines < _PARALLEL_THRESHOLD or len(jobs) < 2:
        return [_run(job) for job in jobs]
    # Largest first: the pool ends together instead of waiting on one big piece.
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    import black  # noqa: F401  here, once, rather than in each worker: they are forked with it

    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_started) as pool:
        done = pool.map(_run_in_worker, [jobs[i] for i in order], chunksize=max(1, len(order) // (workers * 16)))
        by_index = dict(zip(order, done, strict=True))
    return [by_index[i] for i in range(len(jobs))]


def _run(job: _Job) -> tuple[str, tuple[str, ...]]:
    path, source, template = job
    return format_source(path, source), (_chunk_digests(split(template)) if template is not None else ())


def _worker_started() -> None:
    """A forked worker holds a copy of everything sdkgen read and built, and black. Frozen, the
    garbage collector leaves all of it alone (a pass over it would cost more than black's work)."""
    gc.disable()
    gc.freeze()


def _run_in_worker(job: _Job) -> tuple[str, tuple[str, ...]]:
    """`_run`, then black's tree of the piece (it holds cycles: parent links) collected at once. With
    the collector left to its thresholds instead, it walks the trees of the pieces still being
    formatted again and again: 7% of black's time on Twilio's spec, for no less memory."""
    result = _run(job)
    gc.collect(0)  # the collector is off in workers: everything allocated since the last piece is young
    return result


def format_source(path: str, source: str) -> str:
    import black  # a fifth of a second: paid only when something is to be formatted

    # One year's stable style (pyproject.toml pins black to it): the same input formats the same everywhere.
    from black.mode import TargetVersion
    from black.parsing import InvalidInput

    mode = black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
    try:
        return black.format_str(source, mode=mode)
    except InvalidInput as exc:
        # A template produced invalid Python: a bug in sdkgen, not in the user's spec.
        raise fail(f"generated {path} is not valid Python ({exc}); please report this as an sdkgen bug") from None
