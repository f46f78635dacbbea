"""Client-side cost of the generated Twilio client against the official `twilio` package, in one run.

Both clients run their whole stack with only the transport answered in-process (httpx's MockTransport
for ours, a requests HTTPAdapter for twilio's), so what is measured is the client: argument handling,
validation, URL and body encoding, auth, response decoding into typed objects.

    python bench/bench_client.py [--calls N]

Targets (issue #3): per call <= 0.5x twilio's; import + Client() + first call <= 1.0x.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _fakes import RequestsAdapter, httpx_transport  # noqa: E402

AC, CA, RE, CF = "AC" + "a" * 32, "CA" + "a" * 32, "RE" + "a" * 32, "CF" + "a" * 32


def ours() -> dict[str, Callable[[], object]]:
    import httpx
    import twilio_api

    client = twilio_api.Client(account_sid=AC, auth_token="token", http_client=httpx.Client(transport=httpx_transport()))
    return {
        "recording update": lambda: client.calls(CA).recordings(RE).update(status="paused", pause_behavior="skip"),
        "conference update": lambda: client.conferences(CF).update(status="completed", announce_url="https://example.com/a.xml", announce_method="POST"),
    }


def official() -> dict[str, Callable[[], object]]:
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
        "import httpx, twilio_api, _fakes\n"
        "c = twilio_api.Client(account_sid='AC'+'a'*32, auth_token='t', http_client=httpx.Client(transport=_fakes.httpx_transport()))\n"
        "c.conferences('CF'+'a'*32).update(status='completed')\n"
    ),
    "twilio": (
        "import _fakes\nfrom twilio.rest import Client\nfrom twilio.http.http_client import TwilioHttpClient\n"
        "h = TwilioHttpClient(); h.session.mount('https://', _fakes.RequestsAdapter())\n"
        "c = Client('AC'+'a'*32, 't', http_client=h)\n"
        "c.conferences('CF'+'a'*32).update(status='completed')\n"
    ),
}


def per_call(calls: int) -> None:
    mine, theirs = ours(), official()
    print(f"per-call client-side time ({calls} calls, best of 5):")
    print(f"  {'operation':<20} {'sdkgen':>10} {'twilio':>10} {'ratio':>7}  target <= 0.50x")
    for name in mine:
        mine[name](), theirs[name]()  # warm up both (imports, caches)
        a = min(timeit.repeat(mine[name], number=calls, repeat=5)) / calls
        b = min(timeit.repeat(theirs[name], number=calls, repeat=5)) / calls
        verdict = "ok" if a / b <= 0.5 else "MISSED"
        print(f"  {name:<20} {a * 1e6:>8.1f}us {b * 1e6:>8.1f}us {a / b:>6.2f}x  {verdict}")


def cold_start(runs: int) -> None:
    here = Path(__file__).parent
    timed = "import time\nt = time.perf_counter()\n{code}print(time.perf_counter() - t)\n"
    results = {}
    for name, code in COLD.items():
        samples = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", timed.format(code=code)], cwd=here, capture_output=True, text=True, check=True)
            samples.append(float(out.stdout.strip().splitlines()[-1]))
        results[name] = statistics.median(samples)
    ratio = results["ours"] / results["twilio"]
    print(f"import + Client() + first call, fresh process (median of {runs}):")
    print(f"  sdkgen {results['ours'] * 1e3:.1f} ms, twilio {results['twilio'] * 1e3:.1f} ms, ratio {ratio:.2f}x  target <= 1.00x {'ok' if ratio <= 1 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    per_call(args.calls)
    cold_start(args.runs)


if __name__ == "__main__":
    main()
