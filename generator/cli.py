"""The `sdkgen` command: generate, check, validate and lint.

Each command imports what it needs when it runs, so `sdkgen lint` does not pay for black or Jinja.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from generator import __version__
from generator.config import Config, Target, load_config
from generator.errors import SdkgenError, fail
from generator.progress import Progress, plural

EXIT_OK, EXIT_DRIFT, EXIT_USER_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sdkgen", description="Generate typed Python clients from OpenAPI specs.")
    parser.add_argument("--version", action="version", version=f"sdkgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "render every target (or one) into its output directory"),
        ("check", "fail with a diff when an output directory is not what generate would write"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("--target", help="only this target of [tool.sdkgen.targets]")
        command.add_argument("--spec", type=Path, help="a spec outside the configuration (with --out and --package)")
        command.add_argument("--out", type=Path, help="the output directory for --spec")
        command.add_argument("--package", help="the import package name for --spec")
        command.add_argument("--templates", type=Path, metavar="DIR", help="with --spec: a folder of templates overriding the built-in ones of the same name")
        command.add_argument("--overlay", type=Path, action="append", default=[], metavar="FILE", help="with --spec: an Overlay 1.0 document applied to the spec (repeat: in order)")
        _ref_root_option(command)
        command.add_argument(
            "--full",
            action="store_true",
            help="render and format everything, instead of trusting the manifest for what did not change",
        )
        command.add_argument(
            "--strict",
            action="store_true",
            help="refuse a spec that is not valid OpenAPI (by default its defects are warnings and generation goes on)",
        )
        command.add_argument("--quiet", "-q", action="store_true", help="say nothing but warnings and errors (no progress, no summary)")
    validate_command = commands.add_parser("validate", help="validate specs", description="validate specs (default: every target's)")
    validate_command.add_argument("specs", nargs="*", type=Path)
    _ref_root_option(validate_command)
    lint = commands.add_parser("lint", help="lint specs", description="lint specs (default: every target's); exit 1 on errors")
    lint.add_argument("specs", nargs="*", type=Path)
    _ref_root_option(lint)
    lint.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text")
    lint.add_argument("--strict", action="store_true", help="fail on warnings too")
    lint.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    text = "what a spec change does to the generated client's users; exit 1 on breaking changes"
    diff = commands.add_parser("diff", help=text, description=text)
    diff.add_argument("old", nargs="?", type=Path, help="the spec before the change")
    diff.add_argument("new", nargs="?", type=Path, help="the spec after it")
    diff.add_argument("--base", metavar="GIT_REF", help="compare every target's spec in the working tree with this commit")
    diff.add_argument("--target", help="with --base: only this target")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument("--allow-breaking", action="store_true", help="exit 0 even when something breaks")
    text = "a Markdown page of where two specs of the same API shape agree and differ"
    compare = commands.add_parser("compare", help=text, description=text)
    compare.add_argument("spec_a", type=Path)
    compare.add_argument("spec_b", type=Path)
    compare.add_argument("--out", type=Path, help="write the page here instead of printing it")
    return parser


def _ref_root_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--ref-root",
        type=Path,
        metavar="DIR",
        help="the folder a spec's $refs may read files in (default: the spec's own folder; for configured "
        "targets, the project, or ref-root in [tool.sdkgen])",
    )


def _targets(args: argparse.Namespace) -> list[Target]:
    given = [args.spec, args.out, args.package]
    if any(v is not None for v in given):
        if not all(v is not None for v in given):
            raise fail("--spec, --out and --package go together", hint="pass all three, or none to use pyproject.toml")
        if args.target:
            raise fail("--target cannot be combined with --spec")
        ref_root = args.ref_root or _project_ref_root(_optional_config(), args.spec)
        return [Target("(command line)", args.spec, args.out, args.package, ref_root, args.templates, tuple(args.overlay))]
    if args.templates is not None or args.overlay:
        raise fail("--templates and --overlay go with --spec", hint="for a configured target, set templates or overlays in its [tool.sdkgen.targets] table")
    config = load_config(Path.cwd())
    targets = [config.target(args.target)] if args.target else list(config.targets)
    return [replace(t, ref_root=args.ref_root) for t in targets] if args.ref_root else targets


def _is_current(target: Target, args: argparse.Namespace) -> bool:
    """Nothing the output is made from changed, and it is as sdkgen wrote it (see generator.manifest)."""
    from generator.manifest import is_current

    if args.full or not is_current(target.spec, target.out, target.package, target.ref_root, target.templates, target.overlays):
        return False
    if not getattr(args, "quiet", False):
        print(f"{target.name}: {target.out} is up to date (its inputs did not change)")
    return True


def _generate(args: argparse.Namespace) -> int:
    pages = _compatibility_pages(args)
    for target in _targets(args):
        if _is_current(target, args):
            continue
        from generator.pipeline import generate_files
        from generator.write import write

        progress = Progress(target.name, quiet=args.quiet)
        output = generate_files(
            target.spec, target.package, target.out, full=args.full, strict=args.strict, ref_root=target.ref_root, progress=progress, templates=target.templates, overlays=target.overlays
        )
        progress.phase(f"writing {plural(len(output.files), 'file')}")
        changes = write(target.out, output.files, output.inputs)
        seconds = progress.done()
        for problem in output.problems:
            print(problem, file=sys.stderr)
        if not args.quiet:
            summary = f"{len(changes.added)} added, {len(changes.changed)} changed, {len(changes.removed)} removed"
            said = f"{plural(output.operations, 'operation')}, {plural(len(output.problems), 'warning')}, {seconds:.1f} s"
            print(f"{target.name}: {target.out} ({len(output.files)} files; {summary}; {said})")
    for path, content in pages:
        from generator.write import write_page

        written = write_page(path, content)
        if not args.quiet:
            print(f"{path}: {'written' if written else 'up to date'}")
    return EXIT_OK


def _compatibility_pages(args: argparse.Namespace) -> list[tuple[Path, str]]:
    """The compatibility page of the configuration, when every target is generated or checked."""
    if args.target or args.spec:
        return []
    config = load_config(Path.cwd())
    page = config.compatibility
    if page is None:
        return []
    from generator.compare import compare
    from generator.surface import load_surface

    a, b = (os.path.relpath(t.spec, config.root) for t in (page.a, page.b))
    command = f"sdkgen compare {a} {b}"
    surfaces = [load_surface(t.spec) for t in (page.a, page.b)]
    for surface, shown in zip(surfaces, (a, b), strict=True):
        surface.spec = Path(shown)
    return [(page.out, compare(*surfaces, command=command))]


def _check(args: argparse.Namespace) -> int:
    stale = False
    for path, content in _compatibility_pages(args):
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if current != content:
            stale = True
            import difflib

            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), content.splitlines(True), f"a/{path.name}", f"b/{path.name}"))
            print(f"\n{path} is stale", file=sys.stderr)
        else:
            print(f"{path} is up to date")
    for target in _targets(args):
        if _is_current(target, args):
            continue
        from generator.pipeline import generate_files
        from generator.write import compare

        output = generate_files(
            target.spec, target.package, target.out, full=args.full, strict=args.strict, ref_root=target.ref_root, templates=target.templates, overlays=target.overlays
        )
        changes, diff = compare(target.out, output.files, output.inputs)
        if not changes.any:
            print(f"{target.name}: {target.out} is up to date")
            continue
        stale = True
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
        print(f"\n{target.name}: {target.out} is stale", file=sys.stderr)
        for label, paths in (("to add", changes.added), ("changed", changes.changed), ("to remove", changes.removed)):
            for name in paths:
                print(f"  {label}: {target.out / name}", file=sys.stderr)
    if stale:
        print("hint: run `sdkgen generate` and commit the result", file=sys.stderr)
        return EXIT_DRIFT
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from generator.load import Spec
    from generator.validate import validate

    if args.specs:
        config = _optional_config()  # read once, for every spec given
        specs = [(path, args.ref_root or _project_ref_root(config, path)) for path in args.specs]
    else:
        specs = [(t.spec, args.ref_root or t.ref_root) for t in load_config(Path.cwd()).targets]
    for path, ref_root in specs:
        validate(Spec.load(path, ref_root=ref_root))
        print(f"{path}: valid")
    return EXIT_OK


def _lint(args: argparse.Namespace) -> int:
    from generator.lint import Severity, lint_files
    from generator.lint.report import render

    config = _optional_config()
    ref_root = args.ref_root
    if args.specs:
        specs = list(args.specs)
        roots = {_project_ref_root(config, spec) for spec in specs}  # one root for all, or each its own folder
        ref_root = ref_root or (roots.pop() if len(roots) == 1 else None)
    elif config is not None:
        specs = [t.spec for t in config.targets]
        ref_root = ref_root or config.ref_root
    else:
        raise fail("no spec to lint", hint="pass spec files, or run in a project with [tool.sdkgen.targets]")
    findings = lint_files(specs, config.lint.get("rules", {}) if config else {}, ref_root=ref_root, custom=_custom_rules(config))
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    sys.stdout.write(render(findings, args.format, colour=colour))
    threshold = Severity.WARNING if args.strict else Severity.ERROR
    return EXIT_DRIFT if any(f.severity >= threshold for f in findings) else EXIT_OK


def _custom_rules(config: Config | None) -> list[Path]:
    """The project's own rule files, `[tool.sdkgen.lint] custom-rules`, relative to pyproject.toml."""
    listed = config.lint.get("custom-rules", []) if config else []
    if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
        raise fail("[tool.sdkgen.lint] custom-rules must be a list of paths of Python files", hint='e.g. custom-rules = ["lint/rules.py"]')
    assert config is not None or not listed
    return [config.root / item for item in listed] if config else []


