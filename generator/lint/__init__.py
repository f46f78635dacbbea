"""`sdkgen lint`: the OpenAPI validator's findings plus sdkgen's own rules, each with a location.

The rules (and the validators behind them) are imported when linting starts, not with this package,
so that a forked worker can import them beside the main process.

A project adds rules of its own in Python files named in `[tool.sdkgen.lint] custom-rules`: each
function decorated with `@rule(id, Severity.X, summary)` gets a loaded `Spec` and yields
(message, JSON pointer, None) per finding; `generator.lint.walk` finds operations, parameters,
schemas and examples. See README ("Linting").
"""

from generator.lint.engine import RULES, Finding, Rule, Severity, configured_severities, rule
from generator.lint.engine import run as lint_files

__all__ = ["RULES", "Finding", "Rule", "Severity", "configured_severities", "lint_files", "rule"]
