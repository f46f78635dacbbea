"""The intermediate model -> file contents, through the Jinja templates in `templates/`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import cache, views
from generator.errors import fail
from generator.ir import Api


def _templates() -> Path:
    installed = Path(__file__).resolve().parent / "templates"  # a wheel: templates/ ships inside the package
    return installed if installed.is_dir() else installed.parent.parent / "templates"


TEMPLATES = _templates()
RUNTIME_MODULES = ("_types", "_exceptions", "_validation", "_models", "_codecs", "_response", "_base_client")


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative to the target directory, with `/` separators
    content: str
    rendered_digest: str = ""  # once formatted: the SHA-256 of the template output it came from
    chunk_digests: tuple[str, ...] = ()  # once formatted: those of its chunks (see generator.format)
    formatted: bool = False  # written as black writes it already (the runtime's modules): not formatted again


def environment(templates: Path = TEMPLATES, overrides: Path | None = None) -> jinja2.Environment:
    """The templates, each taken from `overrides` where that folder has one of its name."""
    loader: jinja2.BaseLoader = jinja2.FileSystemLoader(str(templates))
    if overrides is not None:
        unknown = sorted(p.name for p in overrides.glob("*.jinja") if not (templates / p.name).is_file())
        if unknown or not any(overrides.glob("*.jinja")):
            known = ", ".join(sorted(p.name for p in templates.glob("*.jinja")))
            said = f"{', '.join(unknown)} override no built-in template" if unknown else "holds no .jinja template"
            raise fail(f"templates folder {overrides}: {said}", hint=f"name a file as the template it replaces: {known}")
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(overrides)), loader])
    return jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Python source, not HTML: values are escaped by generator.pycode instead
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=cache.templates(),
    )


def runtime_source(templates: Path, module: str) -> str:
    """A runtime module as it is copied into a generated package: templates/runtime/ holds the
    runtime as plain Python (mypy'd, linted, black-formatted and tested there, see its __init__)."""
    return (templates / "runtime" / f"{module}.py").read_text(encoding="utf-8")


def render(api: Api, directory_name: str, templates: Path = TEMPLATES, overrides: Path | None = None) -> list[RenderedFile]:
    """Every file of the target, in a stable order; `overrides`: a folder of templates replacing the
    built-in ones of the same name (the runtime's modules are code, tested here: not templates)."""
    env = environment(templates, overrides)
    package = api.package
    files: list[RenderedFile] = []

    def emit(path: str, template: str, view: Any = None) -> None:
        files.append(RenderedFile(path, env.get_template(template).render(view=view)))

    emit("pyproject.toml", "pyproject.toml.jinja", views.project(api))
    emit("README.md", "README.md.jinja", views.readme(api, directory_name))
    files.append(RenderedFile(f"{package}/py.typed", ""))
    emit(f"{package}/__init__.py", "package_init.py.jinja", views.package_init(api))
    for module in RUNTIME_MODULES + (("_pagination",) if any(o.pagination for o in api.operations) else ()):
        files.append(RenderedFile(f"{package}/{module}.py", runtime_source(templates, module), formatted=True))
    emit(f"{package}/_client.py", "client.py.jinja", views.client(api))
    emit(f"{package}/resources/__init__.py", "lazy_init.py.jinja", views.resources_init(api))
    for resource in api.all_resources():
        emit(f"{package}/{resource.module.replace('.', '/')}.py", "resource.py.jinja", views.resource(api, resource))
    emit(f"{package}/models/__init__.py", "lazy_init.py.jinja", views.models_init(api))
    if api.webhooks:
        emit(f"{package}/webhooks.py", "webhooks.py.jinja", views.webhooks(api))
    for model in api.models:
        emit(f"{package}/{model.ref.module.replace('.', '/')}.py", "model.py.jinja", views.model(model))
    for enum in api.enums:
        emit(f"{package}/{enum.ref.module.replace('.', '/')}.py", "enum.py.jinja", views.enum(enum))
    suite = views.tests(api)
    if suite.modules:
        emit("tests/conftest.py", "test_conftest.py.jinja", suite)
        emit("tests/test_every_operation.py", "test_every_operation.py.jinja", suite)
    for test in suite.modules:
        emit(f"tests/{test.file}", "test_resource.py.jinja", test)
    if suite.webhooks:
        emit("tests/test_webhooks.py", "test_webhooks.py.jinja", suite)
    return sorted(files, key=lambda f: f.path)