def _diff(args: argparse.Namespace) -> int:
    if args.base is not None and (args.old or args.new):
        raise fail("--base compares the configured targets' specs; give no spec files with it")
    if args.base is None and not (args.old and args.new):
        raise fail("give two spec files (OLD NEW), or --base GIT_REF", hint="e.g. sdkgen diff --base origin/main")
    # The base commit's specs are extracted here, and removed with it however the diff ends.
    with tempfile.TemporaryDirectory(prefix="sdkgen-base-") as scratch:
        pairs = _specs_at_base(args.base, args.target, Path(scratch)) if args.base is not None else [(args.old, args.new)]
        return _diff_pairs(args, pairs)


def _diff_pairs(args: argparse.Namespace, pairs: list[tuple[Path | None, Path]]) -> int:
    from generator.diff import diff, render
    from generator.surface import load_surface

    breaking = False
    for old_path, new_path in pairs:
        new = load_surface(new_path)
        if old_path is None:  # the target is new since the base commit
            from generator.surface import Surface

            old = Surface(Path("/dev/null"), new.title, {})
        else:
            old = load_surface(old_path)
            old.spec = Path(f"{args.base}:{os.path.relpath(new_path, Path.cwd())}") if args.base else old_path
        changes = diff(old, new)
        breaking = breaking or any(c.breaking for c in changes)
        sys.stdout.write(render(old, new, changes, args.format))
    return EXIT_DRIFT if breaking and not args.allow_breaking else EXIT_OK


