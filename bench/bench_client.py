"""Client-side cost of the generated Twilio client against the official `twilio` package, in one run.

Both clients run their whole stack with only the socket replaced (an httpx transport answering as
httpx's HTTPTransport does for ours, a requests HTTPAdapter for twilio's), so what is measured is the
client: argument handling, validation, URL and body encoding, auth, response decoding into typed objects.

Wall time on a shared 2-core VM moves by 10-20% between runs, so the per-call cost is also counted in
CPU instructions with valgrind's callgrind (when valgrind is installed): the same for the same code,
whatever else the machine does. Instructions are not time, but their ratio is the stable view.

    python bench/bench_client.py [--calls N] [--repeats N] [--runs N]

Targets: per call <= 0.5x twilio's wall time (issue #3) and <= 0.42x its instructions (issue #19);
import + Client() + first call <= 1.0x.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


AC, CA, RE, CF = "AC" + "a" * 32, "CA" + "a" * 32, "RE" + "a" * 32, "CF" + "a" * 32


def ours() -> dict[str, Callable[[], object]]:
    import httpx
    import twilio_api
    from _httpx_fake import httpx_transport

    client = twilio_api.Client(account_sid=AC, auth_token="token", http_client=httpx.Client(transport=httpx_transport()))
    return {
        "recording update": lambda: client.calls(CA).recordings(RE).update(status="paused", pause_behavior="skip"),
        "conference update": lambda: client.conferences(CF).update(status="completed", announce_url="https://example.com/a.xml", announce_method="POST"),
    }


def official() -> dict[str, Callable[[], object]]:
    from _requests_fake import RequestsAdapter
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    http = TwilioHttpClient()
    assert http.session is not None
    http.session.mount("https://", RequestsAdapter())
    client = Client(AC, "token", http_client=http)
    return {
        "recording update": lambda: client.calls(CA).recordings(RE).update(status="paused", pause_behavior="skip"),
        "conference update": lambda: client.conferences(CF).update(status="completed", announce_url="https://example.com/a.xml", announce_method="POST"),
    }


COLD = {
    "ours": (
        "import httpx, twilio_api, _httpx_fake\n"
        "c = twilio_api.Client(account_sid='AC'+'a'*32, auth_token='t', http_client=httpx.Client(transport=_httpx_fake.httpx_transport()))\n"
        "c.conferences('CF'+'a'*32).update(status='completed')\n"
    ),
    "twilio": (
        "import _requests_fake\nfrom twilio.rest import Client\nfrom twilio.http.http_client import TwilioHttpClient\n"
        "h = TwilioHttpClient(); h.session.mount('https://', _requests_fake.RequestsAdapter())\n"
        "c = Client('AC'+'a'*32, 't', http_client=h)\n"
        "c.conferences('CF'+'a'*32).update(status='completed')\n"
    ),
}


def per_call(calls: int, repeats: int) -> None:
    mine, theirs = ours(), official()
    print(f"per-call client-side time ({calls} calls, best of {repeats}, the two clients taking turns):")
    print(f"  {'operation':<20} {'sdkgen':>10} {'twilio':>10} {'ratio':>7}  target <= 0.50x")
    for name in mine:
        mine[name](), theirs[name]()  # warm up both (imports, caches)
        a, b = float("inf"), float("inf")
        for _ in range(repeats):  # alternate, so that a slow moment of the machine hits both
            a = min(a, timeit.timeit(mine[name], number=calls) / calls)
            b = min(b, timeit.timeit(theirs[name], number=calls) / calls)
        verdict = "ok" if a / b <= 0.5 else "MISSED"
        print(f"  {name:<20} {a * 1e6:>8.1f}us {b * 1e6:>8.1f}us {a / b:>6.2f}x  {verdict}")


# Runs in a child process under callgrind: build one client, warm it up, then make N calls.
_COUNTED = (
    "import sys; sys.path.insert(0, {here!r}); import bench_client\n"
    "call = bench_client.{factory}()[{operation!r}]\n"
    "call()\n"
    "for _ in range({calls}): call()\n"
)


def _instructions(factory: str, operation: str, calls: int) -> int:
    code = _COUNTED.format(here=str(Path(__file__).parent), factory=factory, operation=operation, calls=calls)
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    [total] = re.findall(r"Collected : (\d+)", out.stderr)
    return int(total)


def per_call_instructions(calls: int = 200) -> None:
    if shutil.which("valgrind") is None:
        print("per-call instructions: skipped (valgrind is not installed)")
        return
    print(f"per-call instructions (callgrind; a process making {calls} calls minus one making none):")
    print(f"  {'operation':<20} {'sdkgen':>10} {'twilio':>10} {'ratio':>7}  target <= 0.42x")
    for operation in ("recording update", "conference update"):
        per = {}
        for factory in ("ours", "official"):
            per[factory] = (_instructions(factory, operation, calls) - _instructions(factory, operation, 0)) / calls
        ratio = per["ours"] / per["official"]
        verdict = "ok" if ratio <= 0.42 else "MISSED"
        print(f"  {operation:<20} {per['ours'] / 1e6:>8.2f}M {per['official'] / 1e6:>9.2f}M {ratio:>6.2f}x  {verdict}")


def cold_start(runs: int) -> None:
    """Both clients installed with pip into a venv that holds nothing else (see `_users.py`)."""
    from _users import python_with

    here = Path(__file__).parent
    python = python_with(here.parent / "generated" / "twilio")
    timed = "import time\nt = time.perf_counter()\n{code}print(time.perf_counter() - t)\n"
    samples: dict[str, list[float]] = {name: [] for name in COLD}
    for _ in range(runs):  # alternate the two, as above
        for name, code in COLD.items():
            out = subprocess.run([str(python), "-c", timed.format(code=code)], cwd=here, capture_output=True, text=True, check=True)
            samples[name].append(float(out.stdout.strip().splitlines()[-1]))
    results = {name: statistics.median(values) for name, values in samples.items()}
    ratio = results["ours"] / results["twilio"]
    print(f"import + Client() + first call, fresh process (median of {runs}):")
    print(f"  sdkgen {results['ours'] * 1e3:.1f} ms, twilio {results['twilio'] * 1e3:.1f} ms, ratio {ratio:.2f}x  target <= 1.00x {'ok' if ratio <= 1 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    per_call(args.calls, args.repeats)
    per_call_instructions()
    cold_start(args.runs)


if __name__ == "__main__":
    main()
