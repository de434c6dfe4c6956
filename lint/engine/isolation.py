"""The rule-isolation boundary: calling one rule so that nothing it does can take
the run down, and checking what it hands back.

A rule may raise anything (``sys.exit`` and ``KeyboardInterrupt`` included), run
past its time budget, or return things that are not findings, or findings that
point outside the report.  Each of these becomes a :class:`RuleFailure` that
the engine turns into one error naming the rule; the other rules still run.  A
real Ctrl-C (SIGINT) still stops the run.
"""

from __future__ import annotations

import signal
import threading
import time

from govlint.engine.diagnostics import Finding, Fix, Note
from govlint.syntax.nodes import Span

try:   # signal.signal less its enum conversions: four calls per rule on every report add up
    from _signal import signal as _set_handler
except ImportError:   # an interpreter without CPython's C module
    _set_handler = signal.signal

DEFAULT_TIME_LIMIT = 60.0     # seconds one rule may spend on one report (0: no limit)


class RuleFailure(Exception):
    """A rule that raised, ran out of time or returned something unusable."""

    def __init__(self, reason: str, reason_en: str):
        super().__init__(reason_en)
        self.reason, self.reason_en = reason, reason_en

    def __reduce__(self):
        return type(self), (self.reason, self.reason_en)


class _OutOfTime(BaseException):
    """Raised inside a rule when its time budget is spent (a BaseException, so that a
    rule's own ``except Exception`` cannot swallow it)."""


class _Guarded:
    """Run the body with a SIGALRM time budget and a note of whether a real SIGINT came
    (``interrupted``).  A class, not a generator-based context manager: it is entered once
    for every rule on every report.

    Signals can only be handled in the main thread; elsewhere the budget is checked
    when the rule returns (see :func:`call_rule`)."""

    __slots__ = ("limit", "interrupted", "_active", "_old_alarm", "_old_interrupt", "_old_timer", "_started")

    def __init__(self, limit: float):
        self.limit = limit
        self.interrupted = False

    def _on_alarm(self, signum, frame):
        raise _OutOfTime()

    def _on_interrupt(self, signum, frame):
        self.interrupted = True
        raise KeyboardInterrupt()

    def __enter__(self):
        self._active = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
        if not self._active:
            return self
        limit = self.limit
        self._old_alarm = _set_handler(signal.SIGALRM, self._on_alarm) if limit > 0 else None
        self._old_interrupt = _set_handler(signal.SIGINT, self._on_interrupt)
        self._started = time.monotonic()
        self._old_timer = signal.setitimer(signal.ITIMER_REAL, limit) if limit > 0 else (0.0, 0.0)
        return self

    def __exit__(self, *exc_info):
        if not self._active:
            return False
        if self.limit > 0:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _set_handler(signal.SIGALRM, self._old_alarm)
            old_timer = self._old_timer
            if old_timer[0] > 0:     # the caller's own alarm, less the time the rule took
                signal.setitimer(signal.ITIMER_REAL, max(old_timer[0] - (time.monotonic() - self._started), 1e-3),
                                 old_timer[1])
        _set_handler(signal.SIGINT, self._old_interrupt)
        return False


def call_rule(function, args, limit: float = DEFAULT_TIME_LIMIT) -> list:
    """``function(*args)`` drained into a list, or :class:`RuleFailure`."""
    started = time.monotonic()
    try:
        with _Guarded(limit) as state:
            try:
                result = function(*args)
                items = [] if result is None else list(_iterate(result))
            except KeyboardInterrupt:
                if state.interrupted:
                    raise                      # the user pressed Ctrl-C: stop the run
                raise RuleFailure("规则抛出了 KeyboardInterrupt", "the rule raised KeyboardInterrupt") from None
    except _OutOfTime:
        raise RuleFailure(f"超过时间限制（{limit:g} 秒）未完成，已中止",
                          f"stopped after its time limit of {limit:g} s") from None
    except SystemExit as exc:
        raise RuleFailure(f"规则调用了 sys.exit({exc.code!r})",
                          f"the rule called sys.exit({exc.code!r})") from None
    except RuleFailure:
        raise
    except Exception as exc:  # the rule-isolation boundary
        raise RuleFailure(f"{type(exc).__name__}: {exc}", f"{type(exc).__name__}: {exc}") from None
    if limit > 0 and time.monotonic() - started > limit:
        raise RuleFailure(f"超过时间限制（{limit:g} 秒）", f"ran over its time limit of {limit:g} s")
    return items


def _iterate(result):
    if isinstance(result, (str, bytes, dict)) or not hasattr(result, "__iter__"):
        raise RuleFailure(f"应返回发现的问题（Finding）的序列，而不是 {type(result).__name__}",
                          f"must return an iterable of findings, not {type(result).__name__}")
    return result


# ── what a rule returns ─────────────────────────────────────────────────────

def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _span_problem(span, text: str, line_count: int) -> str | None:
    if not isinstance(span, Span):
        return f"span is a {type(span).__name__}, not a Span"
    values = (span.line, span.column, span.end_line, span.end_column, span.start, span.end)
    if not all(_is_int(v) for v in values):
        return "span positions must be integers"
    if not 0 <= span.start <= span.end <= len(text):
        return f"offsets {span.start}..{span.end} are outside the report (length {len(text)})"
    if not 1 <= span.line <= span.end_line <= max(line_count, 1) or span.end_column < 1:
        return f"lines {span.line}..{span.end_line} are outside the report ({line_count} lines)"
    if span.line == span.end_line and span.end_column < span.column:
        return "the span ends before it starts"
    return None


def finding_problem(finding, text: str, line_count: int) -> str | None:
    """Why ``finding`` cannot be printed for a report of ``text``, or None when it can."""
    if not isinstance(finding, Finding):
        return f"returned a {type(finding).__name__} where a Finding belongs"
    problem = _span_problem(finding.span, text, line_count)
    if problem:
        return problem
    if not isinstance(finding.message, str) or not finding.message.strip():
        return "the message must be non-empty text"
    if not isinstance(finding.message_en, str):
        return "message_en must be text"
    fix = finding.fix
    if fix is not None:
        if not isinstance(fix, Fix) or not (_is_int(fix.start) and _is_int(fix.end)) \
                or not isinstance(fix.replacement, str):
            return "the fix must be a Fix of two integer offsets and a replacement text"
        if not 0 <= fix.start <= fix.end <= len(text):
            return f"the fix {fix.start}..{fix.end} is outside the report"
    if not isinstance(finding.notes, tuple):
        return "notes must be a tuple of Note"
    for note in finding.notes:
        if not isinstance(note, Note) or not isinstance(note.message, str):
            return "notes must be a tuple of Note"
        problem = _span_problem(note.span, text, line_count)
        if problem:
            return f"a note's {problem}"
    return None
