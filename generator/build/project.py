"""What a generated distribution says of itself, read from the spec's `info`: a version pip
accepts, a summary, the license as an SPDX expression, authors, and the project's URLs."""

from __future__ import annotations

import re
from typing import Any

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.version import InvalidVersion, Version

from generator.ir import Project

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMBERS = re.compile(r"\d+")


def project(info: dict[str, Any], document: dict[str, Any], title: str) -> Project:
    contact, license_, docs = (_mapping(value) for value in (info.get("contact"), info.get("license"), document.get("externalDocs")))
    urls = [
        ("Homepage", contact.get("url")),
        ("Documentation", docs.get("url")),
        ("Terms of Service", info.get("termsOfService")),
        ("License", license_.get("url")),
    ]
    name, email = contact.get("name"), contact.get("email")
    authors = ((str(name or ""), str(email or "")),) if name or email else ()
    return Project(
        version=pep440(str(info.get("version") or "0")),
        summary=summary(info, title),
        license=spdx(license_),
        authors=authors,
        urls=tuple((label, str(url)) for label, url in urls if isinstance(url, str) and url.startswith(("https://", "http://"))),
    )


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def pep440(version: str) -> str:
    """The API's version as a version pip and PyPI accept: itself when it is one (`1.0.0`), a date
    as its numbers (`2023-08-16` -> `2023.8.16`), else the numbers it holds (`v2 beta` -> `2`)."""
    try:
        return str(Version(version))
    except InvalidVersion:
        pass
    dated = _DATE.match(version.strip())
    if dated:
        return ".".join(str(int(part)) for part in dated.groups())
    numbers = _NUMBERS.findall(version)
    return ".".join(str(int(n)) for n in numbers[:4]) if numbers else "0"


def summary(info: dict[str, Any], title: str) -> str:
    """One line: the spec's `summary` (3.1), else a sentence of its own."""
    said = " ".join(str(info.get("summary") or "").split())
    return said[:200] if said else f"A typed Python client of {title}"


def spdx(license_: dict[str, Any]) -> str | None:
    """The license as an SPDX expression: its `identifier` (3.1), or its name where the name is one
    (`MIT`, `Apache 2.0` as `Apache-2.0`); None otherwise (its URL is listed instead)."""
    for candidate in (license_.get("identifier"), license_.get("name")):
        if not isinstance(candidate, str) or not candidate.strip():
            continue
        text = re.sub(r"\s+licen[sc]e$", "", candidate.strip(), flags=re.IGNORECASE)
        for form in (text, text.replace(" ", "-")):
            try:
                return str(canonicalize_license_expression(form))
            except InvalidLicenseExpression:
                continue
    return None
