"""Python names for things a spec names: decided once here, printed as they are by the templates."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable

from generator.conventions import SYMBOL_WORDS

_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
# Names the generated resource and model modules import or define beside the classes a spec names
# (typing and collections.abc names, the runtime's): no generated class may take one.
CLASS_RESERVED = frozenset(
    {"Any", "AsyncPager", "AsyncResource", "BaseModel", "Callable", "ClassVar", "FieldSpec", "IntEnum", "Literal", "Mapping"}
    | {"Endpoint", "NotGiven", "Sequence", "StrEnum", "SyncPager", "SyncResource"}
)
# Names a generated method's own parameters cannot take: `self`, and `locals`, which its body calls.
# Everything else is the API's: `timeout=` is the API's Timeout (how long a call rings), and request
# options (the HTTP timeout, retries, extra headers) go through `client.with_options(...)`.
METHOD_RESERVED = frozenset({"self", "locals"})
# Attributes of every generated resource class with methods (see the runtime's _response): no
# method or sub-resource may take one.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
# Arguments of every generated client besides its credentials and server variables.
CLIENT_RESERVED = frozenset({"self", "base_url", "timeout", "max_retries", "http_client"})
# Attributes and methods of every generated client (see the runtime's BaseClient): no resource the
# client gives access to (`client.calls`) may take one of these names.
CLIENT_ATTRIBUTES = frozenset({"with_options", "close", "request", "next_page", "base_url", "timeout", "max_retries"})
# Attributes of every generated model; a field with one of these names gets a trailing `_`.
MODEL_RESERVED = frozenset({"to_dict", "from_dict", "extra_fields"})
_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")


def words(name: str) -> list[str]:
    """Split `StartTime<`, `start-time`, `URLPath`, `api.v2010` into lower-case words; accented
    letters lose their accents (`ñandú` -> `nandu`), other non-ASCII letters are left out."""
    for symbol, word in SYMBOL_WORDS:
        name = name.replace(symbol, word)
    name = name.replace("'", "")
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return [w.lower() for part in _NOT_WORD.split(name) for w in _WORD_BOUNDARY.split(part) if w]


def _snake_case(name: str, prefix: str) -> str:
    """`name`'s words in snake_case, `prefix` before a leading digit (`1st` -> `field_1st`) or alone."""
    result = "_".join(words(name)) or prefix
    return f"{prefix}_{result}" if result[0].isdigit() else result


def snake(name: str, *, prefix: str = "field", reserved: frozenset[str] = frozenset()) -> str:
    """A valid, non-reserved snake_case identifier: `from` -> `from_`, `1st` -> `field_1st`."""
    result = _snake_case(name, prefix)
    if result in _RESERVED or result in reserved:
        result += "_"
    return result


# Names generated annotations use inside a class body: a field or method taking one of them there
# would shadow it for the annotations after it (`list: list[str]`), so those alone get a `_`.
ANNOTATION_NAMES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes", "datetime", "Any", "Literal", "Sequence", "Mapping", "ClassVar"})


def attribute(name: str, *, reserved: frozenset[str] = frozenset()) -> str:
    """A model attribute or keyword argument: snake_case as `snake` makes it, but a builtin's name is
    kept (`shipment.id`, `type=`): only keywords, names annotations need and `reserved` get a `_`."""
    result = _snake_case(name, "field")
    if keyword.iskeyword(result) or result in ANNOTATION_NAMES or result in reserved:
        result += "_"
    return result


def pascal(name: str, *, prefix: str = "Model") -> str:
    """A valid PascalCase class name: `api.v2010.account` -> `ApiV2010Account`."""
    result = "".join(w[:1].upper() + w[1:] for w in words(name)) or prefix
    if result[0].isdigit():
        result = prefix + result
    if result in _RESERVED:
        result += "_"
    return result


def constant(value: object) -> str:
    """An enum member name for a value: `in-progress` -> `IN_PROGRESS`, `1` -> `VALUE_1`."""
    text = "_".join(words(str(value))).upper()
    if not text:
        return "EMPTY" if value == "" else "VALUE"
    if text[0].isdigit():
        text = f"VALUE_{text}"
    if keyword.iskeyword(text.lower()) and text.lower() == text:
        text += "_"
    return text


def singular(word: str) -> str:
    """English singular of a collection name, for class names (`Recordings` -> `Recording`)."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    # An acronym keeps its `s` (`sms`, `SMS`): a stem without a vowel is no English plural.
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and any(v in lower[:-1] for v in "aeiouy"):
        return word[:-1]
    return word


def unique(names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Make candidate names distinct: {key: candidate} -> {key: name}, the same on every run.

    The key whose own spelling already equals its candidate keeps it (`start_time` beats `StartTime`),
    then keys in sorted order; the others get `_2`, `_3`, ...
    """
    pairs = sorted(names, key=lambda kv: (kv[1], kv[0] != kv[1], kv[0]))
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key, candidate in pairs:
        name, n = candidate, 1
        while name in taken:
            n += 1
            name = f"{candidate}_{n}"
        taken.add(name)
        result[key] = name
    return result


def natural_key(text: str) -> list[tuple[int, int, str]]:
    """Sorts `Model2` before `Model10`, as ruff's isort orders names."""
    return [(0, int(part), part) if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part]


def server_variable_arguments(variables: list[str], credentials: list[str]) -> dict[str, str]:
    """The client's argument for each server variable no credential fills (`{region}` -> `region`),
    unlike the credentials' arguments and the client's own: variable -> argument."""
    taken = set(credentials) | CLIENT_RESERVED
    arguments = {}
    for variable in variables:
        name = arguments[variable] = snake(variable, reserved=frozenset(taken))
        taken.add(name)
    return arguments


MAX_CLASS_NAME = 64
_PASCAL_WORD = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")


def bounded(class_name: str) -> str:
    """A class name made from a path through nested schemas (`GetThingResponseOwnerAddressCity`),
    kept to MAX_CLASS_NAME characters: its first two words and as many of its last as fit
    (`GetThing...Level1Level0`, without the dots), so that a deep schema gives names (and module
    file names) a file system takes."""
    if len(class_name) <= MAX_CLASS_NAME:
        return class_name
    parts = _PASCAL_WORD.findall(class_name)
    head = "".join(parts[:2])[: MAX_CLASS_NAME // 2]
    tail: list[str] = []
    for word in reversed(parts[2:]):
        if len(head) + len(word) + sum(map(len, tail)) > MAX_CLASS_NAME:
            break
        tail.insert(0, word)
    return head + "".join(tail)


def env_variable(prefix: str, credential: str) -> str | None:
    """The environment variable a credential is read from when not passed: the API's name (the
    first word of `prefix`, its title: "Twilio - Api" -> `TWILIO`) and the credential's
    (`account_sid`): `TWILIO_ACCOUNT_SID`, as vendors' own SDKs name them. None without a name."""
    first = next(iter(words(prefix)), "")
    name = credential.upper()
    if not first:
        return None
    return name if name.startswith(first.upper() + "_") else f"{first.upper()}_{name}"
