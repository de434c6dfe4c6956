"""Compiler-style text: ``path:line:col: severity CODE message [rule-name]``, then the
source line and a caret under the column (CJK characters are two columns wide)."""

from __future__ import annotations

import bisect
import functools
import unicodedata

TAB = 4
MAX_NOTES = 3   # related places shown under a finding; the machine formats carry all of them


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _expand(line: str) -> str:
    return line.replace("\t", " " * TAB)


WINDOW = 100   # display columns of source shown under a finding; longer lines are cut around the caret
LEAD = 30      # display columns kept before the caret when a line is cut


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


@functools.lru_cache(maxsize=64)
def _measured(line: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The line with tabs expanded, the display column where each character starts
    (one more entry for the end), and the expanded index of each original character."""
    text = _expand(line)
    edges = [0]
    for ch in text:
        edges.append(edges[-1] + _width(ch))
    index, at = [], 0
    for ch in line:
        index.append(at)
        at += TAB if ch == "\t" else 1
    index.append(at)
    return text, tuple(edges), tuple(index)


def excerpt(line: str, span) -> list[str]:
    """The source line (cut to a window around the column if it is long) and the caret line.

    Widths are summed once per line (many findings on one long line stay fast), and
    the window is cut by index.
    """
    text, edges, index = _measured(line)
    # the caret's start and end as indexes into the expanded line
    start = index[min(span.column - 1, len(line))]
    if span.end_line == span.line and span.end_column > span.column:
        stop = index[min(span.end_column - 1, len(line))]
    else:
        stop = start + 1
    stop = min(max(stop, start + 1), max(len(text), start + 1))
    total = edges[-1]
    first = 0
    if total > WINDOW and edges[start] > LEAD:
        # the first character that leaves at most LEAD columns before the caret
        first = bisect.bisect_left(edges, edges[start] - LEAD)
    prefix = "…" if first else ""
    last = len(text)
    used = len(prefix)
    if edges[last] - edges[first] + used > WINDOW:
        # the last character that still fits, leaving a column for "…"
        last = bisect.bisect_right(edges, edges[first] + WINDOW - 1 - used) - 1
    suffix = "…" if last < len(text) else ""
    shown = prefix + text[first:last] + suffix
    caret_at = used + edges[start] - edges[first]
    caret_end = min(edges[min(stop, last)] - edges[first] + used, WINDOW) if stop <= last else WINDOW
    width = max(1, caret_end - caret_at)
    return ["    " + shown.rstrip(), "    " + " " * caret_at + "^" + "~" * (width - 1)]


_SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def render(diagnostics, context) -> str:
    out = []
    for d in diagnostics:
        out.append(f"{d.path}:{d.span.line}:{d.span.column}: {d.severity} {d.code} {d.text(context.lang)} [{d.name}]")
        lines = context.lines.get(d.path)
        if lines and 1 <= d.span.line <= len(lines):
            line = lines[d.span.line - 1]
            if line.strip():
                out.extend(excerpt(line, d.span))
        for note in d.notes[:MAX_NOTES]:
            text = note.message_en if context.lang == "en" and note.message_en else note.message
            out.append(f"{d.path}:{note.span.line}:{note.span.column}: note: {text}")
        hidden = len(d.notes) - MAX_NOTES
        if hidden > 0:
            out.append(f"    … and {hidden} more related place(s) (--format json lists them all)" if context.lang == "en"
                       else f"    … 另有 {hidden} 处相关位置（--format json 可列出全部）")
    return "\n".join(out) + ("\n" if out else "")


def summary(diagnostics, files: int, lang: str) -> str:
    counts = {s: sum(1 for d in diagnostics if d.severity == s) for s in _SEVERITY_ZH}
    if lang == "en":
        if not diagnostics:
            return f"No problems found in {files} file(s)."
        return (f"Found {len(diagnostics)} problem(s) in {files} file(s): "
                f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info.")
    if not diagnostics:
        return f"检查了 {files} 个文件，未发现问题。"
    return (f"检查了 {files} 个文件，发现 {len(diagnostics)} 个问题："
            f"错误 {counts['error']} 个，警告 {counts['warning']} 个，提示 {counts['info']} 个。")
