"""`sdkgen lint`: the OpenAPI validator's findings plus sdkgen's own rules, each with a location.

The rules (and the validators behind them) are imported when linting starts, not with this package,
so that a forked worker can import them beside the main process.
"""

from generator.lint.engine import RULES, Finding, Rule, Severity, configured_severities
from generator.lint.engine import run as lint_files

__all__ = ["RULES", "Finding", "Rule", "Severity", "configured_severities", "lint_files"]
