"""The Call model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

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

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["account_sid", "STR"],
    ["annotation", "STR"],
    ["answered_by", ["Enum", "models.call_answered_by", "CallAnsweredBy"]],
    ["api_version", "STR"],
    ["date_created", "RFC2822_DATETIME"],
    ["date_updated", "RFC2822_DATETIME"],
    ["direction", ["Enum", "models.call_direction", "CallDirection"]],
    ["duration", "INT"],
    ["end_time", "RFC2822_DATETIME"],
    ["forwarded_from", "STR"],
    ["from_", "STR", "from"],
    ["formatted_from", "STR"],
    ["parent_call_sid", "STR"],
    ["phone_number_sid", "STR"],
    ["price", "FLOAT"],
    ["price_unit", "STR"],
    ["sid", "STR"],
    ["start_time", "RFC2822_DATETIME"],
    ["status", ["Enum", "models.call_status", "CallStatus"]],
    ["subresource_uris", ["Model", "models.call_subresource_uris", "CallSubresourceUris"]],
    ["to", "STR"],
    ["formatted_to", "STR"],
    ["uri", "STR"]
]
""")
