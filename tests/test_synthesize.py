"""Values made for arguments the spec gives no example of (generator/synthesize.py): each passes the
checks the generated client makes, or none is made."""

from __future__ import annotations

import re

import pytest

from generator.ir import TypeInfo
from generator.synthesize import string_for, value_of, wire_value


@pytest.mark.parametrize(
    ("pattern", "min_length", "max_length"),
    [
        (r"^(SM|MM)[0-9a-fA-F]{32}$", None, None),  # Twilio's message sid
        (r"\d{7,15}", 7, 15),  # Vonage's E.164 number
        (r"^src_[a-z0-9]{8}$", None, 12),
        (r"^[A-Z][a-z]+(-[A-Z][a-z]+)*$", None, None),
        (r"^\+?[1-9]\d{1,14}$", None, None),
        (r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", None, None),
    ],
)
def test_a_string_is_made_that_its_pattern_and_length_accept(pattern: str, min_length: int | None, max_length: int | None) -> None:
    text = string_for(TypeInfo("str", pattern=pattern, min_length=min_length, max_length=max_length))
    assert text is not None and re.search(pattern, text)
    assert (min_length or 0) <= len(text) <= (max_length or len(text))


def test_no_string_is_made_where_the_pattern_cannot_be_met_or_would_take_long_to_check() -> None:
    assert string_for(TypeInfo("str", pattern="^a{5}$", max_length=3)) is None  # contradictory
    # A string this long is not made (and so never searched with a pattern that may backtrack for ages).
    assert string_for(TypeInfo("str", pattern=r"^(a+)+b$", min_length=100_000)) is None


def test_formats_ranges_and_enums_get_values_their_checks_pass() -> None:
    assert string_for(TypeInfo("str", format="uuid")) == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert value_of(TypeInfo("int", minimum=50, maximum=60), {}, "api") == 50
    assert value_of(TypeInfo("float", maximum=-1), {}, "api") == -1.0
    assert value_of(TypeInfo("int", minimum=5, maximum=1), {}, "api") is None
    assert value_of(TypeInfo("enum", enum_values=("b", "a")), {}, "api") == "b"
    moment = value_of(TypeInfo("datetime"), {}, "api")
    assert str(moment).startswith("datetime.datetime(") and wire_value(moment) == "2024-01-02T03:04:05Z"
