"""A generated package is ready to publish: its pyproject carries the spec's license, contact, URLs
and summary (escaped, whatever the spec writes), a version pip accepts, classifiers; its wheel and
sdist build from the folder the README's install line names, with that metadata."""

from __future__ import annotations

import email.parser
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from generator import tomlcode
from generator.build.project import pep440, spdx
from generator.cli import main

SPEC = """\
openapi: 3.1.0
info:
  title: Parcel "Express" API
  summary: "Ship parcels: quotes, labels \\\\ and \\"tracking\\"\\nin one API \U0001F4E6"
  version: "2023-08-16"
  license: {name: Apache 2.0, url: "https://www.apache.org/licenses/LICENSE-2.0.html"}
  contact: {name: "Parcel Team", email: dev@parcel.example, url: "https://parcel.example"}
  termsOfService: "https://parcel.example/terms"
externalDocs: {url: "https://docs.parcel.example"}
servers: [{url: "https://api.parcel.example"}]
paths:
  /parcels/{id}:
    get:
      operationId: FetchParcel
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: OK, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parcel")
    (folder / "spec.yaml").write_text(SPEC, encoding="utf-8")
    assert main(["generate", "--spec", str(folder / "spec.yaml"), "--out", str(folder / "parcel_api"), "--package", "parcel_api"]) == 0
    return folder / "parcel_api"


def test_the_pyproject_says_what_the_spec_says(package: Path) -> None:
    project = tomllib.loads((package / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "parcel-api"
    assert project["version"] == "2023.8.16"  # the API's date as a version pip accepts
    assert project["description"] == 'Ship parcels: quotes, labels \\ and "tracking" in one API \U0001f4e6'
    assert project["license"] == "Apache-2.0"
    assert project["authors"] == [{"name": "Parcel Team", "email": "dev@parcel.example"}]
    assert project["urls"] == {
        "Homepage": "https://parcel.example",
        "Documentation": "https://docs.parcel.example",
        "Terms of Service": "https://parcel.example/terms",
        "License": "https://www.apache.org/licenses/LICENSE-2.0.html",
    }
    assert "Typing :: Typed" in project["classifiers"]


def test_the_wheel_and_sdist_build_with_that_metadata(package: Path, tmp_path: Path) -> None:
    """As `pip install ./parcel_api` (the README's line) builds it, in an isolated environment."""
    readme = (package / "README.md").read_text(encoding="utf-8")
    assert "pip install ./parcel_api" in readme
    built = subprocess.run([sys.executable, "-m", "build", "--outdir", str(tmp_path), str(package)], capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    [wheel] = tmp_path.glob("*.whl")
    [sdist] = tmp_path.glob("*.tar.gz")
    assert wheel.name == "parcel_api-2023.8.16-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = email.parser.Parser().parsestr(archive.read("parcel_api-2023.8.16.dist-info/METADATA").decode())
    assert {"parcel_api/py.typed", "parcel_api/_base_client.py", "parcel_api/_client.py"} <= set(names)
    assert not any(name.startswith("tests/") for name in names)
    with tarfile.open(sdist) as archive:
        info = email.parser.Parser().parsestr(archive.extractfile("parcel_api-2023.8.16/PKG-INFO").read().decode())  # type: ignore[union-attr]
    for meta in (metadata, info):
        assert meta["Name"] == "parcel-api" and meta["Version"] == "2023.8.16"
        assert meta["License-Expression"] == "Apache-2.0"
        assert meta["Author-email"] == '"Parcel Team" <dev@parcel.example>' or meta["Author-email"] == "Parcel Team <dev@parcel.example>"
        assert "Documentation, https://docs.parcel.example" in meta.get_all("Project-URL")
        assert "Typing :: Typed" in meta.get_all("Classifier")
        assert any(r.startswith("httpx") for r in meta.get_all("Requires-Dist"))
        assert meta["Requires-Python"] == ">=3.10"


@pytest.mark.parametrize("text", ['a "quote" \\ back', "line\nbreak\ttab\r", "\u2028 \u2029 \x00 \x7f \x85", "\U0001f4e6 emoji", "]\n[tool.evil]\nx = 1"])
def test_any_spec_text_is_one_toml_string(text: str) -> None:
    assert tomllib.loads(f"value = {tomlcode.string(text)}\n") == {"value": text}


@pytest.mark.parametrize(
    ("given", "expected"),
    [("1.0.0", "1.0.0"), ("2010-04-01", "2010.4.1"), ("v2", "2"), ("v2 beta 3", "2.3"), ("latest", "0"), ("1.2.3rc1", "1.2.3rc1")],
)
def test_a_version_pip_accepts(given: str, expected: str) -> None:
    assert pep440(given) == expected


@pytest.mark.parametrize(
    ("license_", "expected"),
    [({"name": "MIT"}, "MIT"), ({"name": "MIT License"}, "MIT"), ({"name": "Apache 2.0"}, "Apache-2.0"), ({"name": "x", "identifier": "BSD-3-Clause"}, "BSD-3-Clause"), ({"name": "Proprietary"}, None)],
)
def test_the_license_as_an_spdx_expression(license_: dict[str, str], expected: str | None) -> None:
    assert spdx(license_) == expected
