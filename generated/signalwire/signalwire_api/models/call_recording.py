"""The CallRecording model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

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

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["sid", "STR"],
    ["account_sid", "STR"],
    ["api_version", "STR"],
    ["call_sid", "STR"],
    ["conference_sid", "STR"],
    ["channel", ["Enum", "models.recording_channels", "RecordingChannels"]],
    ["channels", ["Enum", "models.recording_channels", "RecordingChannels"]],
    ["date_created", "RFC2822_DATETIME"],
    ["date_updated", "RFC2822_DATETIME"],
    ["start_time", "RFC2822_DATETIME"],
    ["end_time", "RFC2822_DATETIME"],
    ["duration", "INT"],
    ["price", "STR"],
    ["price_unit", "STR"],
    ["source", ["Enum", "models.recording_source", "RecordingSource"]],
    ["status", ["Enum", "models.recording_status", "RecordingStatus"]],
    ["error_code", "STR"],
    ["uri", "STR"],
    ["subresource_uris", ["Dict", "STR"]],
    ["encryption_details", "STR"],
    ["trim", "STR"]
]
""")
