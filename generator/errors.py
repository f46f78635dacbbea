"""Problems found in a spec, as values with a location, never as stray tracebacks."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where a node of a spec came from: file, 1-based line and column, JSON pointer."""

    file: Path
    line: int | None = None
    column: int | None = None
    pointer: str = ""

    def __str__(self) -> str:
        text = _display_path(self.file)
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


def _display_path(path: Path) -> str:
    """Relative to the working directory when the file is below it, as editors and CI annotate."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Level(enum.Enum):
    WARNING = "warning"  # that part is skipped, the rest is generated
    ERROR = "error"  # nothing is generated


@dataclass(frozen=True)
class Problem:
    level: Level
    message: str
    location: Location | None = None
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        text = f"{where}{self.level.value}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class SdkgenError(Exception):
    """A user mistake (bad spec, bad option): reported with its location, exit code 2."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        # Each once: checks that meet the same defect from several places say it once.
        self.problems = [problems] if isinstance(problems, Problem) else list(dict.fromkeys(problems))
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[SdkgenError], tuple[list[Problem]]]:
        # Raised in a formatting worker, it crosses back pickled: rebuilt from its problems, not its text.
        return SdkgenError, (self.problems,)


def fail(message: str, location: Location | None = None, hint: str = "") -> SdkgenError:
    """Build the error for one user mistake; the caller raises it."""
    return SdkgenError(Problem(Level.ERROR, message, location, hint))
