"""Running the rules over a report.

Rule selection is pluggy's own: the rules left out are removed from a subset
hook caller, and the engine calls each remaining implementation itself so that
a rule that raises becomes one finding naming that rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import pluggy

from .diagnostics import Diagnostic
from .hookspecs import RuleContext
from .nodes import Report, Span
from .plugins import RuleInfo, rule_info


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


def _crash(path: str, info: RuleInfo, exc: Exception) -> Diagnostic:
    return Diagnostic(
        path, _FILE_START, "error", info.code, info.name,
        f"规则 {info.code} 内部出错，未能完成检查：{type(exc).__name__}: {exc}（请向规则作者报告）",
        f"rule {info.code} crashed and did not finish: {type(exc).__name__}: {exc} (please report it)",
    )


def run_rules(report: Report, pm: pluggy.PluginManager, selection: Selection = Selection(),
              context: RuleContext | None = None,
              severities: dict[str, str] | None = None) -> list[Diagnostic]:
    context = context or RuleContext()
    severities = severities or {}
    diagnostics: list[Diagnostic] = []
    for impl in check_hook(pm, selection).get_hookimpls():
        info: RuleInfo = rule_info(impl.plugin, "")
        severity = severities.get(info.code, info.severity)
        kwargs = {"report": report, "context": context}
        try:
            findings = list(impl.function(*[kwargs[arg] for arg in impl.argnames]) or ())
        except Exception as exc:  # the rule-isolation boundary
            diagnostics.append(_crash(report.path, info, exc))
            continue
        for finding in findings:
            diagnostics.append(Diagnostic(report.path, finding.span, severity, info.code, info.name,
                                          finding.message, finding.message_en, finding.fix, finding.notes))
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def run_collection_rules(reports, pm: pluggy.PluginManager, selections: dict[str, Selection],
                         context: RuleContext | None = None,
                         severities: dict[str, dict[str, str]] | None = None) -> list[Diagnostic]:
    """Rules across reports (``govlint_check_reports``).  A finding is kept when its
    rule is selected for the file it points into, with that file's severity."""
    context = context or RuleContext()
    severities = severities or {}
    reports = tuple(reports)
    if len(reports) < 2:
        return []
    anywhere = Selection()
    diagnostics: list[Diagnostic] = []
    for impl in check_hook(pm, anywhere, "govlint_check_reports").get_hookimpls():
        info: RuleInfo = rule_info(impl.plugin, "")
        if not any(selections.get(r.path, anywhere).enabled(info.code) for r in reports):
            continue
        kwargs = {"reports": reports, "context": context}
        try:
            pairs = list(impl.function(*[kwargs[arg] for arg in impl.argnames]) or ())
        except Exception as exc:  # the rule-isolation boundary
            diagnostics.append(_crash(reports[0].path, info, exc))
            continue
        for report, finding in pairs:
            if not selections.get(report.path, anywhere).enabled(info.code):
                continue
            severity = severities.get(report.path, {}).get(info.code, info.severity)
            diagnostics.append(Diagnostic(report.path, finding.span, severity, info.code, info.name,
                                          finding.message, finding.message_en, finding.fix, finding.notes))
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics
