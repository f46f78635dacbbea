"""The `Conferences` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..models import Conference, ConferenceUpdateStatus, HttpMethod

__all__ = ["AsyncConferenceContext", "AsyncConferenceList", "ConferenceContext", "ConferenceList"]

_CONTEXT_UPDATE = Endpoint.returning(_codecs.Model(lambda: models.Conference)).from_json("""
{
    "method": "POST",
    "path": "/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json",
    "path_params": {
        "AccountSid": 0,
        "Sid": 1
    },
    "id_types": [
        [0, "account_sid", "str"],
        [1, "sid", "str"]
    ],
    "types": {
        "announce_url": "str"
    },
    "checks": [
        ["one_of", "announce_method", ["GET", "POST"]],
        ["one_of", "status", ["completed"]]
    ],
    "form": {
        "AnnounceMethod": "announce_method",
        "AnnounceUrl": "announce_url",
        "Status": "status"
    },
    "once": true,
    "errors": {
        "400": ["Model", "models.error", "Error"],
        "401": ["Model", "models.error", "Error"],
        "403": ["Model", "models.error", "Error"],
        "404": ["Model", "models.error", "Error"],
        "429": ["Model", "models.error", "Error"],
        "500": ["Model", "models.error", "Error"]
    }
}
""")


class ConferenceList(SyncResource):
    """`Conferences`: the collection.

    Call it with an id: The Twilio-provided string that uniquely identifies the Conference resource to update.
    """

    def __call__(self, sid: str) -> ConferenceContext:
        """One of the Conferences by its id.

        The Twilio-provided string that uniquely identifies the Conference resource to update."""
        _validation.pattern("sid", sid, "^CF[0-9a-fA-F]{32}$")
        _validation.length("sid", sid, 34, 34)
        return ConferenceContext(self._client, (*self._ids, sid))


class ConferenceContext(SyncResource):
    """One of the `Conferences`, by its id."""

    def update(
        self,
        *,
        announce_method: HttpMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        announce_url: str | NotGiven = NOT_GIVEN,
        status: ConferenceUpdateStatus | Literal["completed"] | NotGiven = NOT_GIVEN,
    ) -> Conference:
        """Update a conference

        End a conference, or announce a message into it.

        Args:
            announce_method: The HTTP method used to call `announce_url`. Can be: `GET` or `POST` and the default is `POST`. The API's default is "POST".
            announce_url: The URL we should call to announce something into the conference. The URL can return an MP3, a WAV, or a TwiML document with `<Play>` or `<Say>`.
            status: The new status of the resource. Specifying `completed` will end the conference and hang up all participants.

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json` (operationId `UpdateConference`).
        """
        return _CONTEXT_UPDATE.send(self, locals())

    @property
    def with_raw_response(self) -> _ConferenceContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _ConferenceContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _ConferenceContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _ConferenceContextRaw(self, stream=True)


class _ConferenceContextRaw:
    """`ConferenceContext`'s methods giving HTTP responses (see `ConferenceContext.with_raw_response`)."""

    def __init__(self, resource: ConferenceContext, stream: bool) -> None:
        self.update = raw_method(resource.update, stream)


class AsyncConferenceList(AsyncResource):
    """`Conferences`: the collection.

    Call it with an id: The Twilio-provided string that uniquely identifies the Conference resource to update.
    """

    def __call__(self, sid: str) -> AsyncConferenceContext:
        """One of the Conferences by its id.

        The Twilio-provided string that uniquely identifies the Conference resource to update."""
        _validation.pattern("sid", sid, "^CF[0-9a-fA-F]{32}$")
        _validation.length("sid", sid, 34, 34)
        return AsyncConferenceContext(self._client, (*self._ids, sid))


class AsyncConferenceContext(AsyncResource):
    """One of the `Conferences`, by its id."""

    async def update(
        self,
        *,
        announce_method: HttpMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        announce_url: str | NotGiven = NOT_GIVEN,
        status: ConferenceUpdateStatus | Literal["completed"] | NotGiven = NOT_GIVEN,
    ) -> Conference:
        """Update a conference

        End a conference, or announce a message into it.

        Args:
            announce_method: The HTTP method used to call `announce_url`. Can be: `GET` or `POST` and the default is `POST`. The API's default is "POST".
            announce_url: The URL we should call to announce something into the conference. The URL can return an MP3, a WAV, or a TwiML document with `<Play>` or `<Say>`.
            status: The new status of the resource. Specifying `completed` will end the conference and hang up all participants.

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json` (operationId `UpdateConference`).
        """
        return await _CONTEXT_UPDATE.send_async(self, locals())

    @property
    def with_raw_response(self) -> _AsyncConferenceContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _AsyncConferenceContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _AsyncConferenceContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _AsyncConferenceContextRaw(self, stream=True)


class _AsyncConferenceContextRaw:
    """`AsyncConferenceContext`'s methods giving HTTP responses (see `AsyncConferenceContext.with_raw_response`)."""

    def __init__(self, resource: AsyncConferenceContext, stream: bool) -> None:
        self.update = async_raw_method(resource.update, stream)
