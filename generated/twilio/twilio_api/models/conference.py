"""The Conference model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .. import _codecs
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

    __fields__: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("account_sid", _codecs.STR),
        FieldSpec("api_version", _codecs.STR),
        FieldSpec("call_sid_ending_conference", _codecs.STR),
        FieldSpec("date_created", _codecs.RFC2822_DATETIME),
        FieldSpec("date_updated", _codecs.RFC2822_DATETIME),
        FieldSpec("friendly_name", _codecs.STR),
        FieldSpec(
            "reason_conference_ended",
            _codecs.Enum(
                __package__,
                "models.conference_reason_conference_ended",
                "ConferenceReasonConferenceEnded",
            ),
        ),
        FieldSpec("region", _codecs.STR),
        FieldSpec("sid", _codecs.STR),
        FieldSpec(
            "status", _codecs.Enum(__package__, "models.conference_status", "ConferenceStatus")
        ),
        FieldSpec("subresource_uris", _codecs.Dict(_codecs.STR)),
        FieldSpec("uri", _codecs.STR),
    )
