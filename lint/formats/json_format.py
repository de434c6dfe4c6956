"""A JSON array of diagnostics, with the field names other linters' consumers read."""

from __future__ import annotations

import json


def as_dict(d, lang: str) -> dict:
    item = {
        "path": d.path,
        "line": d.span.line,
        "column": d.span.column,
        "end_line": d.span.end_line,
        "end_column": d.span.end_column,
        "severity": d.severity,
        "code": d.code,
        "name": d.name,
        "message": d.text(lang),
        "message_zh": d.message,
        "message_en": d.message_en,
    }
    if d.fix is not None:
        item["fix"] = {"start": d.fix.start, "end": d.fix.end, "replacement": d.fix.replacement}
    if d.notes:
        item["notes"] = [{"line": n.span.line, "column": n.span.column,
                          "message": n.message_en if lang == "en" and n.message_en else n.message}
                         for n in d.notes]
    return item


def render(diagnostics, context) -> str:
    return json.dumps([as_dict(d, context.lang) for d in diagnostics], ensure_ascii=False, indent=2) + "\n"
