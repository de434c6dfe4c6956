"""Applying the safe fixes that rules attach to their findings, and writing the result.

:func:`apply_fixes` is pure: text in, text out.  :func:`write_fixed` writes a
file atomically (a temporary file beside it, then :func:`os.replace`) in the
file's own encoding, byte-order mark and line endings, through
:meth:`govlint.source.Source.encode`.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import difflib

from .diagnostics import Diagnostic, Fix
from .source import Source

MAX_ROUNDS = 5   # a fix can make room for another; stop when nothing changes


@dataclass(frozen=True)
class FixResult:
    text: str
    applied: tuple[Diagnostic, ...]     # in the order of their position in the text
    skipped: tuple[Diagnostic, ...]     # fixes that overlapped one applied before them

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def _overlaps(fix: Fix, taken: list[Fix]) -> bool:
    for other in taken:
        if fix.start < other.end and other.start < fix.end:
            return True
        # two insertions at one point, or an insertion at the edge of a replacement
        if fix.start == fix.end and other.start <= fix.start <= other.end:
            return True
        if other.start == other.end and fix.start <= other.start <= fix.end:
            return True
    return False


def apply_fixes(text: str, diagnostics) -> FixResult:
    """Apply the fixes of ``diagnostics`` to ``text`` (offsets into the normalised text).

    Fixes are taken in order of position (ties: the order given); a fix that
    overlaps one already taken is skipped, so the result never depends on how two
    rules would have combined their edits.  Diagnostics without a fix are ignored.
    """
    with_fix = [d for d in diagnostics if d.fix is not None]
    order = sorted(range(len(with_fix)), key=lambda i: (with_fix[i].fix.start, with_fix[i].fix.end, i))
    taken: list[Fix] = []
    applied, skipped = [], []
    for i in order:
        diagnostic = with_fix[i]
        fix = diagnostic.fix
        if not (0 <= fix.start <= fix.end <= len(text)) or _overlaps(fix, taken):
            skipped.append(diagnostic)
            continue
        taken.append(fix)
        applied.append(diagnostic)
    out, cursor = [], 0
    for fix in sorted(taken, key=lambda f: (f.start, f.end)):
        out.append(text[cursor:fix.start])
        out.append(fix.replacement)
        cursor = fix.end
    out.append(text[cursor:])
    return FixResult("".join(out), tuple(applied), tuple(skipped))


def write_fixed(source: Source, text: str, path: str | None = None) -> None:
    """Write ``text`` (normalised line endings) to ``path`` (default: the source's own
    path) atomically, in the source's encoding, BOM and line endings."""
    target = path or source.path
    data = source.encode(text)
    directory = os.path.dirname(os.path.abspath(target))
    handle, temporary = tempfile.mkstemp(prefix=".govlint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.chmod(temporary, os.stat(target).st_mode & 0o7777)
        except FileNotFoundError:
            pass
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


@dataclass(frozen=True)
class Fixed:
    """The text after every safe fix, and what linting it again finds."""

    text: str
    count: int                      # fixes applied over all rounds
    report: object                  # the Report of ``text``
    diagnostics: tuple[Diagnostic, ...]


def fix_until_stable(source: Source, diagnostics, settings, pm=None) -> Fixed:
    """Apply fixes, lint the result, and repeat until no fix is left to apply
    (at most :data:`MAX_ROUNDS` rounds), so that a second ``--fix`` finds nothing."""
    from .build import build_report
    from .settings import lint_report

    text, count, found, report = source.text, 0, tuple(diagnostics), None
    for _ in range(MAX_ROUNDS):
        result = apply_fixes(text, found)
        if not result.changed:
            break
        text, count = result.text, count + len(result.applied)
        report = build_report(text, source.path)
        found = tuple(lint_report(report, settings, pm))
    if report is None:
        report = build_report(text, source.path)
    return Fixed(text, count, report, found)


def writable(source: Source) -> bool:
    """Only plain-text files read from disk are written back (not stdin, .docx or .html)."""
    return source.kind == "text" and source.path != "-"


def unified_diff(source: Source, text: str) -> str:
    """The change as a unified diff of the file's lines (normalised line endings)."""
    before = source.text.splitlines(keepends=True)
    after = text.splitlines(keepends=True)
    return "".join(difflib.unified_diff(before, after, fromfile=source.path, tofile=source.path))
