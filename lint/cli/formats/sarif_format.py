"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run: the tool with every registered rule (id, name, short and full description,
help text from the rule's documentation, default level), then one result per finding
with its physical location.  Columns are 1-based character (code point) columns, as
``columnKind`` says.
"""

from __future__ import annotations

import inspect
import json

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/govlint/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _descriptor(info) -> dict:
    doc = inspect.cleandoc(info.doc or "") or info.name
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary or info.name},
        "fullDescription": {"text": _description(doc)},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning")},
        "properties": {"tags": [info.code[0]]},
    }


def _description(doc: str) -> str:
    """The documentation before its examples, without headings: what the rule checks and why."""
    lines = []
    for line in doc.splitlines():
        if line.startswith("## ") and any(word in line for word in ("示例", "Example", "应写作", "Use instead")):
            break
        if not line.startswith("#"):
            lines.append(line)
    return "\n".join(lines).strip() or doc


def _region(place) -> dict:
    region = {"startLine": place.line, "startColumn": place.column,
              "endLine": max(place.end_line, place.line), "endColumn": max(place.end_column, 1)}
    if place.page:
        region["properties"] = {"page": place.page}
    return region


def _location(uri: str, place, message: str | None = None) -> dict:
    location = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(place)}}
    if message:
        location["message"] = {"text": message}
    return location


def render(diagnostics, context) -> str:
    codes = sorted(set(context.rules) | {d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    rules = [_descriptor(context.rules[code]) if code in context.rules
             else {"id": code, "shortDescription": {"text": code}} for code in codes]
    results = []
    for d, ident in zip(diagnostics, context.identities(diagnostics)):
        result = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": LEVELS.get(d.severity, "warning"),
            "message": {"text": context.message(d)},
            "locations": [_location(ident.path, context.place(d))],
            "partialFingerprints": {"govlintIdentity/v1": ident.fingerprint()},
        }
        if d.notes:
            result["relatedLocations"] = [
                dict(_location(ident.path, context.place(note), context.message(note)), id=number)
                for number, note in enumerate(d.notes, 1)]
        results.append(result)
    driver = {"name": "govlint", "informationUri": INFORMATION_URI, "rules": rules}
    if context.version:
        driver["version"] = context.version
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
