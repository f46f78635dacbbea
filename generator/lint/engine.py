"""Running the rules over specs: findings, severities, configuration and `x-lint-ignore`."""

from __future__ import annotations

import enum
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Location, fail
from generator.load import Spec, split_pointer


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    location: Location

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (str(loc.file), loc.line or 0, loc.column or 0, self.rule, self.message)


# What a rule's check yields: (message saying how to fix it, JSON pointer, the spec it is in or None
# for the one linted).
Found = Iterator[tuple[str, str, Spec | None]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    check: Callable[..., Found]
    cross_spec: bool = False
    slow: bool = False  # worth running in a worker process, beside the others


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, summary: str, *, cross_spec: bool = False, slow: bool = False
) -> Callable[..., Callable[..., Found]]:
    """Register a check. It yields (message with how to fix it, JSON pointer, spec or None for the one linted)."""

    def register(check: Callable[..., Found]) -> Callable[..., Iterator[tuple[str, str, Spec | None]]]:
        RULES[rule_id] = Rule(rule_id, severity, summary, check, cross_spec, slow)
        return check

    return register


def load_custom_rules(files: Sequence[Path]) -> None:
    """Import each of a project's rule files (`[tool.sdkgen.lint] custom-rules`): its
    `@rule`-decorated functions join the built-in rules. A file that fails to import, or a rule id
    that is sdkgen's, is an error naming the file."""
    import importlib.util

    _register_rules()
    for rule_id in set(RULES) - _BUILT_IN:  # an earlier run's (a process may lint several projects)
        del RULES[rule_id]
    for path in files:
        path = path.resolve()
        spec = importlib.util.spec_from_file_location(f"sdkgen_custom_rules_{abs(hash(path))}", path)
        if spec is None or spec.loader is None or not path.is_file():
            raise fail(f"custom lint rules {path}: no such Python file", hint="fix the path in [tool.sdkgen.lint] custom-rules (relative to pyproject.toml)")
        before = dict(RULES)
        try:
            spec.loader.exec_module(importlib.util.module_from_spec(spec))
        except Exception as error:  # noqa: BLE001 - the project's code: its fault is said, not a traceback
            raise fail(f"custom lint rules {path} failed to load: {type(error).__name__}: {error}", hint="run the file with python to see where") from None
        taken = sorted(rule_id for rule_id, known in before.items() if RULES[rule_id] is not known and rule_id in _BUILT_IN)
        if taken:
            RULES.update(before)
            raise fail(f"custom lint rules {path} take the id of a rule sdkgen has: {', '.join(taken)}", hint="give them other ids")


def configured_severities(settings: Mapping[str, object]) -> dict[str, Severity | None]:
    """`[tool.sdkgen.lint.rules]`: rule id -> "off", "info", "warning" or "error"."""
    _register_rules()
    result: dict[str, Severity | None] = {}
    for rule_id, value in settings.items():
        if rule_id not in RULES:
            raise fail(f"[tool.sdkgen.lint.rules] names an unknown rule {rule_id!r}", hint=f"known rules: {', '.join(sorted(RULES))}")
        if value == "off":
            result[rule_id] = None
        elif isinstance(value, str) and value.upper() in Severity.__members__:
            result[rule_id] = Severity[value.upper()]
        else:
            raise fail(f"[tool.sdkgen.lint.rules] {rule_id} = {value!r}: use off, info, warning or error")
    return result


_BUILT_IN: set[str] = set()  # the ids of sdkgen's own rules (a project's may not take one)


def _register_rules() -> None:
    """Import the rules (and the validators they use) only now: a forked worker imports them beside us."""
    # Each module registers its rules in RULES as it is imported.
    import generator.lint.path_rules
    import generator.lint.rules
    import generator.lint.schema_rules
    import generator.lint.server_rules
    import generator.lint.text_rules  # noqa: F401

    if not _BUILT_IN:
        _BUILT_IN.update(RULES)


Results = list[tuple[str, str, int | None]]  # (message, pointer, index of the spec or None for the first)
Job = tuple[str, tuple[int, ...]]  # (rule id, indexes of the specs it runs on)


def run(
    paths: Iterable[Path], settings: Mapping[str, object] | None = None, ref_root: Path | None = None, custom: Sequence[Path] = ()
) -> list[Finding]:
    """Every finding of every enabled rule over `paths`, sorted by location.

    `settings` is `[tool.sdkgen.lint.rules]`: rule id -> "off", "info", "warning" or "error";
    `ref_root`: the folder the specs' `$ref`s may read (default: each spec's own); `custom`: Python
    files of the project's own rules (`[tool.sdkgen.lint] custom-rules`), loaded before the rest.
    """
    paths = list(paths)
    settings = settings or {}
    load_custom_rules(custom)
    return _run(paths, settings, ref_root)


