"""The plugin API of govlint: the hooks a rule plugin implements.

A rule is a plugin (usually a module) that carries three attributes and
implements :func:`govlint_check`:

- ``CODE``: a family letter (S, T, P, D, W, L, X) and three digits, e.g. ``"T101"``;
- ``NAME``: a kebab-case name, e.g. ``"table-row-total"``;
- ``SEVERITY``: ``"error"``, ``"warning"`` or ``"info"``;

and a docstring in the what / why / example shape that ``govlint rule CODE``
prints.  Third-party rules are installed as packages exposing an entry point in
the group ``govlint`` whose value is such a module.

A hook implementation names only the arguments it reads (pluggy passes no
others), so a rule written as ``govlint_check(report)`` or
``govlint_check(report, context)`` works unchanged beside one that reads
``document``.  Rules import what they use from ``govlint`` itself (its public
names are listed in ``govlint.__all__``), never from its submodules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pluggy

from govlint.engine.diagnostics import Finding
from govlint.syntax.nodes import Report

if TYPE_CHECKING:
    from govlint.model.document import Document

hookspec = pluggy.HookspecMarker("govlint")
hookimpl = pluggy.HookimplMarker("govlint")


@hookspec
def govlint_check(report: Report, context: "RuleContext", document: "Document") -> Iterable[Finding]:
    """Check one parsed report and yield a :class:`~govlint.Finding` for each defect.

    :param report: the syntax tree of the report (frozen dataclasses with spans).
    :param context: settings that apply to this run (agency kind, dictionaries…) and
        which rules run (:meth:`RuleContext.enabled`).
    :param document: the same report with every analysis a rule reads (:class:`govlint.Document`):
        the outline and where the file is cut off (``sections``, ``holds_six_sections``,
        ``cut_off``), logical paragraphs that run across wrapped lines and their sentences
        (``paragraphs``, ``sentences``), a regular expression over the prose with correct
        spans (``search``), the standard tables (``tables``), the dates (``dates``,
        ``date_tokens``), the figures and breakdowns prose states (``claims``,
        ``breakdowns``), the reporting agency and its level (``agency``, ``self_names``,
        ``self_level``) and the format in force (``format``).  Each is computed once per
        report, when a rule first asks for it; the class docstring is the reference.
    :return: an iterable of findings; the engine stamps each with the rule's
        code, name and severity.  A rule that raises becomes an internal-error
        finding naming the rule; the other rules still run.
    """


@hookspec
def govlint_check_reports(reports: "tuple[Report, ...]", context: "RuleContext",
                          documents: "tuple[Document, ...]") -> "Iterable[tuple[Report, Finding]]":
    """Check reports together (rule family X: across reports) and yield
    ``(report, finding)`` pairs, the finding's span being in that report.
    ``documents`` are the reports as :class:`govlint.Document`, in the same order.

    Called once per run with every report that was read, e.g. two consecutive
    years of one agency.  A rule implements this hook instead of
    :func:`govlint_check`.
    """


class RuleContext:
    """Read-only settings a rule may consult.  Built once per run by the engine."""

    def __init__(self, options: dict | None = None, enabled: Callable[[str], bool] | None = None):
        self._options = dict(options or {})
        self._enabled = enabled

    def get(self, key: str, default=None):
        return self._options.get(key, default)

    def enabled(self, code: str) -> bool:
        """Whether the rule ``code`` runs on this report (``--select``/``--ignore``
        and the configuration in force).

        For a rule whose defect another rule may report instead: one wrong table
        cell that breaks identities of T101 and T103 is reported once, by the
        first of those two that runs."""
        return True if self._enabled is None else bool(self._enabled(code))

    def selecting(self, enabled: Callable[[str], bool]) -> "RuleContext":
        """This context, for a run of the rules ``enabled`` accepts."""
        return RuleContext(self._options, enabled)
