"""Generate Twilio's published spec with sdkgen, openapi-python-client and OpenAPI Generator, in one run.

Prints, for each scenario, each tool's wall time (median of --runs) and peak memory (the summed
resident memory of the tool's whole process tree, sampled every 20 ms in one more run: sampling takes
CPU from the tool on a 2-core machine, so timed runs are not sampled), then sdkgen's time as a ratio
of the fastest peer's cold generation. Cold runs of the three tools take turns, round after round,
so that the machine's slow stretches hit all of them; each round's ratio is printed too. Then the
full generated client's cold start against the official `twilio` package's.

    python bench/bench_generate.py [--spec FILE] [--runs N] [--peers VENV]

Scenarios: cold generation into an empty directory, with an empty sdkgen cache (generator/cache.py);
`sdkgen check` with nothing changed; regeneration after editing one operation's description, with the
cache as the previous generation left it, as a user's would be. The peers have neither a check nor an
incremental mode: each of their runs is a cold generation. sdkgen's modules are byte-compiled first,
as pip does for an installed tool (and did for the peers), since an editable install is not.
Targets (issue #6): cold <= 1.0x the fastest peer; check <= 0.25x; one-operation regeneration <= 0.25x;
import + Client() of the full client <= 1.0x of `import twilio.rest` + `Client()`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "twilio_api_v2010.yaml"  # vendored, with its license
EDITED = "description: Initiates a call redirect or terminates a call"


@dataclass
class Sample:
    seconds: float
    peak_mb: float


def measure(command: list[str], cwd: Path, *, sample: bool, env: dict[str, str] | None = None) -> Sample:
    """Run `command`; with `sample`, watch the resident memory of it and every process it starts."""
    start = time.perf_counter()
    process = psutil.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = 0
    while sample and process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    process.wait()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-2000:] if process.stderr else ''}")
    return Sample(seconds, peak / 2**20)


def repeat(runs: int, prepare: Callable[[], None], command: Callable[[], list[str]], cwd: Path, env: dict[str, str] | None = None) -> Sample:
    """The median time of `runs` runs, and the peak memory of one more."""
    seconds = []
    for _ in range(runs):
        prepare()
        seconds.append(measure(command(), cwd, sample=False, env=env).seconds)
    prepare()
    return Sample(statistics.median(seconds), measure(command(), cwd, sample=True, env=env).peak_mb)


@dataclass
class Tool:
    prepare: Callable[[], None]
    command: list[str]
    cwd: Path
    env: dict[str, str] | None = None


def interleaved(runs: int, tools: dict[str, Tool]) -> tuple[dict[str, Sample], list[dict[str, float]]]:
    """Like `repeat` for several tools, run in turn (`runs` rounds of one run each): a slow stretch of
    the machine (this one's timings drift by 20% over minutes) hits every tool, not the one that
    happened to run then. Also returns each round's times."""
    rounds = []
    for _ in range(runs):
        timed = {}
        for name, tool in tools.items():
            tool.prepare()
            timed[name] = measure(tool.command, tool.cwd, sample=False, env=tool.env).seconds
        rounds.append(timed)
    samples = {}
    for name, tool in tools.items():
        tool.prepare()
        peak = measure(tool.command, tool.cwd, sample=True, env=tool.env).peak_mb
        samples[name] = Sample(statistics.median(r[name] for r in rounds), peak)
    return samples, rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peers", type=Path, default=ROOT / "bench" / ".peers", help="a venv with the two peers installed")
    args = parser.parse_args()
    peers_bin = args.peers.resolve() / "bin"  # absolute: each tool runs in a working folder of its own
    args.spec = args.spec.resolve()
    work = Path(tempfile.mkdtemp(prefix="sdkgen-bench-"))
    spec = work / "spec" / args.spec.name
    spec.parent.mkdir()
    shutil.copy(args.spec, spec)
    out = work / "twilio_full"
    sdkgen = [sys.executable, "-m", "generator"]
    target = ["--spec", str(spec), "--out", str(out), "--package", "twilio_full"]

    def empty(*paths: Path) -> Callable[[], None]:
        def prepare() -> None:
            for path in paths:
                shutil.rmtree(path, ignore_errors=True)

        return prepare

    cache = work / "sdkgen-cache"
    env = {**os.environ, "SDKGEN_CACHE_DIR": str(cache)}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True, capture_output=True)

    def edit_one_operation() -> None:
        text = spec.read_text(encoding="utf-8")
        if EDITED in text:
            spec.write_text(text.replace(EDITED, EDITED.replace("Initiates", "Starts"), 1), encoding="utf-8")
        else:
            spec.write_text(text.replace(EDITED.replace("Initiates", "Starts"), EDITED, 1), encoding="utf-8")

    try:
        results: dict[str, dict[str, Sample]] = {"cold generation": {}, "check, nothing changed": {}, "regenerate, one operation edited": {}}
        opc_out, ogen_out = work / "opc", work / "ogen"
        cold, rounds = interleaved(
            args.runs,
            {
                "sdkgen": Tool(empty(out, cache), sdkgen + ["generate", *target], ROOT, env),
                "openapi-python-client": Tool(
                    empty(opc_out),
                    [str(peers_bin / "openapi-python-client"), "generate", "--path", str(args.spec), "--output-path", str(opc_out), "--meta", "none"],
                    work,
                ),
                "openapi-generator": Tool(
                    empty(ogen_out), [str(peers_bin / "openapi-generator-cli"), "generate", "-i", str(args.spec), "-g", "python", "-o", str(ogen_out)], work
                ),
            },
        )
        results["cold generation"] = cold  # sdkgen's last (sampled) run left `out` and its cache for what follows
        results["check, nothing changed"]["sdkgen"] = repeat(args.runs, lambda: None, lambda: sdkgen + ["check", *target], ROOT, env)
        results["regenerate, one operation edited"]["sdkgen"] = repeat(args.runs, edit_one_operation, lambda: sdkgen + ["generate", *target], ROOT, env)
        report(args.spec.name, args.runs, results)
        per_round = [r["sdkgen"] / min(t for tool, t in r.items() if tool != "sdkgen") for r in rounds]
        print(f"\n  cold generation, each round's sdkgen / fastest peer: {' '.join(f'{x:.2f}x' for x in per_round)}")
        cold_start(out, args.runs * 3)
    finally:
        shutil.rmtree(work, ignore_errors=True)


