"""Vendor conventions: what real specs say without saying it in OpenAPI, each read in one place.

A newcomer asked to support a new vendor's quirk starts here. Each convention names the specs it
serves; the rest of the generator asks these functions and constants instead of knowing a vendor.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

# --- pagination --------------------------------------------------------------------------------

# Fields (compared in snake case) holding the next page's link: Twilio's `next_page_uri`, SignalWire's
# and Telnyx-style `meta.next_page_url`, HAL's and JSON:API's `links.next`, Bandwidth's `next`.
NEXT_LINK_NAMES = ("next_page_uri", "next_page_url", "next_page_link", "next_page", "next_url", "next_link", "next")
# Objects of a page that hold that link one level down (`meta`, `links`, ...).
LINK_HOLDER_NAMES = ("meta", "links", "pagination", "page_info", "paging")
# Query parameters setting how many items a page holds: Twilio's `PageSize`, GitHub's `per_page`, `limit`.
PAGE_SIZE_NAMES = ("page_size", "per_page", "limit")

# --- credentials ---------------------------------------------------------------------------------


def basic_credential_names(scheme_name: str) -> tuple[str, str]:
    """The two arguments of an HTTP basic scheme: named after its halves when the scheme's name is
    `<user>_<password>` (Twilio's published `accountSid_authToken` -> `account_sid`, `auth_token`),
    else `username` and `password`."""
    from generator.naming import snake  # naming reads SYMBOL_WORDS from here

    halves = scheme_name.split("_")
    if len(halves) == 2 and all(h.isidentifier() for h in halves):
        user, password = snake(halves[0]), snake(halves[1])
        if user != password and not keyword.iskeyword(user) and not keyword.iskeyword(password):
            return user, password
    return "username", "password"


def scope_parameter(data: dict[str, Any], credential: str) -> str | None:
    """The path parameter a user credential fills by default: the one named like it (in snake case) in
    at least half of the paths (Twilio's `/Accounts/{AccountSid}/...`, filled from `account_sid`)."""
    from generator.naming import snake

    paths = [str(p) for p in (data.get("paths") or {})]
    counts: dict[str, int] = {}
    for path in paths:
        for name in set(re.findall(r"\{([^{}]+)\}", path)):
            if snake(name) == credential:
                counts[name] = counts.get(name, 0) + 1
    best = max(counts.items(), key=lambda item: item[1], default=None)
    return best[0] if best is not None and best[1] * 2 >= len(paths) else None


# --- paths ---------------------------------------------------------------------------------------

# A path segment that names the API's version rather than a resource: Twilio's `2010-04-01`, Stripe's
# and Vonage's `v1`, `v2beta`, `1.0`.
VERSION_SEGMENT = re.compile(r"(v\d+[a-z0-9]*|\d+(\.\d+)*|\d{4}-\d{2}-\d{2})", re.IGNORECASE)

# --- names -------------------------------------------------------------------------------------

# Comparison suffixes carry meaning (Twilio's `StartTime<` is "on or before"), so they become words:
# start_time_before, start_time_after.
SYMBOL_WORDS = (("<=", "_before_or_at_"), (">=", "_after_or_at_"), ("<", "_before_"), (">", "_after_"))

# --- formats and values --------------------------------------------------------------------------

# String formats decoded into Python values; `date-time-rfc-2822` is Twilio's (`Fri, 14 Oct 2016 21:56:34 +0000`).
FORMAT_KINDS = {"date-time": "datetime", "date-time-rfc-2822": "rfc2822", "date": "date"}
RFC2822_FORMAT = "date-time-rfc-2822"
# Twilio-style ids (`CA` + 32 hex digits): a pattern of two capitals and hex digits, read for an
# example id where the spec gives none.
SID_PATTERN = re.compile(r"^\^\(?([A-Z]{2})\[0-9a-fA-F\]\{(\d+)\}")

# Cursor paging where a page gives no link: Stripe's `has_more` with `starting_after=<last item's id>`;
# Slack's, Notion's and Google's `next_cursor` / `next_page_token` sent back as `cursor` / `page_token`.
MORE_FLAG_NAMES = ("has_more", "has_next", "has_next_page")
AFTER_ITEM_PARAMS = ("starting_after", "after")
NEXT_CURSOR_NAMES = ("next_cursor", "next_page_token", "next_token", "cursor")
CURSOR_PARAMS = ("cursor", "page_token", "next_token", "starting_after", "after")

# Page-number and offset paging, where a page gives neither a link nor a cursor: the query parameter
# sent again one page on, and a page's totals, of items and of pages (GitLab's, Zendesk's, many REST
# APIs' `page` / `per_page` with `total`; `offset` / `limit` with `total_count`).
PAGE_NUMBER_PARAMS = ("page", "page_number")
OFFSET_PARAMS = ("offset", "skip", "start")
TOTAL_NAMES = ("total", "total_count", "total_items", "total_results", "total_entries")
PAGE_COUNT_NAMES = ("total_pages", "page_count", "num_pages", "pages", "last_page")
LINK_HEADER = "link"  # RFC 8288: `Link: <https://api.example.com/items?page=2>; rel="next"`

# --- retries -------------------------------------------------------------------------------------

# Headers that make a POST safe to resend: the server acts once per key (Stripe's `Idempotency-Key`,
# the IETF draft's name; Adyen's and others' spell it the same). Compared in lower case.
IDEMPOTENCY_KEY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})
