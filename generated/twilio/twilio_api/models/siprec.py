"""The Siprec model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from .._models import BaseModel, FieldSpec

if TYPE_CHECKING:
    import datetime

    from .siprec_status import SiprecStatus

__all__ = ["Siprec"]


@dataclass(kw_only=True)
class Siprec(BaseModel):
    """A SIPREC session forking a call's media to a recorder."""

    account_sid: str | None = None
    """The SID of the Account that created this resource."""

    call_sid: str | None = None
    """The SID of the Call the resource is associated with."""

    date_updated: datetime.datetime | None = None
    """The RFC 2822 date and time in GMT that this resource was last updated."""

    name: str | None = None
    """The name of this resource."""

    sid: str | None = None
    """The SID of the Siprec resource."""

    status: SiprecStatus | None = None
    """The status - one of `stopped`, `in-progress`."""

    uri: str | None = None
    """The URI of the resource, relative to `https://api.twilio.com`."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["account_sid", "STR"],
    ["call_sid", "STR"],
    ["date_updated", "RFC2822_DATETIME"],
    ["name", "STR"],
    ["sid", "STR"],
    ["status", ["Enum", "models.siprec_status", "SiprecStatus"]],
    ["uri", "STR"]
]
""")
