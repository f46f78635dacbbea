"""List operations iterate lazily over every page, however the API links its pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from conftest import FIXTURES

BASE = "https://api.example.com/base"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from generator.cli import main

    out = tmp_path_factory.mktemp("paged") / "paged_api"
    assert main(["generate", "--spec", str(FIXTURES / "paged.yaml"), "--out", str(out), "--package", "paged_api"]) == 0
    return out


@pytest.fixture
def api(out: Path, import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(out, "paged_api")


class Pages:
    """A transport answering each request with the next of a list of JSON bodies (and, where given,
    the next of a list of headers); it remembers requests."""

    def __init__(self, *bodies: Any, headers: Sequence[dict[str, str]] = ()) -> None:
        self.bodies = list(bodies)
        self.headers = list(headers)
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        index = len(self.sent) - 1
        return httpx.Response(200, json=self.bodies[index], headers=self.headers[index] if index < len(self.headers) else None)

    @property
    def urls(self) -> list[str]:
        return [str(r.url) for r in self.sent]


def calls(*sids: str, next_page: str | None) -> dict[str, Any]:
    return {"calls": [{"sid": s} for s in sids], "next_page_uri": next_page, "page_size": len(sids)}


def messages(*ids: str, next_page: str | None) -> dict[str, Any]:
    return {"messages": [{"id": i} for i in ids], "meta": {"next_page_url": next_page, "key": "messages"}}


def client(api: ModuleType, pages: Pages) -> Any:
    return api.Client(username="u", password="p", max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(pages)))


def test_nothing_is_fetched_until_iteration_starts(api: ModuleType) -> None:
    pages = Pages(calls("CA1", next_page=None))
    pager = client(api, pages).calls.list(status="completed")
    assert pages.sent == []
    assert [c.sid for c in pager] == ["CA1"]
    assert pages.urls == [f"{BASE}/Calls.json?Status=completed"]


def test_a_path_link_is_followed_on_the_same_host(api: ModuleType) -> None:
    pages = Pages(
        calls("CA1", "CA2", next_page="/base/Calls.json?Status=completed&Page=1&PageToken=PA2"),
        calls("CA3", next_page=None),
    )
    found = [c.sid for c in client(api, pages).calls.list(status="completed")]
    assert found == ["CA1", "CA2", "CA3"]
    assert pages.urls[1] == f"{BASE}/Calls.json?Status=completed&Page=1&PageToken=PA2"
    assert all(r.headers["Authorization"].startswith("Basic ") for r in pages.sent)


def test_a_whole_url_under_meta_is_followed(api: ModuleType) -> None:
    pages = Pages(messages("M1", next_page=f"{BASE}/v2/Messages?PageToken=2"), messages("M2", next_page=None))
    found = list(client(api, pages).messages.list())
    assert [m.id for m in found] == ["M1", "M2"]
    assert isinstance(found[0], api.models.Message)
    assert pages.urls == [f"{BASE}/v2/Messages", f"{BASE}/v2/Messages?PageToken=2"]


def test_limit_stops_early_and_asks_for_no_bigger_pages_than_needed(api: ModuleType) -> None:
    pages = Pages(calls("CA1", "CA2", next_page="/base/Calls.json?Page=1"), calls("CA3", "CA4", next_page=None))
    assert [c.sid for c in client(api, pages).calls.list(limit=3)] == ["CA1", "CA2", "CA3"]
    assert pages.sent[0].url.params["PageSize"] == "3"
    pages = Pages(calls("CA1", "CA2", next_page=None))
    assert len(list(client(api, pages).calls.list(limit=2000, page_size=2))) == 2
    assert pages.sent[0].url.params["PageSize"] == "2"  # the caller's page size wins
    assert list(client(api, Pages()).calls.list(limit=0)) == []
    with pytest.raises(ValueError, match="limit"):
        client(api, Pages()).calls.list(limit=-1)


def test_a_huge_limit_is_capped_at_the_largest_page(api: ModuleType) -> None:
    pages = Pages(calls("CA1", next_page=None))
    list(client(api, pages).calls.list(limit=5000))
    assert pages.sent[0].url.params["PageSize"] == "1000"  # the parameter's maximum


def test_the_last_page_is_one_without_a_link_without_items_or_linking_to_itself(api: ModuleType) -> None:
    for last in (calls("CA2", next_page=None), calls(next_page="/base/Calls.json?Page=2"), calls("CA2", next_page="/base/Calls.json?Page=1")):
        pages = Pages(calls("CA1", next_page="/base/Calls.json?Page=1"), last, calls("CA9", next_page=None))
        assert "CA9" not in [c.sid for c in client(api, pages).calls.list()]
        assert len(pages.sent) == 2


def test_a_link_to_another_host_is_refused(api: ModuleType) -> None:
    pages = Pages(calls("CA1", next_page="https://evil.example.net/Calls.json?Page=1"))
    iterator = iter(client(api, pages).calls.list())
    assert next(iterator).sid == "CA1"
    with pytest.raises(api.ApiError, match="not following it"):
        next(iterator)
    assert len(pages.sent) == 1  # the credentials never left for the other host


def test_page_fetches_one_page_and_pages_walks_them(api: ModuleType) -> None:
    pages = Pages(calls("CA1", next_page="/base/Calls.json?Page=1"), calls("CA2", next_page=None))
    page = client(api, pages).calls.list(page_size=1).page()
    assert isinstance(page, api.models.CallPage) and page.next_page_uri == "/base/Calls.json?Page=1"
    assert len(pages.sent) == 1 and pages.sent[0].url.params["PageSize"] == "1"
    walked: Iterator[Any] = client(api, Pages(*pages.bodies)).calls.list().pages()
    assert [[c.sid for c in p.calls] for p in walked] == [["CA1"], ["CA2"]]


@pytest.mark.anyio
async def test_the_async_client_iterates_with_async_for(api: ModuleType) -> None:
    pages = Pages(messages("M1", next_page=f"{BASE}/v2/Messages?PageToken=2"), messages("M2", next_page=None), messages("M3", next_page=None))
    transport = httpx.AsyncClient(transport=httpx.MockTransport(pages))
    async with api.AsyncClient(username="u", password="p", http_client=transport) as async_client:
        found = [m.id async for m in async_client.messages.list()]
        assert found == ["M1", "M2"]
        page = await async_client.messages.list().page()
    assert page.meta.key == "messages"
    assert len(pages.sent) == 3


NEXT_STYLES = """\
openapi: 3.1.0
info: {title: Styles, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /things:
    get:
      operationId: ListThings
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: object, properties: {id: {type: string}}}}
                  next: {type: [string, "null"]}
  /cursors:
    get:
      operationId: ListCursors
      parameters: [{name: starting_after, in: query, schema: {type: string}}, {name: limit, in: query, schema: {type: integer}}]
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  object: {type: string}
                  data: {type: array, items: {type: object, properties: {id: {type: string}}}}
                  has_more: {type: boolean}
  /tokens:
    get:
      operationId: ListTokens
      parameters: [{name: cursor, in: query, schema: {type: string}}]
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  members: {type: array, items: {type: object, properties: {id: {type: string}}}}
                  next_cursor: {type: string}
  /items:
    get:
      operationId: ListItems
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {type: object, properties: {id: {type: string}}}}
                  links: {type: object, properties: {self: {type: string}, next: {type: string}}}
