"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per
finding, which GitHub shows as an annotation on the file and line.

Escaping follows GitHub's own ``@actions/core``: ``%``, CR and LF in the message;
additionally ``:`` and ``,`` in property values.
"""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(d, context) -> str:
    place = context.place(d)
    properties = (
        ("file", context.path(d.path)),
        ("line", place.line),
        ("col", place.column),
        ("endLine", place.end_line),
        ("endColumn", place.end_column),
        ("title", f"govlint {d.code} ({d.name})"),
    )
    block = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{LEVELS.get(d.severity, 'warning')} {block}::{escape_data(f'{d.code} {context.message(d)}')}"


def render(diagnostics, context) -> str:
    return "".join(command(d, context) + "\n" for d in diagnostics)
