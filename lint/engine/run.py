"""Running the rules over a report.

Rule selection is pluggy's own: the rules left out are removed from a subset
hook caller, and the engine calls each remaining implementation itself so that
a rule that fails (raises, runs out of time, returns what is not a finding; see
:mod:`govlint.engine.isolation`) becomes one error naming that rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import pluggy

from govlint.engine.diagnostics import Diagnostic
from govlint.engine.forked import run_shared
from govlint.engine.hookspecs import RuleContext
from govlint.syntax.nodes import Report, Span
from govlint.engine.isolation import DEFAULT_TIME_LIMIT, RuleFailure, call_rule, finding_problem
from govlint.engine.plugins import RuleInfo, checked_info
from govlint.model.document import Document


_FILE_START = Span(1, 1, 1, 1, 0, 0)


@dataclass(frozen=True)
class Selection:
    """Which rules run: codes or code prefixes, ruff-style (the longest matching prefix wins)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        chosen = [p for p in self.select if code.startswith(p)]
        dropped = [p for p in self.ignore if code.startswith(p)]
        if self.select and not chosen:
            return False
        if not dropped:
            return True
        return bool(chosen) and max(map(len, chosen)) > max(map(len, dropped))


def check_hook(pm: pluggy.PluginManager, selection: Selection, hook: str = "govlint_check"):
    """A hook restricted to the selected rules."""
    removed = [plugin for name, plugin in pm.list_name_plugin()
               if plugin is not None and not selection.enabled(name)]
    return pm.subset_hook_caller(hook, remove_plugins=removed)


def _crash(path: str, info: RuleInfo, failure: RuleFailure) -> Diagnostic:
    """The one error that stands for a rule that failed; never accepted into a baseline."""
    return Diagnostic(
        path, _FILE_START, "error", info.code, info.name,
        f"规则 {info.code} 内部出错，未能完成检查：{failure.reason}（请向规则作者报告）",
        f"rule {info.code} crashed and did not finish: {failure.reason_en} (please report it)",
        internal=True,
    )


def _checked(findings, report: Report) -> list:
    """``findings`` if every one can be printed for ``report``, else :class:`RuleFailure`."""
    for number, finding in enumerate(findings, 1):
        problem = finding_problem(finding, report.text, len(report.lines))
        if problem:
            raise RuleFailure(f"第 {number} 个结果无效：{problem}", f"result {number} is invalid: {problem}")
    return findings


#: from this many characters on, a report's rules are shared out over ``processes``
#: (below it, forking costs more than it saves: bench/big_report.py)
SHARED_FROM = 100_000


def run_rules(report: Report, pm: pluggy.PluginManager, selection: Selection = Selection(),
              context: RuleContext | None = None,
              severities: dict[str, str] | None = None,
              time_limit: float = DEFAULT_TIME_LIMIT, processes: int = 1) -> list[Diagnostic]:
    """The diagnostics of the selected rules on ``report``, sorted.  A report of
    :data:`SHARED_FROM` characters or more has its rules shared out over ``processes``
    processes (:mod:`govlint.engine.forked`); the result is the same either way."""
    context = (context or RuleContext()).selecting(selection.enabled)
    severities = severities or {}
    # one document per report: each analysis a rule reads is computed once, for all rules
    # (once per process, when they are shared out)
    kwargs = {"report": report, "context": context, "document": Document(report)}
    impls = check_hook(pm, selection).get_hookimpls()
    found = run_shared(impls, lambda impl: _run_rule(impl, kwargs, report, severities, time_limit),
                       processes if len(report.text) >= SHARED_FROM else 1)
    diagnostics = [d for diagnostics_of_rule in found for d in diagnostics_of_rule]
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def _run_rule(impl, kwargs, report: Report, severities, time_limit) -> list[Diagnostic]:
    """One rule's diagnostics, or the one error that says it failed."""
    info: RuleInfo = checked_info(impl.plugin)
    severity = severities.get(info.code, info.severity)
    try:
        findings = _checked(call_rule(impl.function, [kwargs[arg] for arg in impl.argnames], time_limit),
                            report)
    except RuleFailure as failure:
        return [_crash(report.path, info, failure)]
    return [Diagnostic(report.path, finding.span, severity, info.code, info.name,
                       finding.message, finding.message_en, finding.fix, finding.notes)
            for finding in findings]


def run_collection_rules(reports, pm: pluggy.PluginManager, selections: dict[str, Selection],
                         context: RuleContext | None = None,
                         severities: dict[str, dict[str, str]] | None = None,
                         time_limit: float = DEFAULT_TIME_LIMIT) -> list[Diagnostic]:
    """Rules across reports (``govlint_check_reports``).  A finding is kept when its
    rule is selected for the file it points into, with that file's severity."""
    context = context or RuleContext()
    severities = severities or {}
    reports = tuple(reports)
    if len(reports) < 2:
        return []
    anywhere = Selection()
    diagnostics: list[Diagnostic] = []
    kwargs = {"reports": reports, "context": context, "documents": tuple(Document(r) for r in reports)}
    for impl in check_hook(pm, anywhere, "govlint_check_reports").get_hookimpls():
        info: RuleInfo = checked_info(impl.plugin)
        if not any(selections.get(r.path, anywhere).enabled(info.code) for r in reports):
            continue
        try:
            pairs = _checked_pairs(call_rule(impl.function, [kwargs[arg] for arg in impl.argnames], time_limit),
                                   reports)
        except RuleFailure as failure:
            diagnostics.append(_crash(reports[0].path, info, failure))
            continue
        for report, finding in pairs:
            if not selections.get(report.path, anywhere).enabled(info.code):
                continue
            severity = severities.get(report.path, {}).get(info.code, info.severity)
            diagnostics.append(Diagnostic(report.path, finding.span, severity, info.code, info.name,
                                          finding.message, finding.message_en, finding.fix, finding.notes))
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def _checked_pairs(pairs, reports) -> list:
    """``pairs`` if each is (one of ``reports``, a finding that fits it), else :class:`RuleFailure`."""
    for number, pair in enumerate(pairs, 1):
        if not isinstance(pair, tuple) or len(pair) != 2 or not any(pair[0] is r for r in reports):
            raise RuleFailure(f"第 {number} 个结果不是（报告, Finding）对",
                              f"result {number} is not a (report, finding) pair of a report given")
        problem = finding_problem(pair[1], pair[0].text, len(pair[0].lines))
        if problem:
            raise RuleFailure(f"第 {number} 个结果无效：{problem}", f"result {number} is invalid: {problem}")
    return pairs