TARGETS = {"cold generation": 1.0, "check, nothing changed": 0.25, "regenerate, one operation edited": 0.25}


def report(name: str, runs: int, results: dict[str, dict[str, Sample]]) -> None:
    peers = {tool: s for tool, s in results["cold generation"].items() if tool != "sdkgen"}
    fastest_tool, fastest = min(peers.items(), key=lambda item: item[1].seconds)
    print(f"{name}: generation, median of {runs} runs (peak memory: one more run, sampled)")
    for scenario, by_tool in results.items():
        print(f"\n  {scenario}")
        for tool, sample in by_tool.items():
            print(f"    {tool:<24} {sample.seconds:>7.2f} s  {sample.peak_mb:>7.0f} MB")
        ours = by_tool["sdkgen"].seconds / fastest.seconds
        verdict = "ok" if ours <= TARGETS[scenario] else "MISSED"
        print(f"    sdkgen / {fastest_tool} (fastest peer, cold) = {ours:.2f}x  target <= {TARGETS[scenario]:.2f}x {verdict}")


def cold_start(out: Path, runs: int) -> None:
    """`import` + `Client()` in a fresh process: the full generated client against the official SDK,
    both installed with pip into a venv that holds nothing else (see `_users.py`)."""
    from _users import python_with

    python = python_with(out)
    timed = "import time\nt = time.perf_counter()\n{code}print(time.perf_counter() - t)\n"
    codes = {
        "twilio_full": "import twilio_full\nc = twilio_full.Client(account_sid='AC' + 'a' * 32, auth_token='t')\nc.calls\n",
        "twilio": "from twilio.rest import Client\nc = Client('AC' + 'a' * 32, 't')\nc.calls\n",
    }
    samples: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(runs):  # alternate the two, so that a slow moment of the machine hits both
        for name, code in codes.items():
            done = subprocess.run([str(python), "-c", timed.format(code=code)], cwd=out.parent, capture_output=True, text=True, check=True)
            samples[name].append(float(done.stdout.strip().splitlines()[-1]))
    ours, theirs = statistics.median(samples["twilio_full"]), statistics.median(samples["twilio"])
    verdict = "ok" if ours <= theirs else "MISSED"
    print(f"\n  import + Client() + .calls, fresh process (median of {runs}):")
    print(f"    twilio_full (generated, 197 operations) {ours * 1e3:.0f} ms, twilio {theirs * 1e3:.0f} ms, ratio {ours / theirs:.2f}x  target <= 1.00x {verdict}")


if __name__ == "__main__":
    main()
