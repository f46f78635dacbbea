"""The Call model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .. import _codecs
from .._models import BaseModel, FieldSpec

if TYPE_CHECKING:
    import datetime

    from .call_answered_by import CallAnsweredBy
    from .call_direction import CallDirection
    from .call_status import CallStatus
    from .call_subresource_uris import CallSubresourceUris

__all__ = ["Call"]


@dataclass(kw_only=True)
class Call(BaseModel):
    """A call made or received by the Space."""

    account_sid: str | None = None
    """The unique identifier for the account that created this call."""

    annotation: str | None = None
    """The annotation for the call."""

    answered_by: CallAnsweredBy | None = None
    """Who or what the call was answered by. Possible values are `human` or `machine`."""

    api_version: str | None = None
    """The version of the SignalWire API."""

    date_created: datetime.datetime | None = None
    """The date, in RFC 2822 GMT format, this call was created."""

    date_updated: datetime.datetime | None = None
    """The date, in RFC 2822 GMT format, this call was updated."""

    direction: CallDirection | None = None
    """The direction of the call."""

    duration: int | None = None
    """The duration, in seconds, of the call."""

    end_time: datetime.datetime | None = None
    """The time, in RFC 2822 GMT format, on which the call was terminated."""

    forwarded_from: str | None = None
    """The number this call was forwarded from."""

    from_: str | None = None
    """The address that initiated the call. Can be either a E.164 formatted number (`+xxxxxxxxxxx`), or a SIP endpoint (`sip:xxx@yyy.zzz`)."""

    formatted_from: str | None = None
    """The formatted number that initiated the call."""

    parent_call_sid: str | None = None
    """The unique identifier for the call that created this call."""

    phone_number_sid: str | None = None
    """Outbound call: the unique identifier for `OutgoingCallerId`. Inbound call: the unique identifier for `IncomingPhoneNumber`."""

    price: float | None = None
    """The charge for the call."""

    price_unit: str | None = None
    """The currency, in ISO 4217 format, for the price of the call."""

    sid: str | None = None
    """The unique identifier for the call."""

    start_time: datetime.datetime | None = None
    """The time, in RFC 2822 GMT format, on which the call began."""

    status: CallStatus | None = None
    """The status of the call."""

    subresource_uris: CallSubresourceUris | None = None
    """A map of available sub-resources."""

    to: str | None = None
    """The address that received the call. Can be either a E.164 formatted number (`+xxxxxxxxxxx`), or a SIP endpoint (`sip:xxx@yyy.zzz`)."""

    formatted_to: str | None = None
    """The formatted number that received the call."""

    uri: str | None = None
    """The URI for the call."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("account_sid", _codecs.STR),
        FieldSpec("annotation", _codecs.STR),
        FieldSpec(
            "answered_by", _codecs.Enum(__package__, "models.call_answered_by", "CallAnsweredBy")
        ),
        FieldSpec("api_version", _codecs.STR),
        FieldSpec("date_created", _codecs.RFC2822_DATETIME),
        FieldSpec("date_updated", _codecs.RFC2822_DATETIME),
        FieldSpec("direction", _codecs.Enum(__package__, "models.call_direction", "CallDirection")),
        FieldSpec("duration", _codecs.INT),
        FieldSpec("end_time", _codecs.RFC2822_DATETIME),
        FieldSpec("forwarded_from", _codecs.STR),
        FieldSpec("from_", _codecs.STR, wire="from"),
        FieldSpec("formatted_from", _codecs.STR),
        FieldSpec("parent_call_sid", _codecs.STR),
        FieldSpec("phone_number_sid", _codecs.STR),
        FieldSpec("price", _codecs.FLOAT),
        FieldSpec("price_unit", _codecs.STR),
        FieldSpec("sid", _codecs.STR),
        FieldSpec("start_time", _codecs.RFC2822_DATETIME),
        FieldSpec("status", _codecs.Enum(__package__, "models.call_status", "CallStatus")),
        FieldSpec(
            "subresource_uris",
            _codecs.Model(__package__, "models.call_subresource_uris", "CallSubresourceUris"),
        ),
        FieldSpec("to", _codecs.STR),
        FieldSpec("formatted_to", _codecs.STR),
        FieldSpec("uri", _codecs.STR),
    )
