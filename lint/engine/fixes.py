"""Applying the safe fixes that rules attach to their findings, and writing the result.

:func:`apply_fixes` is pure: text in, text out.  :func:`write_fixed` writes a
file atomically (a temporary file beside it, then :func:`os.replace`) in the
file's own encoding, byte-order mark and line endings, through
:meth:`govlint.syntax.source.Source.encode`.
"""

from __future__ import annotations

import os
import signal
import stat
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from govlint.engine.diagnostics import Diagnostic, Fix
from govlint.errors import UserError
from govlint.syntax.numerals import CN_NUMERAL
from govlint.syntax.source import Source

MAX_ROUNDS = 5   # a fix can make room for another; stop when nothing changes


@dataclass(frozen=True)
class FixResult:
    """The text after applying fixes, the fixes applied and the ones skipped because they
    overlapped."""

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


_CONTEXT = 24    # characters either side of a fix in which its numbers are compared


def _numbers(text: str) -> list[str]:
    """The numbers written in ``text``, in any script: each run of digits (Arabic,
    full-width or any other) and each run of two or more Chinese numerals.  A lone
    一 or 万 is part of a word too often (统一, 进一步, 万一) to count."""
    out, run = [], []
    for ch in text + " ":
        if ch.isdigit() or ch in CN_NUMERAL or ch in "壹贰叁肆伍陆柒捌玖拾佰仟":
            run.append(ch)
            continue
        if run and (len(run) > 1 or run[0].isdigit()):
            out.append("".join(run))
        run = []
    return out


def changes_numbers(text: str, fix: Fix) -> bool:
    """Whether ``fix`` would change a number of ``text``: numbers are never "fixed"."""
    before = text[max(0, fix.start - _CONTEXT):fix.start]
    after = text[fix.end:fix.end + _CONTEXT]
    return _numbers(before + text[fix.start:fix.end] + after) != _numbers(before + fix.replacement + after)


def apply_fixes(text: str, diagnostics, unsafe: bool = False) -> FixResult:
    """Apply the fixes of ``diagnostics`` to ``text`` (offsets into the normalised text).

    Fixes are taken in order of position (ties: the order given); a fix that
    overlaps one already taken, or would change a number, is skipped, so the
    result never depends on how two rules would have combined their edits.  A fix
    that changes nothing is no fix (it is not counted, and ends the rounds).
    Diagnostics without a fix are ignored, and so are unsafe fixes unless ``unsafe``.
    """
    with_fix = [d for d in diagnostics if d.fix is not None and (unsafe or d.fix.safe)
                and not (0 <= d.fix.start <= d.fix.end <= len(text) and text[d.fix.start:d.fix.end] == d.fix.replacement)]
    order = sorted(range(len(with_fix)), key=lambda i: (with_fix[i].fix.start, with_fix[i].fix.end, i))
    taken: list[Fix] = []
    applied, skipped = [], []
    for i in order:
        diagnostic = with_fix[i]
        fix = diagnostic.fix
        if not (0 <= fix.start <= fix.end <= len(text)) or _overlaps(fix, taken) or changes_numbers(text, fix):
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


class WriteRefused(UserError):
    """A file ``--fix`` leaves alone rather than write as an editor should not."""


def write_fixed(source: Source, text: str, path: str | None = None) -> None:
    """Write ``text`` (normalised line endings) to ``path`` (default: the source's own
    path) atomically, in the source's encoding, BOM and line endings.

    As an editor does: a symbolic link is followed (its target is rewritten, the link
    stays), the mode and the owner are kept.  A read-only file, a file with other
    hard links (replacing it would split them) or one whose owner cannot be kept is
    refused with :class:`WriteRefused`.  A temporary file is never left behind, not
    even when the process is terminated (SIGTERM) while writing."""
    target = os.path.realpath(path or source.path)
    data = source.encode(text)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None             # a new file
    if info is not None:
        _check_writable(info, target, source.path)
    directory = os.path.dirname(target)
    import tempfile   # (only a run that writes a fix: its import is not free)

    with _no_leftovers_on_sigterm():
        handle, temporary = tempfile.mkstemp(prefix=".govlint-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if info is not None:
                os.chmod(temporary, info.st_mode & 0o7777)
                _keep_owner(temporary, info, source.path)
            os.replace(temporary, target)
        except BaseException:
            try:
                os.unlink(temporary)
            except FileNotFoundError:
                pass
            raise


def _check_writable(info: os.stat_result, target: str, path: str) -> None:
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise WriteRefused("文件是只读的，未修改", "the file is read-only: not changed", path)
    if info.st_nlink > 1:
        raise WriteRefused(f"文件有 {info.st_nlink} 个硬链接，写回会把它们拆开，未修改",
                           f"the file has {info.st_nlink} hard links that rewriting would split: not changed",
                           path)


def _keep_owner(temporary: str, info: os.stat_result, path: str) -> None:
    new = os.stat(temporary)
    if (new.st_uid, new.st_gid) == (info.st_uid, info.st_gid) or not hasattr(os, "chown"):
        return
    try:
        os.chown(temporary, info.st_uid, info.st_gid)
    except PermissionError:
        if new.st_uid != info.st_uid:
            raise WriteRefused("文件属于另一个用户，写回会改变所有者，未修改",
                               "the file belongs to another user and rewriting it would change its owner: "
                               "not changed", path) from None
        # the group cannot be kept by a user outside it: as editors do, keep the user


@contextmanager
def _no_leftovers_on_sigterm():
    """While writing, SIGTERM raises SystemExit (so the temporary file is removed)
    instead of killing the process on the spot."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_terminate(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, on_terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    from govlint.syntax.build import build_report
    from govlint.engine.settings import lint_report

    text, count, found, report = source.text, 0, tuple(diagnostics), None
    for _ in range(MAX_ROUNDS):
        result = apply_fixes(text, found, settings.unsafe_fixes)
        if not result.changed:
            break
        text, count = result.text, count + len(result.applied)
        report = build_report(text, source.path)
        found = tuple(lint_report(report, settings, pm))
    if report is None:
        report = build_report(text, source.path)
    return Fixed(text, count, report, found)


def writable(source: Source) -> bool:
    """Only plain-text files read from disk are written back (not stdin, .docx or .html,
    nor a file cut in the middle of a character, whose last bytes were left out)."""
    return source.kind == "text" and source.path != "-" and not source.cut


def unified_diff(source: Source, text: str) -> str:
    """The change as a unified diff of the file's lines (normalised line endings)."""
    before = source.text.splitlines(keepends=True)
    after = text.splitlines(keepends=True)
    import difflib   # (only --diff shows one)

    return "".join(difflib.unified_diff(before, after, fromfile=source.path, tofile=source.path))