def _run(paths: list[Path], settings: Mapping[str, object], ref_root: Path | None) -> list[Finding]:
    from generator import parse_cache

    severities = configured_severities(settings)
    with parse_cache.deferred_writes():  # kept once the worker runs: it need not wait for the writing
        specs = [Spec.load(path, ref_root=ref_root) for path in paths]
        with _worker(specs, severities) as slow_results:  # forked now: it has the parsed specs
            parse_cache.write_deferred()
            results = {job: _results(job, specs) for job in _jobs(severities, len(paths), slow=False)}
            results.update(slow_results() if slow_results else {job: _results(job, specs) for job in _jobs(severities, len(paths), slow=True)})
    findings = []
    for (rule_id, indexes), found in results.items():
        check = RULES[rule_id]
        level = severities.get(rule_id, check.severity)
        assert level is not None
        for message, pointer, index in found:
            spec = specs[index if index is not None else indexes[0]]
            if not _ignored(spec, pointer, rule_id):
                findings.append(Finding(rule_id, level, message, spec.root.locate(pointer)))
    return sorted(_one_per_defect(set(findings)), key=Finding.sort_key)


_VALIDATORS = ("openapi-schema", "openapi-semantics")


def _one_per_defect(findings: set[Finding]) -> list[Finding]:
    """The findings without the validators' (openapi-spec-validator's) where another error says the
    same: one at a node where a more specific rule (or the meta-schema pass) reports an error, and the
    meta-schema's "not valid under any of the schemas" at a node whose actual fault is an error
    reported beneath it."""
    at: dict[str, set[str]] = {}  # pointer -> the rules with an error there
    errors_at: list[str] = []
    for f in findings:
        if f.severity is Severity.ERROR:
            at.setdefault(f.location.pointer, set()).add(f.rule)
            errors_at.append(f.location.pointer)

    def superseded(f: Finding) -> bool:
        if f.rule not in _VALIDATORS:
            return False
        others = at.get(f.location.pointer, set()) - {f.rule}
        if others - set(_VALIDATORS) or (f.rule == "openapi-semantics" and "openapi-schema" in others):
            return True
        combinator = "is not valid under any of the schemas listed" in f.message
        return combinator and any(p.startswith(f.location.pointer + "/") for p in errors_at)

    return [f for f in findings if not superseded(f)]


def _jobs(severities: Mapping[str, Severity | None], count: int, *, slow: bool) -> list[Job]:
    """The enabled rules (the slow ones, or the others) and the specs each run gets."""
    jobs: list[Job] = []
    for check in RULES.values():
        if check.slow != slow or severities.get(check.id, check.severity) is None:
            continue
        if check.cross_spec:
            jobs += [(check.id, tuple(range(count)))] if count > 1 else []
        else:
            jobs += [(check.id, (index,)) for index in range(count)]
    return jobs


def _results(job: Job, specs: list[Spec]) -> Results:
    """A rule's findings as plain values (picklable: they may come back from the worker process)."""
    rule_id, indexes = job
    results: Results = []
    try:
        for message, pointer, where in RULES[rule_id].check(*(specs[i] for i in indexes)):
            results.append((message, pointer, specs.index(where) if where is not None else None))
    except Exception as error:  # noqa: BLE001 - one rule's fault must not cost the other rules' findings
        # Said as a finding, so that every output format stays valid; what it found so far stands.
        results.append((f"this rule stopped on this spec ({type(error).__name__}: {error}); please report it to sdkgen", "", None))
    return results


# The specs and severities a forked worker finds in its copy of this process's memory.
_FOR_WORKER: list[tuple[list[Spec], Mapping[str, Severity | None]]] = []


def _run_slow_rules() -> dict[Job, Results]:
    """In the worker: the slow rules over the specs the main process had parsed when it forked."""
    specs, severities = _FOR_WORKER[-1]
    return {job: _results(job, specs) for job in _jobs(severities, len(specs), slow=True)}


@contextmanager
def _worker(specs: list[Spec], severities: Mapping[str, Severity | None]) -> Iterator[Callable[[], dict[Job, Results]] | None]:
    """Slow rules (openapi-spec-validator's, example validation) run in one process forked from this
    one once the specs are parsed, beside the others, where there is a second core to use."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    _FOR_WORKER.append((specs, severities))
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_run_slow_rules)  # the process is forked here, with the specs in memory
            yield future.result
    finally:
        _FOR_WORKER.pop()


def _ignored(spec: Spec, pointer: str, rule_id: str) -> bool:
    """`x-lint-ignore: [rule-id, ...]` on the node or any node above it silences the rule there."""
    node = spec.data
    for token in [None, *split_pointer(pointer)]:
        if token is not None:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return False
        if isinstance(node, dict) and rule_id in (node.get("x-lint-ignore") or []):
            return True
    return False

