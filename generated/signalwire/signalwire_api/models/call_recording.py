"""The CallRecording model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .. import _codecs
from .._models import BaseModel, FieldSpec

if TYPE_CHECKING:
    import datetime

    from .recording_channels import RecordingChannels
    from .recording_source import RecordingSource
    from .recording_status import RecordingStatus

__all__ = ["CallRecording"]


@dataclass(kw_only=True)
class CallRecording(BaseModel):
    """The recording of a call."""

    sid: str
    """The unique identifier for the recording."""

    account_sid: str
    """The unique identifier for the account that is associated with this recording."""

    api_version: str
    """The version of the SignalWire API."""

    call_sid: str | None
    """The unique identifier for the call that is associated with this recording. Null if this is a conference recording."""

    conference_sid: str | None
    """The unique identifier for the conference that is associated with this recording. Null if this is a call recording."""

    channel: RecordingChannels
    """The number of channels in a recording (singular key). `1` for mono or `2` for stereo."""

    channels: RecordingChannels
    """The number of channels in a recording. `1` for mono or `2` for stereo."""

    date_created: datetime.datetime
    """The date, in RFC 2822 format, this recording was created."""

    date_updated: datetime.datetime
    """The date, in RFC 2822 format, this recording was updated."""

    start_time: datetime.datetime | None
    """The time, in RFC 2822 format, this recording started."""

    end_time: datetime.datetime | None
    """The time, in RFC 2822 format, this recording ended."""

    duration: int
    """The length, in seconds, of the recording."""

    price: str | None
    """The cost for the recording."""

    price_unit: str
    """The currency of the price of the recording."""

    source: RecordingSource
    """How the recording was made."""

    status: RecordingStatus
    """The status of the recording."""

    error_code: str | None
    """Further details about a failed recording."""

    uri: str
    """The URI of the recording."""

    subresource_uris: dict[str, str]
    """Subresource URIs."""

    encryption_details: str | None
    """Encryption details. Always null."""

    trim: str
    """Whether leading and trailing silence is trimmed from a recording."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = (
        FieldSpec("sid", _codecs.STR),
        FieldSpec("account_sid", _codecs.STR),
        FieldSpec("api_version", _codecs.STR),
        FieldSpec("call_sid", _codecs.STR),
        FieldSpec("conference_sid", _codecs.STR),
        FieldSpec(
            "channel", _codecs.Enum(__package__, "models.recording_channels", "RecordingChannels")
        ),
        FieldSpec(
            "channels", _codecs.Enum(__package__, "models.recording_channels", "RecordingChannels")
        ),
        FieldSpec("date_created", _codecs.RFC2822_DATETIME),
        FieldSpec("date_updated", _codecs.RFC2822_DATETIME),
        FieldSpec("start_time", _codecs.RFC2822_DATETIME),
        FieldSpec("end_time", _codecs.RFC2822_DATETIME),
        FieldSpec("duration", _codecs.INT),
        FieldSpec("price", _codecs.STR),
        FieldSpec("price_unit", _codecs.STR),
        FieldSpec(
            "source", _codecs.Enum(__package__, "models.recording_source", "RecordingSource")
        ),
        FieldSpec(
            "status", _codecs.Enum(__package__, "models.recording_status", "RecordingStatus")
        ),
        FieldSpec("error_code", _codecs.STR),
        FieldSpec("uri", _codecs.STR),
        FieldSpec("subresource_uris", _codecs.Dict(_codecs.STR)),
        FieldSpec("encryption_details", _codecs.STR),
        FieldSpec("trim", _codecs.STR),
    )
