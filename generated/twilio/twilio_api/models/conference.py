"""The Conference model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .._models import BaseModel, FieldSpec

if TYPE_CHECKING:
    import datetime

    from .conference_reason_conference_ended import ConferenceReasonConferenceEnded
    from .conference_status import ConferenceStatus

__all__ = ["Conference"]


@dataclass(kw_only=True)
class Conference(BaseModel):
    """A conference room and its state."""

    account_sid: str | None = None
    """The SID of the Account that created this resource."""

    api_version: str | None = None
    """The API version used to create this conference."""

    call_sid_ending_conference: str | None = None
    """The call SID that caused the conference to end."""

    date_created: datetime.datetime | None = None
    """The RFC 2822 date and time in GMT that this resource was created."""

    date_updated: datetime.datetime | None = None
    """The RFC 2822 date and time in GMT that this resource was last updated."""

    friendly_name: str | None = None
    """A string that you assigned to describe this conference room."""

    reason_conference_ended: ConferenceReasonConferenceEnded | None = None
    """The reason why a conference ended."""

    region: str | None = None
    """A string that represents the Twilio Region where the conference was mixed."""

    sid: str | None = None
    """The unique string that identifies this resource."""

    status: ConferenceStatus | None = None
    """The status of this conference."""

    subresource_uris: dict[str, str] | None = None
    """A list of related resources identified by their relative URIs."""

    uri: str | None = None
    """The URI of this resource, relative to `https://api.twilio.com`."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["account_sid", "STR"],
    ["api_version", "STR"],
    ["call_sid_ending_conference", "STR"],
    ["date_created", "RFC2822_DATETIME"],
    ["date_updated", "RFC2822_DATETIME"],
    ["friendly_name", "STR"],
    ["reason_conference_ended", ["Enum", "models.conference_reason_conference_ended", "ConferenceReasonConferenceEnded"]],
    ["region", "STR"],
    ["sid", "STR"],
    ["status", ["Enum", "models.conference_status", "ConferenceStatus"]],
    ["subresource_uris", ["Dict", "STR"]],
    ["uri", "STR"]
]
""")
