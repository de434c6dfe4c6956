"""The plugin API of govlint: the hooks a rule plugin implements.

A rule is a plugin (usually a module) that carries three attributes and
implements :func:`govlint_check`:

- ``CODE``: a family letter (S, T, P, D, W, L, X) and three digits, e.g. ``"T101"``;
- ``NAME``: a kebab-case name, e.g. ``"table-row-total"``;
- ``SEVERITY``: ``"error"``, ``"warning"`` or ``"info"``;

and a docstring in the what / why / example shape that ``govlint rule CODE``
prints.  Third-party rules are installed as packages exposing an entry point in
the group ``govlint`` whose value is such a module.
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from govlint.engine.diagnostics import Finding
from govlint.syntax.nodes import Report

hookspec = pluggy.HookspecMarker("govlint")
hookimpl = pluggy.HookimplMarker("govlint")


@hookspec
def govlint_check(report: Report, context: "RuleContext") -> Iterable[Finding]:
    """Check one parsed report and yield a :class:`~govlint.Finding` for each defect.

    :param report: the syntax tree of the report (frozen dataclasses with spans).
    :param context: settings that apply to this run (agency kind, dictionaries…).
    :return: an iterable of findings; the engine stamps each with the rule's
        code, name and severity.  A rule that raises becomes an internal-error
        finding naming the rule; the other rules still run.
    """


@hookspec
def govlint_check_reports(reports: "tuple[Report, ...]", context: "RuleContext") -> "Iterable[tuple[Report, Finding]]":
    """Check reports together (rule family X: across reports) and yield
    ``(report, finding)`` pairs, the finding's span being in that report.

    Called once per run with every report that was read, e.g. two consecutive
    years of one agency.  A rule implements this hook instead of
    :func:`govlint_check`.
    """


class RuleContext:
    """Read-only settings a rule may consult.  Built once per run by the engine."""

    def __init__(self, options: dict | None = None):
        self._options = dict(options or {})

    def get(self, key: str, default=None):
        return self._options.get(key, default)