def _specs_at_base(ref: str, only: str | None, scratch: Path) -> list[tuple[Path | None, Path]]:
    """For each target: (its spec as of `ref`, extracted under `scratch`, or None; its spec now)."""
    from generator.gitbase import spec_at

    config = load_config(Path.cwd())
    targets = [config.target(only)] if only else list(config.targets)
    return [(spec_at(ref, t.spec, scratch / str(number)), t.spec) for number, t in enumerate(targets)]


def _compare(args: argparse.Namespace) -> int:
    from generator.compare import compare
    from generator.surface import load_surface

    command = f"sdkgen compare {args.spec_a} {args.spec_b}"
    page = compare(load_surface(args.spec_a), load_surface(args.spec_b), command=command)
    if args.out is None:
        sys.stdout.write(page)
    else:
        from generator.write import write_page

        write_page(args.out, page)
        print(f"{args.out}: written")
    return EXIT_OK


def _project_ref_root(config: Config | None, spec: Path) -> Path | None:
    """The reference root of a spec given by path: the project's when it is inside the project sdkgen
    runs in (`config`), else None (the spec's own folder)."""
    return config.ref_root_of(spec) if config is not None else None


def _optional_config() -> Config | None:
    try:
        return load_config(Path.cwd())
    except SdkgenError:
        return None


# A spec is a tree its readers (the YAML loader, the validator, schema conversion, lint) walk by
# recursion: a command runs on a thread with room for specs nested a few thousand levels deep.
_STACK_BYTES = 512 * 1024 * 1024  # reserved, not used, until a walk goes that deep
_RECURSION_LIMIT = 20_000


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"generate": _generate, "check": _check, "validate": _validate, "lint": _lint, "diff": _diff, "compare": _compare}
    try:
        return _deep(lambda: handlers[args.command](args))
    except SdkgenError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return EXIT_USER_ERROR
    except RecursionError:
        print(
            "error: the spec nests deeper than sdkgen follows (thousands of levels of schemas, lists or objects)\n"
            "    hint: a schema this deep is almost certainly generated by mistake; flatten it with $ref to named schemas",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


def _deep(command: Callable[[], int]) -> int:
    """`command()` on a thread with a deep stack and recursion limit; its exception raised here."""
    outcome: list[int] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(command())
        except BaseException as exc:  # noqa: BLE001  (raised again below, on the caller's thread)
            failure.append(exc)

    previous_stack, previous_limit = threading.stack_size(_STACK_BYTES), sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous_limit, _RECURSION_LIMIT))
    try:
        worker = threading.Thread(target=run, name="sdkgen", daemon=True)  # daemon: Ctrl-C ends the process
        worker.start()
    finally:
        threading.stack_size(previous_stack)
    try:
        worker.join()
    finally:
        sys.setrecursionlimit(previous_limit)
    if failure:
        raise failure[0]
    return outcome[0]
