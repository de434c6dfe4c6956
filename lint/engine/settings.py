"""Settings of one run, and the pure entry points that apply them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from govlint.syntax.build import build_report
from govlint.engine.diagnostics import Diagnostic
from govlint.engine.run import Selection, run_collection_rules, run_rules
from govlint.engine.hookspecs import RuleContext
from govlint.engine.isolation import DEFAULT_TIME_LIMIT
from govlint.syntax.nodes import Report
from govlint.engine.plugins import get_plugin_manager
from govlint.syntax.source import DEFAULT_MAX_BYTES, from_text


@dataclass(frozen=True)
class Settings:
    """Which rules run and how; parsed once, never changed."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()       # (code, severity) overrides
    options: tuple[tuple[str, object], ...] = field(default=())  # rule options (agency kind …)
    time_limit: float = DEFAULT_TIME_LIMIT            # seconds one rule may take on one report (0: none)
    max_bytes: int = DEFAULT_MAX_BYTES                # the largest file read (bytes; .docx: unpacked)
    unsafe_fixes: bool = False                        # --fix/--diff also apply the fixes marked unsafe

    @property
    def selection(self) -> Selection:
        return Selection(tuple(self.select), tuple(self.ignore))


@functools.lru_cache(maxsize=1)
def default_plugin_manager():
    return get_plugin_manager()


def lint_report(report: Report, settings: Settings = Settings(), pm=None, processes: int = 1) -> list[Diagnostic]:
    """Diagnostics for an already parsed report; a very large one has its rules shared
    out over ``processes`` processes (:func:`govlint.engine.run.run_rules`)."""
    pm = pm or default_plugin_manager()
    return run_rules(report, pm, settings.selection, RuleContext(dict(settings.options)),
                     dict(settings.severity), settings.time_limit, processes)


def lint_text(text: str, path: str = "<text>", settings: Settings = Settings(), pm=None) -> list[Diagnostic]:
    """Lint report text.  Pure: no I/O; the result is a sorted list of picklable diagnostics."""
    source = from_text(text, path)
    return lint_report(build_report(source.text, path), settings, pm)


def lint_reports(reports, settings_for=lambda path: Settings(), pm=None) -> list[Diagnostic]:
    """Diagnostics of the rules that compare reports (family X), for reports already
    parsed; ``settings_for(path)`` gives each report's settings."""
    pm = pm or default_plugin_manager()
    reports = list(reports)
    chosen = {r.path: settings_for(r.path) for r in reports}
    options = next(iter(chosen.values()), Settings()).options
    return run_collection_rules(reports, pm, {p: s.selection for p, s in chosen.items()},
                                RuleContext(dict(options)), {p: dict(s.severity) for p, s in chosen.items()},
                                _collection_time_limit(chosen.values()))


def _collection_time_limit(settings) -> float:
    limits = [s.time_limit for s in settings] or [DEFAULT_TIME_LIMIT]
    return 0 if min(limits) <= 0 else max(limits)