"""


@pytest.mark.parametrize(
    ("resource", "first", "second"),
    [
        ("things", {"data": [{"id": "a"}], "next": "/things?page=2"}, {"data": [{"id": "b"}], "next": None}),
        ("items", {"items": [{"id": "a"}], "links": {"self": "/items", "next": "/items?page=2"}}, {"items": [{"id": "b"}], "links": {}}),
    ],
)
def test_a_link_named_next_is_followed_top_level_or_under_links(
    resource: str, first: dict[str, Any], second: dict[str, Any], tmp_path: Path, import_generated: Callable[[Path, str], ModuleType]
) -> None:
    """`next` is a builtin's name, so its attribute is `next_`: the link is still found by its wire name."""
    from generator.cli import main

    (tmp_path / "spec.yaml").write_text(NEXT_STYLES, encoding="utf-8")
    assert main(["generate", "--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "styles_api"), "--package", "styles_api"]) == 0
    styles = import_generated(tmp_path / "styles_api", "styles_api")
    pages = Pages(first, second)
    listed = getattr(styles.Client(max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(pages))), resource).list()
    assert [item.id for item in listed] == ["a", "b"]
    assert pages.urls == [f"https://api.example.com/{resource}", f"https://api.example.com/{resource}?page=2"]


@pytest.mark.parametrize(
    ("resource", "bodies", "urls"),
    [
        (
            "cursors",  # Stripe: has_more, and starting_after=<the last item's id>
            [{"data": [{"id": "a"}, {"id": "b"}], "has_more": True}, {"data": [{"id": "c"}], "has_more": False}],
            ["https://api.example.com/cursors?limit=2", "https://api.example.com/cursors?limit=2&starting_after=b"],
        ),
        (
            "tokens",  # Slack: next_cursor, sent back as cursor=; an empty one ends it
            [{"members": [{"id": "a"}, {"id": "b"}], "next_cursor": "dXNlcjpc"}, {"members": [{"id": "c"}], "next_cursor": ""}],
            ["https://api.example.com/tokens", "https://api.example.com/tokens?cursor=dXNlcjpc"],
        ),
    ],
)
def test_cursor_lists_iterate_over_every_page(
    resource: str, bodies: list[dict[str, Any]], urls: list[str], tmp_path: Path, import_generated: Callable[[Path, str], ModuleType]
) -> None:
    from generator.cli import main

    (tmp_path / "spec.yaml").write_text(NEXT_STYLES, encoding="utf-8")
    assert main(["generate", "--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "cursor_api"), "--package", "cursor_api"]) == 0
    api = import_generated(tmp_path / "cursor_api", "cursor_api")
    pages = Pages(*bodies)
    client = api.Client(max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(pages)))
    listed = getattr(client, resource).list(**({"limit": 2} if resource == "cursors" else {}))  # the API's page size
    assert [item.id for item in listed] == ["a", "b", "c"]
    assert pages.urls == urls
    pages.bodies, pages.sent = list(bodies), []
    cap = "max_items" if resource == "cursors" else "limit"  # the pager's own cap, named unlike the API's limit
    assert [item.id for item in getattr(client, resource).list(**{cap: 1})] == ["a"]
    assert len(pages.sent) == 1


# --- RFC 8288 Link headers, page numbers and offsets (tests/fixtures/paging_styles.yaml) ---------

ROOT = "https://api.example.com/v1"


@pytest.fixture(scope="module")
def styles_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from generator.cli import main

    out = tmp_path_factory.mktemp("styles") / "paging_styles_api"
    assert main(["generate", "--spec", str(FIXTURES / "paging_styles.yaml"), "--out", str(out), "--package", "paging_styles_api"]) == 0
    return out


@pytest.fixture
def styles(styles_out: Path, import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(styles_out, "paging_styles_api")


def answered(*answers: tuple[Any, dict[str, str]]) -> Pages:
    """Pages answering with each (body, headers) in turn."""
    return Pages(*(body for body, _ in answers), headers=[headers for _, headers in answers])


def things(*ids: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"thing {i}"} for i in ids]


def styles_client(api: ModuleType, answers: Pages) -> Any:
    return api.Client(max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(answers)))


def test_link_headers_are_followed_until_no_next(styles: ModuleType) -> None:
    answers = answered(
        (things(1, 2), {"Link": f'<{ROOT}/repos?page=2&per_page=2>; rel="next", <{ROOT}/repos?page=3&per_page=2>; rel="last"'}),
        (things(3, 4), {"Link": '</v1/repos?page=1>; rel="prev", </v1/repos?page=3&per_page=2>; title="a, b"; rel="next"'}),
        (things(5), {"Link": f'<{ROOT}/repos?page=1>; rel="first"'}),
    )
    found = [repo.id for repo in styles_client(styles, answers).repos.list(per_page=2)]
    assert found == [1, 2, 3, 4, 5]
    assert answers.urls == [f"{ROOT}/repos?per_page=2", f"{ROOT}/repos?page=2&per_page=2", f"{ROOT}/repos?page=3&per_page=2"]


def test_a_link_header_to_another_host_is_refused(styles: ModuleType) -> None:
    answers = answered((things(1), {"Link": '<https://evil.example.net/collect>; rel="next"'}))
    with pytest.raises(styles.ApiError, match="not following it"):
        list(styles_client(styles, answers).repos.list())


@pytest.mark.anyio
async def test_the_async_client_follows_link_headers(styles: ModuleType) -> None:
    answers = answered((things(1), {"Link": f'<{ROOT}/repos?page=2>; rel="next"'}), (things(2), {}))
    async with styles.AsyncClient(max_retries=0, http_client=httpx.AsyncClient(transport=httpx.MockTransport(answers))) as client:
        assert [repo.id async for repo in client.repos.list()] == [1, 2]
    assert len(answers.urls) == 2


def test_page_numbers_go_on_until_the_total(styles: ModuleType) -> None:
    answers = answered(*[({"issues": things(*ids), "total": 5}, {}) for ids in ((1, 2), (3, 4), (5,))])
    assert [i.id for i in styles_client(styles, answers).issues.list(per_page=2)] == [1, 2, 3, 4, 5]
    assert answers.urls == [f"{ROOT}/issues?per_page=2", f"{ROOT}/issues?per_page=2&page=2", f"{ROOT}/issues?per_page=2&page=3"]


def test_page_numbers_start_where_the_caller_says(styles: ModuleType) -> None:
    answers = answered(({"issues": things(3, 4), "total": 6}, {}), ({"issues": things(5, 6), "total": 6}, {}), ({"issues": [], "total": 6}, {}))
    assert [i.id for i in styles_client(styles, answers).issues.list(page=2)] == [3, 4, 5, 6]
    assert answers.urls == [f"{ROOT}/issues?page=2", f"{ROOT}/issues?page=3", f"{ROOT}/issues?page=4"]  # 4 seen of 6: asked on


def test_page_numbers_from_zero_stop_at_the_page_count(styles: ModuleType) -> None:
    answers = answered(*[({"projects": things(i), "total_pages": 2}, {}) for i in (1, 2)])
    assert [p.id for p in styles_client(styles, answers).projects.list()] == [1, 2]
    assert answers.urls == [f"{ROOT}/projects", f"{ROOT}/projects?page=1"]  # the spec's default page is 0


def test_offsets_move_past_each_page_until_the_total(styles: ModuleType) -> None:
    answers = answered(*[({"data": things(*ids), "meta": {"total_count": 5}}, {}) for ids in ((1, 2), (3, 4), (5,))])
    client = styles_client(styles, answers)
    assert [e.id for e in client.events.list(limit=2)] == [1, 2, 3, 4, 5]
    assert answers.urls == [f"{ROOT}/events?limit=2", f"{ROOT}/events?limit=2&offset=2", f"{ROOT}/events?limit=2&offset=4"]
    answers.bodies, answers.headers, answers.sent = answers.bodies[:1], answers.headers[:1], []
    assert [e.id for e in client.events.list(max_items=1)] == [1]  # the API's limit is the page size
    assert answers.urls == [f"{ROOT}/events?limit=1"]


def test_offsets_without_totals_stop_at_an_empty_page(styles: ModuleType) -> None:
    answers = answered((things(1, 2), {}), (things(3), {}), ([], {}))
    assert [t.id for t in styles_client(styles, answers).logs.list()] == [1, 2, 3]
    assert answers.urls == [f"{ROOT}/logs", f"{ROOT}/logs?offset=2", f"{ROOT}/logs?offset=3"]


def test_each_style_passes_its_generated_tests(styles_out: Path) -> None:
    """The generated suite walks two pages of every list, whichever way it pages."""
    import subprocess
    import sys

    tests = (styles_out / "tests" / "test_every_operation.py").read_text(encoding="utf-8")
    assert tests.count("pytest.param(") >= 5 and "answering_pages" in tests
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=styles_out, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:]


def test_a_page_number_beside_a_page_token_is_not_guessed_at(styles: ModuleType) -> None:
    """Without the token the API gives, page N+1 is not a request the client can make: one page."""
    answers = answered(({"countries": things(1, 2)}, {}))
    page = styles_client(styles, answers).countries.list()
    assert isinstance(page, styles.models.ListCountriesResponse)
    assert [c.id for c in page.countries] == [1, 2] and len(answers.urls) == 1
