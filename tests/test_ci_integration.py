"""What users put in their own repositories: the GitHub Actions workflow and the pre-commit hooks."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT
from generator.cli import _parser

WORKFLOW = ROOT / ".github" / "workflows" / "sdk.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def sdkgen_commands(script: str) -> list[list[str]]:
    """Every `sdkgen ...` command line in a shell script (GitHub expressions stood in for)."""
    commands = []
    for line in script.replace("\\\n", " ").splitlines():
        line = line.replace("${{ github.base_ref }}", "main").split(">", 1)[0].strip()
        words = shlex.split(line) if "sdkgen" in line else []
        for index, word in enumerate(words):
            if word.endswith("sdkgen"):
                commands.append(words[index + 1 :])
    return commands


def parses(arguments: list[str]) -> None:
    try:
        _parser().parse_args(arguments)
    except SystemExit as exit_:
        pytest.fail(f"`sdkgen {' '.join(arguments)}` does not parse (exit {exit_.code})")


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_workflow_runs_on_pull_requests_touching_specs_templates_or_generator(workflow: dict[Any, Any]) -> None:
    on = workflow[True]  # YAML 1.1 reads the key `on` as true
    paths = on["pull_request"]["paths"]
    assert {"spec/**", "templates/**", "generator/**"} <= set(paths)
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write"}


def test_the_workflow_runs_the_readme_test_command_and_posts_the_diff(workflow: dict[Any, Any]) -> None:
    steps = workflow["jobs"]["sdk"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "make test" in runs  # lint --strict, check, every test (README, Makefile)
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c for run in runs for c in sdkgen_commands(run)]
    assert ["diff", "--base", "origin/main", "--format", "markdown"] in commands
    for command in commands:
        parses(command)
    assert any("gh pr comment" in run and "api-changes.md" in run for run in runs)
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch's specs must be there


def test_the_pre_commit_hooks_offer_check_and_lint() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}
    assert set(hooks) == {"sdkgen-check", "sdkgen-lint"}
    for hook in hooks.values():
        entry = shlex.split(hook["entry"])
        assert entry[0] == "sdkgen" and hook["language"] == "python" and hook["pass_filenames"] is False
        parses(entry[1:])
    assert hooks["sdkgen-check"]["entry"] == "sdkgen check" and hooks["sdkgen-lint"]["entry"] == "sdkgen lint"


def test_pre_commit_can_install_sdkgen_from_this_repository() -> None:
    """pre-commit's `language: python` pip-installs the hook repository: it must be a package with the script."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["sdkgen"] == "generator.cli:main"
    assert Path(ROOT / "generator" / "cli.py").is_file()


def test_an_installed_sdkgen_generates_what_the_checkout_does(tmp_path: Path) -> None:
    """pre-commit (and anyone using a wheel) runs sdkgen installed, with templates/ inside the package."""
    import subprocess
    import sys

    wheels, site = tmp_path / "wheels", tmp_path / "site"
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)]
    subprocess.run(build, check=True, capture_output=True)
    [wheel] = wheels.glob("sdkgen-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)], check=True, capture_output=True)
    out = tmp_path / "twilio"
    code = "import sys, generator.cli; sys.exit(generator.cli.main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "generate", "--spec", str(ROOT / "spec" / "twilio.yaml"), "--out", str(out), "--package", "twilio_api"]
    done = subprocess.run(command, cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": ""}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    committed = ROOT / "generated" / "twilio"
    made = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".sdkgen-manifest"}
    assert made == {p: (committed / p).read_bytes() for p in made}
    from generator import manifest

    assert {Path(p) for p in manifest.read(committed).entries} == set(made)


def test_each_row_of_the_runtime_table_names_tests_that_exist() -> None:
    """README's table beside openai-python and twilio-python: every row is held by a test it names."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The generated client beside openai-python and twilio-python", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| |")]
    assert len(rows) >= 15
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "tests").rglob("test_*.py")}
    for row in rows:
        held_by = row.rstrip(" |").rsplit(" | ", 1)[-1]
        named = re.findall(r"`(?:([\w/]+\.py)(?:::)?)?(test_\w+)?`", held_by)
        assert named, f"no test named in: {row}"
        for file, test in named:
            if test:
                where = [p for p, text in sources.items() if f"def {test}(" in text and (not file or p.as_posix().endswith(file))]
                assert where, f"{file}::{test} named in README does not exist"
            else:
                assert (ROOT / file).exists(), f"{file} named in README does not exist"


RECIPE = ROOT / "docs" / "ci-recipe.yml"


def test_the_ci_recipe_for_other_repositories_calls_sdkgen_as_it_parses_and_needs_nothing_of_this_one() -> None:
    """docs/ci-recipe.yml is copied into another repository: no `make`, no path of this repository."""
    recipe = yaml.safe_load(RECIPE.read_text(encoding="utf-8"))
    steps = recipe["jobs"]["sdk"]["steps"]
    scripts = [step["run"] for step in steps if "run" in step]
    commands = [c for script in scripts for c in sdkgen_commands(script)]
    assert {c[0] for c in commands} >= {"lint", "check", "diff"}
    for command in commands:
        parses(command)
    text = RECIPE.read_text(encoding="utf-8")
    assert "make " not in text and "generator/" not in text and ".venv" not in text


def test_the_configuration_reference_names_every_key_and_extension_sdkgen_reads() -> None:
    import re

    reference = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator").rglob("*.py"))
    from generator.conventions import IDEMPOTENCY_KEY_HEADERS

    extensions = set(re.findall(r'"(x-[a-z-]+)"', sources)) - IDEMPOTENCY_KEY_HEADERS  # header names, not extensions
    assert extensions >= {"x-sdkgen", "x-idempotent", "x-lint-ignore"}
    for extension in extensions:
        assert f"`{extension}" in reference, extension
    config = (ROOT / "generator" / "config.py").read_text(encoding="utf-8")
    keys = set(re.findall(r'(?:section|entry|data)\.get\("([a-z-]+)"', config)) - {"tool", "sdkgen"}
    keys |= {"spec", "out", "package", "rules", "custom-rules"}
    for key in keys:
        assert re.search(rf"`[^`]*(?<![a-z-]){re.escape(key)}(?![a-z-])[^`]*`", reference), key  # named in code
    for setting in ("SDKGEN_CACHE_DIR", "env-prefix", "path-parameter", "server-variable"):
        assert setting in reference
