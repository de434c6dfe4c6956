"""``govlint parse``: the syntax tree as a person reads it, like ``sqlfluff parse``."""

from __future__ import annotations

from govlint.syntax.nodes import Artifact, Heading, Paragraph, Report, Section, Signature, Table, Title
from govlint.model.standard import classify_section, report_format

_CUT = 40


def _short(text: str) -> str:
    text = text.replace("\t", " ")
    return text if len(text) <= _CUT else text[:_CUT] + "…"


def _pos(span) -> str:
    if span.end_line != span.line:
        return f"{span.line}:{span.column}-{span.end_line}:{span.end_column}"
    return f"{span.line}:{span.column}"


def _block(block, indent: str, out: list[str]) -> None:
    if isinstance(block, Paragraph):
        out.append(f"{indent}paragraph {_pos(block.span)}  {_short(block.text.raw)}")
    elif isinstance(block, Table):
        out.append(f"{indent}table {_pos(block.span)}  layout={block.layout} rows={len(block.rows)}")
        for row in block.rows:
            cells = " | ".join(c.value or "∅" for c in row.cells)
            out.append(f"{indent}  row {row.span.line}  [{_short(cells) if len(cells) > 120 else cells}]")
    elif isinstance(block, Signature):
        agency = f"agency={block.agency.raw} " if block.agency else ""
        d = block.date
        out.append(f"{indent}signature {_pos(block.span)}  {agency}date={d.year}-{d.month}-{d.day} ({d.text.raw})")
    elif isinstance(block, Artifact):
        out.append(f"{indent}artifact {_pos(block.span)}  {_short(block.text.raw)}")
    elif isinstance(block, Title):
        out.append(f"{indent}title {_pos(block.span)}  {block.text}")
    elif isinstance(block, Heading):
        out.append(f"{indent}heading {_pos(block.span)}  {block.marker.raw} {_short(block.title.raw)}")


def _section(section: Section, indent: str, out: list[str]) -> None:
    h = section.heading
    spec = classify_section(h.title.raw) if indent == "" else None
    meaning = f"  → 第{spec.numeral}部分 {spec.title}" if spec else ""
    out.append(f"{indent}section {_pos(h.span)}  {h.marker.raw} {_short(h.title.raw)}{meaning}")
    if h.body is not None:
        out.append(f"{indent}  run-in text {_pos(h.body.span)}  {_short(h.body.raw)}")
    items = sorted(list(section.blocks) + list(section.children),
                   key=lambda x: x.heading.span.start if isinstance(x, Section) else x.span.start)
    for item in items:
        if isinstance(item, Section):
            _section(item, indent + "  ", out)
        else:
            _block(item, indent + "  ", out)


def format_tree(report: Report) -> str:
    out = []
    fmt = report_format(report.year)
    t = report.title
    out.append(f"report {report.path}  year={report.year} format={fmt} "
               f"agency={t.agency if t else None}")
    if t:
        out.append(f"title {_pos(t.span)}  " + " / ".join(line.raw for line in t.lines))
    if report.title_date:
        _block(report.title_date, "", out)
        out[-1] = out[-1].replace("signature", "date-under-title", 1)
    if report.preamble:
        out.append("preamble")
        for block in report.preamble:
            if block is not report.title_date:
                _block(block, "  ", out)
    for section in report.sections:
        _section(section, "", out)
    if report.signature:
        out.append(f"(落款) {_pos(report.signature.span)}")
    for problem in report.problems:
        out.append(f"parse-problem {_pos(problem.span)}  {problem.message}")
    return "\n".join(out) + "\n"


def format_text(report: Report, locations=None, lang: str = "zh") -> str:
    """The text govlint read, one numbered line each, with the place in the file it came
    from (page and line of a PDF, paragraph or table cell of a .docx, source line of a page)."""
    from govlint.syntax.source import LineIndex

    index = LineIndex("\n".join(report.lines))
    out = []
    for number, line in enumerate(report.lines, 1):
        where = ""
        if locations and line.strip():
            span = index.line_span(number)
            start = span.start + len(line) - len(line.lstrip())   # a row's first cell may be empty
            place = locations.place(index.span(start, span.end))
            where = place.label(lang) or place.position()
        out.append(f"{number:>5}  {where:<16}  {line.replace(chr(9), ' | ')}".rstrip())
    return "\n".join(out) + "\n"
