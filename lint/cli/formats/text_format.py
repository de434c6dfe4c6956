"""Compiler-style text: ``path:line:col: severity CODE message [rule-name]``, then the
source line and a caret under the column (CJK characters are two columns wide).

Control characters of the report (terminal escape sequences among them) are
printed as escapes (``\\x1b``), never sent to the terminal; colour, when the
context asks for it, marks the severity, the code and the caret."""

from __future__ import annotations

import bisect
import functools
import unicodedata

from govlint.cli.terminal import paint, printable, visible

TAB = 4
MAX_NOTES = 3   # related places shown under a finding; the machine formats carry all of them


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(ch: str) -> str:
    """How one character of the source is printed: tabs expanded, controls escaped."""
    return " " * TAB if ch == "\t" else visible(ch)


WINDOW = 100   # display columns of source shown under a finding; longer lines are cut around the caret
LEAD = 30      # display columns kept before the caret when a line is cut


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


@functools.lru_cache(maxsize=64)
def _measured(line: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The line as printed (tabs expanded, controls escaped), the display column where
    each printed character starts (one more entry for the end), and the printed index
    of each original character (one more entry for the end)."""
    pieces = [_shown(ch) for ch in line]
    text = "".join(pieces)
    edges = [0]
    for ch in text:
        edges.append(edges[-1] + _width(ch))
    index, at = [], 0
    for piece in pieces:
        index.append(at)
        at += len(piece)
    index.append(at)
    return text, tuple(edges), tuple(index)


def excerpt(line: str, span) -> list[str]:
    """The source line (cut to a window around the column if it is long) and the caret line.

    Widths are summed once per line (many findings on one long line stay fast), and
    the window is cut by index.
    """
    text, edges, index = _measured(line)
    # the caret's start and end as indexes into the printed line; an empty span at the
    # end of the line gets one caret just after its last character
    start = index[min(span.column - 1, len(line))]
    if span.end_line == span.line and span.end_column > span.column:
        stop = index[min(span.end_column - 1, len(line))]
    else:
        stop = start + 1
    stop = max(stop, start + 1)
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
    if stop <= last:
        caret_end = used + edges[stop] - edges[first]
    else:   # the span runs past what is shown: up to the end of the shown text
        caret_end = used + edges[last] - edges[first] + len(suffix)
    width = max(1, caret_end - caret_at)
    return ["    " + shown.rstrip(), "    " + " " * caret_at + "^" + "~" * (width - 1)]


_SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def render(diagnostics, context) -> str:
    color = context.color
    out = []
    for d in diagnostics:
        place = paint(f"{printable(d.path)}:{context.place(d).position()}:", "bold", color)
        out.append(f"{place} {paint(d.severity, d.severity, color)} {paint(d.code, 'bold', color)} "
                   f"{printable(context.message(d))} [{d.name}]")
        lines = context.lines.get(d.path)
        if context.show_source and lines and 1 <= d.span.line <= len(lines):
            line = lines[d.span.line - 1]
            if line.strip():
                source, caret = excerpt(line, d.span)
                out.extend((source, paint(caret, "caret", color)))
        for note in d.notes[:MAX_NOTES]:
            out.append(f"{printable(d.path)}:{context.place(note).position()}: "
                       f"{paint('note', 'dim', color)}: {printable(context.message(note))}")
        hidden = len(d.notes) - MAX_NOTES
        if hidden > 0:
            out.append(f"    … and {hidden} more related place(s) (--format json lists them all)" if context.lang == "en"
                       else f"    … 另有 {hidden} 处相关位置（--format json 可列出全部）")
    return "\n".join(out) + ("\n" if out else "")


_SUMMARY = {
    "zh": {
        "found": "检查了 {files} 个文件，发现 {total} 个问题：错误 {error} 个，警告 {warning} 个，提示 {info} 个",
        "clean": "检查了 {files} 个文件，未发现问题",
        "checked": "检查了 {files} 个文件",
        "nothing": "没有检查任何文件",
        "unreadable": "{unreadable} 个文件或目录无法读取（见上文），检查不完整",
        "fixable": "其中 {fixable} 个可用 --fix 自动修复",
        "unsafe": "{unsafe} 个有待确认的修改建议（--fix --unsafe-fixes 可应用）",
        "fixed": "已修复 {fixed} 处",
        "suppressed": "基线中已接受的 {suppressed} 个问题未显示",
        "between": "。", "end": "。",
    },
    "en": {
        "found": "Found {total} problem(s) in {files} file(s): {error} error(s), {warning} warning(s), {info} info",
        "clean": "No problems found in {files} file(s)",
        "checked": "Checked {files} file(s)",
        "nothing": "Nothing was checked",
        "unreadable": "{unreadable} file(s) or folder(s) could not be read (see above): the check is incomplete",
        "fixable": "{fixable} fixable with --fix",
        "unsafe": "{unsafe} with a suggested change to confirm (--fix --unsafe-fixes applies it)",
        "fixed": "{fixed} fixed",
        "suppressed": "{suppressed} accepted in the baseline, not shown",
        "between": ". ", "end": ".",
    },
}


def summary(diagnostics, files: int, lang: str, *, unreadable: int = 0, fixed: int = 0,
            suppressed: int = 0, fixable: int = 0, unsafe: int = 0) -> str:
    """The last line: files checked, findings by severity, and what else the user must
    know — files that could not be read (then never "no problems": the check is
    incomplete), findings ``--fix`` could mend, fixes written, findings a baseline
    accepted."""
    words = _SUMMARY["en" if lang == "en" else "zh"]
    values = {s: sum(1 for d in diagnostics if d.severity == s) for s in _SEVERITY_ZH}
    values.update(total=len(diagnostics), files=files, unreadable=unreadable, fixed=fixed,
                  suppressed=suppressed, fixable=fixable, unsafe=unsafe)
    if diagnostics:
        parts = ["found"]
    elif unreadable:
        parts = ["checked" if files else "nothing"]
    else:
        parts = ["clean"]
    parts += [key for key in ("unreadable", "fixable", "unsafe", "fixed", "suppressed") if values[key]]
    return words["between"].join(words[key].format(**values) for key in parts) + words["end"]
