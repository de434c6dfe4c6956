"""One self-contained HTML page for a batch of reports, for the review office
that must tell each agency what to correct.

The page holds everything it shows (no network, no external fonts or scripts;
a Content-Security-Policy forbids both and lets only its own script run):

- an overview table, written here as plain HTML so that it reads even where
  scripts are blocked: each report with its agency, year and table format as
  govlint read them, its errors / warnings / notes and the findings per family,
  plus the rules that fired most;
- per report, as JSON data the page's script draws only when the report is
  opened (500 reports open fast): the text, the findings with their places, and
  the standard tables on their grids with every identity judged;
- the documentation of every rule that fired (what ``govlint rule CODE`` prints).

Report text is data, never markup: it is escaped here and the script only ever
sets ``textContent``.  The script and the stylesheet are package files
(``page/audit.js``, ``page/audit.css``).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json

from govlint import package_files
from govlint.engine.diagnostics import SEVERITIES
from govlint.model.facts import ReportFacts, facts
from govlint.syntax.locations import place_of, with_place
from govlint.cli.formats.html_strings import FAMILIES, FORMAT_NAMES, UI

MAX_TOP_RULES = 10


def _asset(name: str) -> str:
    return package_files.read_text(__package__, "page", name)


def script_json(value) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>``
    or ``&`` (so no ``</script>`` or ``<!--``), and no line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _note_text(note, lang: str) -> str:
    return note.message_en if lang == "en" and note.message_en else note.message


def _findings(diagnostics, lang: str) -> list[dict]:
    found = []
    for d in diagnostics:
        # l/c: the line of the text shown on the page; the message names the place in a
        # .docx or .pdf (paragraph or cell, page and line)
        item = {"s": d.span.start, "e": d.span.end, "l": d.span.line, "c": d.span.column,
                "v": SEVERITIES.index(d.severity), "code": d.code, "name": d.name,
                "m": with_place(d.text(lang), place_of(d), lang)}
        if d.notes:
            item["n"] = [{"s": n.span.start, "e": n.span.end, "l": n.span.line, "c": n.span.column,
                          "m": with_place(_note_text(n, lang), place_of(n), lang)} for n in d.notes]
        found.append(item)
    return found


def _parts(grid) -> tuple[list[dict], dict]:
    """The grid's rows in groups that share columns (table 二's items; one group
    elsewhere), and the number of each drawn cell (row key, column) in drawing order."""
    groups: list[dict] = []
    for row in grid.rows:
        caption = f"第二十条第（{row.block}）项" if row.block else None
        if not groups or groups[-1]["caption"] != caption:
            groups.append({"caption": caption, "columns": [], "rows": []})
        columns = groups[-1]["columns"]
        columns.extend(c.column for c in row.cells if c.column not in columns)
        groups[-1]["rows"].append(row)
    slots: dict = {}
    parts = []
    for group in groups:
        rows = []
        for row in group["rows"]:
            by_column = {cell.column: cell for cell in row.cells}
            cells = []
            for column in group["columns"]:
                slots[(row.key, column)] = len(slots)
                cell = by_column.get(column)
                cells.append([cell.raw, cell.span.start, cell.span.end] if cell is not None else 0)
            rows.append({"label": row.label, "by": row.by, "cells": cells})
        parts.append({"caption": group["caption"], "columns": group["columns"], "rows": rows})
    return parts, slots


def _tables(found: ReportFacts, diagnostics, lang: str) -> list[dict]:
    """Each table drawn as parts of rows and columns, and its identities: status,
    where it applies, the formula (an index into the table's formulas, which repeat),
    the figures, the drawn cells it involves, the root cell and the code that reported it."""
    # a broken identity is reported at its root cell, with the message the table rules give it
    reported = {(d.span.start, d.message): d.code for d in diagnostics}
    tables = []
    for table in found.tables:
        grid = table.grid
        parts, slots = _parts(grid)
        formulas: dict[str, int] = {}
        checks = []
        for check in table.checks:
            item = {"st": check.status, "sc": check.scope_en if lang == "en" else check.scope,
                    "f": formulas.setdefault(check.formula, len(formulas)), "fig": check.figures,
                    "c": [slots[ref] for ref in check.cells if ref in slots]}
            if check.root is not None and check.root in slots:
                item["root"] = slots[check.root]
                cell = grid.cell(*check.root)
                code = reported.get((cell.span.start, check.message)) if cell is not None else None
                if code:
                    item["rep"] = code
            checks.append(item)
        tables.append({"kind": grid.kind, "title": grid.name_en if lang == "en" else grid.title,
                       "variant": grid.variant, "parts": parts, "formulas": list(formulas), "checks": checks})
    return tables


def _families(diagnostics) -> list[str]:
    seen = {d.code[:1] for d in diagnostics}
    return [f for f in FAMILIES if f in seen or f in "STPDWLX"] + sorted(seen - set(FAMILIES))


def _cell(text, cls: str = "", **data) -> str:
    attrs = f' class="{cls}"' if cls else ""
    attrs += "".join(f' data-{key}="{html.escape(str(value))}"' for key, value in data.items())
    return f"<td{attrs}>{html.escape(str(text))}</td>"


def _format_cell(entry, ui) -> str:
    names = FORMAT_NAMES[ui["lang"]]
    shown = names.get(entry["format"], ui["unknown"])
    if not (entry["format"] and entry["required"] and entry["format"] != entry["required"]):
        return _cell(shown, "" if entry["format"] else "unknown")
    why = ui["format_mismatch"].format(year=entry["year"], required=names[entry["required"]])
    return f'<td class="mismatch" title="{html.escape(why)}">{html.escape(shown)}</td>'


def _overview_rows(entries, families, ui) -> str:
    rows = []
    for entry in entries:
        counts = entry["counts"]
        per_family = {f: 0 for f in families}
        for code, _, count in entry["codes"]:
            per_family[code[:1]] = per_family.get(code[:1], 0) + count
        cells = [f'<td class="path"><a href="#report-{entry["id"]}">{html.escape(entry["path"])}</a></td>',
                 _cell(entry["agency"] or ui["unknown"], "" if entry["agency"] else "unknown"),
                 _cell(entry["year"] or ui["unknown"], "num" if entry["year"] else "unknown"),
                 _format_cell(entry, ui)]
        cells += [_cell(n, "num sev-" + s if n else "num zero") for s, n in zip(SEVERITIES, counts)]
        cells += [_cell(per_family[f], "num" if per_family[f] else "num zero") for f in families]
        rows.append(f'<tr data-id="{entry["id"]}">' + "".join(cells) + "</tr>")
    return "\n".join(rows)


def _overview_table(entries, families, ui) -> str:
    heads = [("path", ui["file"], "text"), ("agency", ui["agency"], "text"), ("year", ui["year"], "num"),
             ("format", ui["format"], "text")]
    heads += [(f"sev-{s}", ui["severity"][s], "num") for s in SEVERITIES]
    heads += [(f"fam-{f}", f"{f} {ui['families'].get(f, '')}".strip(), "num") for f in families]
    head = "".join(f'<th scope="col" data-sort="{key}" data-type="{kind}" tabindex="0">{html.escape(label)}</th>'
                   for key, label, kind in heads)
    return (f'<table id="overview-table" class="overview"><thead><tr>{head}</tr></thead>'
            f"<tbody>\n{_overview_rows(entries, families, ui)}\n</tbody></table>")


def _top_rules(diagnostics, context, ui) -> tuple[list, str]:
    counts: dict[str, list] = {}
    for d in diagnostics:
        entry = counts.setdefault(d.code, [0, set()])
        entry[0] += 1
        entry[1].add(d.path)
    ranked = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
    top = [[code, n, len(paths)] for code, (n, paths) in ranked]
    items = []
    for code, n, reports in top[:MAX_TOP_RULES]:
        info = context.rules.get(code)
        summary = info.summary if info is not None else ""
        items.append(f'<li><button type="button" class="rule-filter" data-rule="{html.escape(code)}">'
                     f"{html.escape(code)}</button> "
                     f'<span class="rule-name">{html.escape(info.name if info else "")}</span> '
                     f'<span class="count">{html.escape(ui["top_count"].format(n=n, reports=reports))}</span>'
                     f'<div class="summary">{html.escape(summary)}</div></li>')
    listing = "".join(items) or f'<li class="none">{html.escape(ui["no_findings"])}</li>'
    return top, f'<ol class="top-rules">{listing}</ol>'


def render(diagnostics, context) -> str:
    lang = context.lang if context.lang in UI else "zh"
    ui = UI[lang]
    by_path: dict[str, list] = {}
    for d in diagnostics:
        by_path.setdefault(d.path, []).append(d)
    paths = list(context.reports) + [p for p in by_path if p not in context.reports]
    families = _families(diagnostics)

    entries, blobs = [], []
    for number, path in enumerate(paths):
        found = by_path.get(path, [])
        report = context.reports.get(path)
        read = facts(report) if report is not None else ReportFacts(None, None, None, None, ())
        codes: dict[tuple[str, int], int] = {}
        for d in found:
            key = (d.code, SEVERITIES.index(d.severity))
            codes[key] = codes.get(key, 0) + 1
        entries.append({"id": number, "path": context.path(path), "agency": read.agency, "year": read.year,
                        "format": read.format, "required": read.required,
                        "counts": [sum(1 for d in found if d.severity == s) for s in SEVERITIES],
                        "codes": [[code, severity, n] for (code, severity), n in sorted(codes.items())]})
        blobs.append({"text": report.text if report is not None else "",
                      "findings": _findings(found, lang), "tables": _tables(read, found, lang)})

    top, top_html = _top_rules(diagnostics, context, ui)
    fired = sorted({d.code for d in diagnostics})
    rules = {code: [info.name, info.severity, info.summary] if (info := context.rules.get(code)) else [code, "", ""]
             for code in fired}
    docs = {code: context.rules[code].documentation(lang) for code in fired if code in context.rules}
    meta = {"lang": lang, "ui": ui, "formats": FORMAT_NAMES[lang], "families": families,
            "severities": list(SEVERITIES), "reports": entries, "rules": rules, "top": top,
            "version": context.version}

    script, style = _asset("audit.js"), _asset("audit.css")
    policy = (f"default-src 'none'; img-src data:; style-src '{_digest(style)}'; "
              f"script-src '{_digest(script)}'; base-uri 'none'; form-action 'none'")
    total = [sum(1 for d in diagnostics if d.severity == s) for s in SEVERITIES]
    summary = ui["summary"].format(reports=len(paths), errors=total[0], warnings=total[1], infos=total[2])
    data = [f'<script type="application/json" id="govlint-meta">{script_json(meta)}</script>',
            f'<script type="application/json" id="govlint-docs">{script_json(docs)}</script>']
    data += [f'<script type="application/json" id="govlint-report-{number}">{script_json(blob)}</script>'
             for number, blob in enumerate(blobs)]
    generator = "govlint" + (f" {context.version}" if context.version else "")
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{ui["html_lang"]}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{html.escape(generator)}">',
        f"<title>{html.escape(ui['title'])}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<header class="banner">',
        f"<h1>{html.escape(ui['title'])}</h1>",
        f'<p class="summary" id="batch-summary">{html.escape(summary)}</p>',
        f'<p class="generator">{html.escape(ui["generated"].format(generator=generator))}</p>',
        "</header>",
        f'<noscript><p class="noscript">{html.escape(ui["noscript"])}</p></noscript>',
        '<div id="toolbar" class="toolbar"></div>',
        '<main id="overview" class="overview-page">',
        f'<section class="top"><h2>{html.escape(ui["top_rules"])}</h2>{top_html}</section>',
        f'<section class="reports"><h2>{html.escape(ui["reports"])} '
        f'<span id="shown-count" class="shown"></span></h2>{_overview_table(entries, families, ui)}</section>',
        "</main>",
        '<main id="report" class="report-view" hidden></main>',
        '<div id="print-all" class="print-all"></div>',
        *data,
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ])
