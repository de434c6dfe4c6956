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

from .diagnostics import Diagnostic, Fix
from .source import Source


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
