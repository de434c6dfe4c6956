"""Compiler-style text: ``path:line:col: severity CODE message [rule-name]``, then the
source line and a caret under the column (CJK characters are two columns wide)."""

from __future__ import annotations

import unicodedata

TAB = 4
MAX_NOTES = 3   # related places shown under a finding; the machine formats carry all of them


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _expand(line: str) -> str:
    return line.replace("\t", " " * TAB)


WINDOW = 100   # display columns of source shown under a finding; longer lines are cut around the caret
LEAD = 30      # display columns kept before the caret when a line is cut


def excerpt(line: str, span) -> list[str]:
    """The source line (cut to a window around the column if it is long) and the caret line."""
    before = _expand(line[:span.column - 1])
    if span.end_line == span.line and span.end_column > span.column:
        marked = _expand(line[span.column - 1:span.end_column - 1])
    else:
        marked = _expand(line[span.column - 1:span.column]) or " "
    after = _expand(line[span.column - 1 + len(line[span.column - 1:span.end_column - 1] or " "):])
    prefix = ""
    if display_width(before) > LEAD and display_width(before + marked + after) > WINDOW:
        while display_width(before) > LEAD:
            before = before[1:]
        prefix = "…"
    shown = prefix + before + marked + after
    suffix = ""
    if display_width(shown.rstrip()) > WINDOW:
        while display_width(shown) > WINDOW - 1:
            shown = shown[:-1]
        suffix = "…"
    room = WINDOW - display_width(prefix + before)
    width = max(1, min(display_width(marked), room))
    return ["    " + (shown + suffix).rstrip(),
            "    " + " " * display_width(prefix + before) + "^" + "~" * (width - 1)]


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
