"""What a long generation says while it runs: on a terminal, each phase and its counts as it starts
(one line, rewritten in place); elsewhere nothing until the summary line. `--quiet` silences both."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Phases of one target's generation, shown on `stream` when it is a terminal."""

    def __init__(self, target: str, *, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.target = target
        self.stream = stream if stream is not None else sys.stderr
        self.live = not quiet and self.stream.isatty()
        self.started = time.perf_counter()
        self._shown = False

    def phase(self, text: str) -> None:
        """A phase starts: `text` is what it does, with its counts (`formatting 412 files`)."""
        if self.live:
            self.stream.write(f"\r\x1b[K{self.target}: {text}...")
            self.stream.flush()
            self._shown = True

    def done(self) -> float:
        """The phases are over: the line is cleared; the seconds since the start."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
        return time.perf_counter() - self.started


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
