"""Checking files: read, parse, lint and (with ``--fix``/``--diff``) mend one file,
and fan many files out over worker processes with ``--jobs``.

A file's work is a pure function of its path and its settings, so results are
the same, in the same order, whatever the number of workers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import sys
from dataclasses import dataclass

from govlint import text_memo
from govlint.syntax.build import build_report
from govlint.engine.diagnostics import Diagnostic
from govlint.engine.fixes import WriteRefused, fix_until_stable, unified_diff, writable, write_fixed
from govlint.syntax.locations import locate
from govlint.engine.settings import Settings, default_plugin_manager, lint_report
from govlint.syntax.files import read_bytes, read_file
from govlint.syntax.source import DEFAULT_MAX_BYTES, Source, SourceError, read_limited


@dataclass(frozen=True)
class FileResult:
    """What checking one file gave: its findings, errors for the user and what --fix or --diff
    did."""

    path: str
    lines: tuple[str, ...] | None          # None when the file could not be read
    diagnostics: tuple[Diagnostic, ...] = ()
    errors: tuple[str, ...] = ()           # one-line messages for the user, already in their language
    failed: bool = False                   # an I/O problem: exit code 2
    diff: str = ""                         # with mode "diff": the change the fixes would make
    fixed: int = 0                         # with mode "fix": fixes written to the file
    report: object = None                  # the parsed report (for the rules across reports)
    locations: object = None               # the file's LocationMap (.html, .docx, .pdf), for those rules' findings
    readings: tuple = ()                   # from a worker process: what it read of the texts (text_memo.taken)


def read_source(path: str, limit: int = DEFAULT_MAX_BYTES) -> Source:
    if path == "-":
        return read_bytes(read_limited(sys.stdin.buffer, "-", limit), "-", limit)
    return read_file(path, limit)


def _cut_note(path: str, cut: int, zh: bool) -> str:
    return (f"{path}: 文件在一个字符的中间截断（末尾 {cut} 个字节不完整），已检查其余部分，未修复" if zh
            else f"{path}: the file is cut off in the middle of a character (the last {cut} byte(s)); "
                 "the rest was checked, nothing was fixed")


def _unreadable(error: SourceError, lang: str) -> FileResult:
    return FileResult(error.path, None, errors=(error.line(lang),), failed=True)


def check_file(path: str, settings: Settings, mode: str = "check", lang: str = "zh", pm=None,
               source: Source | SourceError | None = None, processes: int = 1) -> FileResult:
    """Lint one file; ``mode`` is "check", "fix" (write the safe fixes) or "diff" (show them).
    ``source`` is the file already read (or the error reading it gave); a very large
    file has its rules shared out over ``processes`` processes."""
    zh = lang == "zh"
    try:
        source = source or read_source(path, settings.max_bytes)
        if isinstance(source, SourceError):
            raise source
    except SourceError as exc:
        return _unreadable(exc, lang)
    report = build_report(source.text, path)
    found = [locate(d, source.locations) for d in lint_report(report, settings, pm, processes)]
    told = tuple(f"{path}: {zh_note if zh else en_note}" for zh_note, en_note in source.notes)
    if source.cut:
        told += (_cut_note(path, source.cut, zh),)
    if mode == "check" or source.cut:
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
    except WriteRefused as exc:
        return FileResult(path, report.lines, tuple(found), failed=True, report=report, errors=(exc.line(lang),))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return FileResult(path, report.lines, tuple(found), failed=True, report=report,
                          errors=(f"{path}: {'无法写入' if zh else 'cannot write'}: {reason}",))
    return FileResult(path, fixed.report.lines, fixed.diagnostics, fixed=fixed.count, report=fixed.report)


@contextlib.contextmanager
def collection_paused():
    """Python's cyclic garbage collector held off while one file is checked.

    A report's tree and what the rules derive from it are up to millions of objects that
    all live until the check ends; the collector walked every one of them again and again
    (a ninth of the time of a 5 MB report) and found nothing to free, since govlint's
    objects form no reference cycles (tests/test_startup.py checks that a check leaves
    next to none).  Memory is still freed as usual, by reference counting; anything
    cyclic a plugin leaves is collected once the collector runs again after the file."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check_one(path: str, settings: Settings, mode: str, lang: str, pm, source=None,
               processes: int = 1) -> FileResult:
    """:func:`check_file`, with any failure that escapes it lost for this file only."""
    try:
        with collection_paused():
            return check_file(path, settings, mode, lang, pm, source, processes)
    except Exception as exc:  # noqa: BLE001 - one file's failure must not end the batch
        return _lost(path, lang, f"{type(exc).__name__}: {exc}")


