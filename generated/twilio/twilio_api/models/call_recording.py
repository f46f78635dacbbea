"""The CallRecording model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from .._models import BaseModel, FieldSpec

if TYPE_CHECKING:
    import datetime

    from .call_recording_source import CallRecordingSource
    from .call_recording_status import CallRecordingStatus
    from .call_recording_track import CallRecordingTrack

__all__ = ["CallRecording"]


@dataclass(kw_only=True)
class CallRecording(BaseModel):
    """The recording of a voice call."""

    account_sid: str | None = None
    """The SID of the Account that created the Recording resource."""

    api_version: str | None = None
    """The API version used to make the recording."""

    call_sid: str | None = None
    """The SID of the Call the Recording resource is associated with."""

    conference_sid: str | None = None
    """The Conference SID that identifies the conference associated with the recording, if a conference recording."""

    date_created: datetime.datetime | None = None
    """The date and time in GMT that the resource was created specified in RFC 2822 format."""

    date_updated: datetime.datetime | None = None
    """The date and time in GMT that the resource was last updated, specified in RFC 2822 format."""

    start_time: datetime.datetime | None = None
    """The start time of the recording in GMT and in RFC 2822 format."""

    duration: str | None = None
    """The length of the recording in seconds."""

    sid: str | None = None
    """The unique string that that we created to identify the Recording resource."""

    price: float | None = None
    """The one-time cost of creating the recording in the `price_unit` currency."""

    uri: str | None = None
    """The URI of the resource, relative to `https://api.twilio.com`."""

    encryption_details: dict[str, Any] | None = None
    """How to decrypt the recording if it was encrypted using Call Recording Encryption feature."""

    price_unit: str | None = None
    """The currency used in the `price` property. Example: `USD`."""

    status: CallRecordingStatus | None = None
    """The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to Update a Recording Resource."""

    channels: int | None = None
    """The number of channels in the final recording file. Can be: `1`, or `2`. Separating a two leg call into two separate channels of the recording file is supported in Dial and Outbound Rest API record options.

Defaults to 0."""

    source: CallRecordingSource | None = None
    """How the recording was created."""

    error_code: int | None = None
    """The error code that describes why the recording is `absent`. The error code is described in the Error Dictionary. This value is null if the recording `status` is not `absent`."""

    track: CallRecordingTrack | None = None
    """The recorded track. Can be: `inbound`, `outbound`, or `both`."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["account_sid", "STR"],
    ["api_version", "STR"],
    ["call_sid", "STR"],
    ["conference_sid", "STR"],
    ["date_created", "RFC2822_DATETIME"],
    ["date_updated", "RFC2822_DATETIME"],
    ["start_time", "RFC2822_DATETIME"],
    ["duration", "STR"],
    ["sid", "STR"],
    ["price", "FLOAT"],
    ["uri", "STR"],
    ["encryption_details", ["Dict", "ANY"]],
    ["price_unit", "STR"],
    ["status", ["Enum", "models.call_recording_status", "CallRecordingStatus"]],
    ["channels", "INT"],
    ["source", ["Enum", "models.call_recording_source", "CallRecordingSource"]],
    ["error_code", "INT"],
    ["track", ["Enum", "models.call_recording_track", "CallRecordingTrack"]]
]
""")
