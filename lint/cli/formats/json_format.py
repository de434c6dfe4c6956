"""A JSON array of diagnostics, with the field names other linters' consumers read."""

from __future__ import annotations

import json


def as_dict(d, context) -> dict:
    """Positions are in the user's file (the page too for a PDF, and ``where`` names the
    paragraph or table cell of a .docx); ``text_line`` is the line of the text form that
    ``govlint parse --text`` shows, for a converted file."""
    place = context.place(d)
    item = {
        "path": d.path,
        "line": place.line,
        "column": place.column,
        "end_line": place.end_line,
        "end_column": place.end_column,
        "severity": d.severity,
        "code": d.code,
        "name": d.name,
        "message": d.text(context.lang),
        "message_zh": d.message,
        "message_en": d.message_en,
    }
    if d.place is not None:
        if place.page:
            item["page"] = place.page
        if place.label(context.lang):
            item["where"] = place.label(context.lang)
        item["text_line"], item["text_column"] = d.span.line, d.span.column
    if d.fix is not None:
        item["fix"] = {"start": d.fix.start, "end": d.fix.end, "replacement": d.fix.replacement,
                       "safe": d.fix.safe}
    if d.notes:
        item["notes"] = [_note(n, context) for n in d.notes]
    return item


def _note(note, context) -> dict:
    place = context.place(note)
    item = {"line": place.line, "column": place.column, "message": note.text(context.lang)}
    if place.page:
        item["page"] = place.page
    if place.label(context.lang):
        item["where"] = place.label(context.lang)
    return item


def render(diagnostics, context) -> str:
    return json.dumps([as_dict(d, context) for d in diagnostics], ensure_ascii=False, indent=2) + "\n"