def _prepare_workers() -> None:
    """Build here what every worker needs (the parser, the rules, the proofreader's
    lexicon) when the workers are forked from this process: they inherit it instead
    of each building its own.  Workers started afresh (spawn) build their own."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        return
    from govlint.syntax.parser import parser
    from govlint.model.proofread.model import load

    parser()
    default_plugin_manager()
    load()


def _work(job) -> FileResult:
    """One file, in a worker process: with what it read of the texts, which the parent
    keeps (the workers' memos are never saved themselves)."""
    path, settings, mode, lang = job
    result = _check_one(path, settings, mode, lang, default_plugin_manager())
    return dataclasses.replace(result, readings=text_memo.taken())


def _received(result: FileResult) -> FileResult:
    """A worker's result, with its readings taken into this process's memos."""
    if result.readings:
        text_memo.absorb(result.readings)
        result = dataclasses.replace(result, readings=())
    return result


def _lost(path: str, lang: str, reason: str) -> FileResult:
    message = (f"{path}: 检查时出错，此文件未能检查：{reason}" if lang == "zh"
               else f"{path}: checking failed, the file was not checked: {reason}")
    return FileResult(path, None, errors=(message,), failed=True)


def _read_stdin(limit: int) -> Source | SourceError:
    try:
        return read_source("-", limit)
    except SourceError as exc:
        return exc


def _alone(job) -> FileResult:
    """Check one file in a process of its own, after a worker died: a file that kills its
    worker again (a plugin calling os._exit, a crash in C) is lost, and only that file."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1, initializer=text_memo.hand_over) as pool:
            return pool.submit(_work, job).result()
    except BrokenProcessPool:
        path, _settings, _mode, lang = job
        return _lost(path, lang, "the worker process died" if lang == "en" else "检查进程意外退出")


#: from this many files on, a run without ``--jobs`` uses every core: below it, starting
#: the worker processes costs more than they save (see bench/run.py)
MANY_FILES = 8


def worker_count(requested: int | None, files: int) -> int:
    """How many processes check ``files`` files: ``requested`` (0: one per core), or,
    when nothing was requested, one per core for many files and one otherwise."""
    if requested is None:
        requested = 0 if files >= MANY_FILES else 1
    workers = (os.cpu_count() or 1) if requested <= 0 else requested
    return max(1, min(workers, files))


def check_files(jobs, mode: str = "check", lang: str = "zh", workers: int | None = 1, pm=None, sources=None):
    """Results for ``jobs`` (pairs of path and settings), in the order given.

    The files are checked in :func:`worker_count` processes (``workers`` None: as
    many as pays off); standard input ("-") is always read here, in this process.
    ``sources`` maps the index of a job to its text when it was read already
    (standard input under ``--stdin-filename``).
    """
    jobs = list(jobs)
    sources = dict(sources or {})
    requested, workers = workers, worker_count(workers, len(jobs))
    if workers <= 1 or len(jobs) < 2:
        # the files one after the other: a very large one uses the cores for its rules
        processes = (os.cpu_count() or 1) if requested is None or requested <= 0 else requested
        for i, (path, settings) in enumerate(jobs):
            yield _check_one(path, settings, mode, lang, pm, sources.get(i), processes)
        return
    stdin = {i: _read_stdin(settings.max_bytes) for i, (path, settings) in enumerate(jobs)
             if path == "-" and i not in sources}
    stdin.update(sources)
    # multiprocessing is imported only for a parallel run
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _prepare_workers()
    start = 0
    while start < len(jobs):
        with ProcessPoolExecutor(max_workers=workers, initializer=text_memo.hand_over) as pool:
            futures = {i: pool.submit(_work, (path, settings, mode, lang))
                       for i, (path, settings) in enumerate(jobs) if i >= start and i not in stdin}
            for i in range(start, len(jobs)):
                path, settings = jobs[i]
                start = i + 1
                if i in stdin:
                    yield _check_one(path, settings, mode, lang, pm, stdin[i])
                    continue
                try:
                    result = futures.pop(i).result()   # (its readings go with it)
                except BrokenProcessPool:
                    # a worker died and took the pool with it: this file is checked alone,
                    # the files after it in a new pool
                    result = None
                if result is not None:
                    yield _received(result)
                    continue
                yield _received(_alone((path, settings, mode, lang)))
                break
