"""Checking files: read, parse, lint and (with ``--fix``/``--diff``) mend one file,
and fan many files out over worker processes with ``--jobs``.

A file's work is a pure function of its path and its settings, so results are
the same, in the same order, whatever the number of workers.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .build import build_report
from .diagnostics import Diagnostic
from .fixes import fix_until_stable, unified_diff, writable, write_fixed
from .locations import locate
from .settings import Settings, default_plugin_manager, lint_report
from .source import Source, SourceError, decode, read_file


@dataclass(frozen=True)
class FileResult:
    path: str
    lines: tuple[str, ...] | None          # None when the file could not be read
    diagnostics: tuple[Diagnostic, ...] = ()
    errors: tuple[str, ...] = ()           # one-line messages for the user, already in their language
    failed: bool = False                   # an I/O problem: exit code 2
    diff: str = ""                         # with mode "diff": the change the fixes would make
    fixed: int = 0                         # with mode "fix": fixes written to the file
    report: object = None                  # the parsed report (for the rules across reports)
    locations: object = None               # the file's LocationMap (.html, .docx, .pdf), for those rules' findings


def read_source(path: str) -> Source:
    if path == "-":
        from .adapters import adapt

        data = sys.stdin.buffer.read()
        return adapt(data, "-") or decode(data, "-")
    return read_file(path)


def check_file(path: str, settings: Settings, mode: str = "check", lang: str = "zh", pm=None,
               source: Source | None = None) -> FileResult:
    """Lint one file; ``mode`` is "check", "fix" (write the safe fixes) or "diff" (show them)."""
    zh = lang == "zh"
    try:
        source = source or read_source(path)
    except SourceError as exc:
        return FileResult(path, None, errors=(f"{exc.path}: {exc.reason if zh else exc.reason_en}",), failed=True)
    report = build_report(source.text, path)
    found = [locate(d, source.locations) for d in lint_report(report, settings, pm)]
    told = tuple(f"{path}: {zh_note if zh else en_note}" for zh_note, en_note in source.notes)
    if mode == "check":
        return FileResult(path, report.lines, tuple(found), report=report, locations=source.locations, errors=told)
    fixed = fix_until_stable(source, found, settings, pm)
    if fixed.text == source.text:
        return FileResult(path, report.lines, tuple(found), report=report, locations=source.locations, errors=told)
    if mode == "diff":
        return FileResult(path, report.lines, tuple(found), diff=unified_diff(source, fixed.text), report=report,
                          locations=source.locations)
    if not writable(source):
        if path == "-" or source.kind == "stdin":
            note = (f"{path}: 标准输入只能检查，修复结果无处写回（请对文件使用 --fix，或用 --diff 查看修改）" if zh
                    else f"{path}: standard input is checked but cannot be fixed (use --fix on a file, or --diff)")
        else:
            note = (f"{path}: {source.kind} 文件只能检查，不能自动修复（请在原文档中修改）" if zh
                    else f"{path}: {source.kind} files are checked but not fixed (edit the original document)")
        return FileResult(path, report.lines, tuple(found), errors=(note,), report=report, locations=source.locations)
    try:
        write_fixed(source, fixed.text)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return FileResult(path, report.lines, tuple(found), failed=True, report=report,
                          errors=(f"{path}: {'无法写入' if zh else 'cannot write'}: {reason}",))
    return FileResult(path, fixed.report.lines, fixed.diagnostics, fixed=fixed.count, report=fixed.report)


def _work(job) -> FileResult:
    path, settings, mode, lang = job
    return check_file(path, settings, mode, lang, default_plugin_manager())


def check_files(jobs, mode: str = "check", lang: str = "zh", workers: int = 1, pm=None, sources=None):
    """Results for ``jobs`` (pairs of path and settings), in the order given.

    With ``workers`` > 1 the files are checked in that many processes; standard
    input ("-") is always read here, in this process.  ``sources`` maps the index
    of a job to its text when it was read already (standard input under
    ``--stdin-filename``).
    """
    jobs = list(jobs)
    sources = dict(sources or {})
    workers = min(workers, len(jobs)) if workers > 0 else (os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < 2:
        for i, (path, settings) in enumerate(jobs):
            yield check_file(path, settings, mode, lang, pm, source=sources.get(i))
        return
    stdin = {i: read_source("-") for i, (path, _) in enumerate(jobs) if path == "-" and i not in sources}
    stdin.update(sources)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {i: pool.submit(_work, (path, settings, mode, lang))
                   for i, (path, settings) in enumerate(jobs) if i not in stdin}
        for i, (path, settings) in enumerate(jobs):
            if i in stdin:
                yield check_file(path, settings, mode, lang, pm, source=stdin[i])
            else:
                yield futures[i].result()
