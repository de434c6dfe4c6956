"""Questions rules ask about the outline: which of the six sections a report
has, and where."""

from __future__ import annotations

import re

from govlint.syntax.nodes import Paragraph, Report, Section
from govlint.syntax.numerals import cn_to_int, parse_number
from govlint.model.standard import (OLD_PARTS, SectionSpec, classify_old_part, classify_section, report_format,
                                    unnumbered_heading)

_OLD_FEES = next(spec for spec in OLD_PARTS if spec.number == 4)

# a section heading run into a paragraph: "……。二、主动公开政府信息情况（一）……" (the
# look-ahead first: the look-behind is tried only where a numeral stands)
_RUN_IN = re.compile(r"(?=[一二三四五六])(?:^|(?<=[。；！？!?;\s]))(?P<n>[一二三四五六])[ \u3000]*[、．.][ \u3000]*"
                     r"(?P<title>[^（(，,。：:；;0-9\s]{2,30})")


def holds_six_sections(report: Report, sections: list[tuple[SectionSpec, Section]]) -> bool:
    """True when the report must follow the six-section outline (2019 and 2021 formats).

    Reports for 2018 and earlier had no fixed outline.  When the year is unknown
    the report is held to the outline only if it visibly uses it (two or more of
    the six sections recognised: ``sections``, as :func:`recognised_sections` reads them)
    and does not visibly follow the pre-2019 outline.
    """
    fmt = report_format(report.year)
    if fmt == "pre2019":
        return False
    if fmt is None:
        if any(classify_old_part(s.heading.title.raw) is _OLD_FEES for s in report.sections):
            return False    # a part on fees (收费及减免) belongs to the pre-2019 outline only
        return len(sections) >= 2
    return True


def recognised_sections(report: Report) -> list[tuple[SectionSpec, Section]]:
    """Top-level sections whose heading names one of the six, in file order."""
    found = []
    for section in report.sections:
        spec = classify_section(section.heading.title.raw)
        if spec is not None:
            found.append((spec, section))
    return found


def run_in_sections(report: Report) -> dict[int, Paragraph]:
    """Sections whose heading is not a numbered heading line: the numbered heading
    stands inside a paragraph (a page that put the whole body on one line), or the
    heading is a line of its own without a number.  By section number."""
    found: dict[int, Paragraph] = {}
    for block in report.blocks:
        if not isinstance(block, Paragraph):
            continue
        spec = unnumbered_heading(block.text.raw)
        if spec is not None:
            if _fits_between_sections(report, block, spec.number):
                found.setdefault(spec.number, block)
            continue
        for match in _RUN_IN.finditer(block.text.raw):
            spec = classify_section(match["title"])
            if spec is not None and spec.number == cn_to_int(match["n"]):
                found.setdefault(spec.number, block)
    return found


def _fits_between_sections(report: Report, block, number: int) -> bool:
    """An unnumbered line inside a numbered section is a section heading of its own only
    when a numbered section with a higher number follows it: under 一、 in a file cut
    before 二、, "主动公开情况" is one of 一's sub-topics, not section 二."""
    before = [s for s in report.sections if s.heading.span.start < block.span.start]
    if not before:
        return True
    return any(s.heading.number and s.heading.number > number
               for s in report.sections if s.heading.span.start > block.span.start)


_FINAL = "。！？!?…”\"’）)》】；;：:"
_COMPLETE_SHORT = re.compile(r"^(?:无|暂无|没有|无其他[^。]*|无。?)$")
# a line holding nothing but an agency's name (the first line of a 落款)
# (no sentence: not "本年度我局", "我局将……局")
_AGENCY_LINE = re.compile(r"(?!我|本|今|全|年内|下一步|同时)(?![^\n]*(?:了|将|已|把|被|对|由|是|在|向|从|为|工作))"
                          r"[^\s0-9０-９，,。；;：:、（(][^\s0-9０-９，,。；;：:、]{1,36}"
                          r"(?:局|委员会|委|办公室|政府|院|厅|中心|街道办事处|办事处|镇人民政府|署|馆)")


def cut_off(report: Report, tables):
    """Where the file stops in the middle of the report, or None when it ends properly.

    A file is cut off when its last block is running text whose last sentence is
    unfinished (no closing punctuation; a bare "无" is a complete answer), a heading
    whose title breaks off, or a table that stops inside a row.  Sections and the
    落款 that would come after that point are not separately reported missing.
    ``tables`` are the report's standard tables, as :func:`govlint.model.tables.recognise`
    reads them.
    """
    from govlint.syntax.nodes import Heading, Signature, Table
    from govlint.model.signature_line import broken_signature

    if not report.blocks or report.signature is not None:
        return None     # a report that reached its 落款 ended (page furniture may follow)
    if broken_signature(report) is not None:
        return None     # it reached its 落款, whose date lost a mark (a D finding)
    last = report.blocks[-1]
    if isinstance(last, Signature):
        return None
    if isinstance(last, Table):
        cell = last.rows[-1].cells[-1] if last.rows and last.rows[-1].cells else None
        label_cut = cell is not None and cell.value and parse_number(cell.value) is None
        # the file ends inside a table, or table 三 stops before its closing rows （七）总计 and 四
        def label_like(block):
            text = block.title.raw if isinstance(block, Heading) else getattr(block, "text", None)
            text = text.raw if hasattr(text, "raw") else text
            return isinstance(block, Table) or (text is not None and len(text) <= 40 and "。" not in text)

        def at_the_end(grid):
            """Nothing but table cells and row labels follows the grid's last cell."""
            end = max((c.span.end for c in grid.cells()), default=grid.span.end)
            return all(label_like(b) for b in report.blocks if b.span.start >= end)

        truncated = any(at_the_end(g)
                        and (g.truncated or g.kind == "三" and g.row("三(七)") is None and g.row("四") is None)
                        for g in tables.tables)
        return report.end_span() if label_cut or truncated else None
    if isinstance(last, Heading):
        text = (last.body or last.title).raw
    elif isinstance(last, Paragraph):
        text = last.text.raw
    else:
        return None
    text = text.strip(" \u3000")
    if not text or text[-1] in _FINAL or _COMPLETE_SHORT.match(text):
        return None
    if isinstance(last, Paragraph) and _AGENCY_LINE.fullmatch(text):
        return None     # it ends on the agency of its 落款, with no date under it: a D finding
    return report.end_span()


def cut_inside(report: Report, cut, span) -> bool:
    """True when the file breaks off inside ``span``: the text it covers runs to the
    cut (``cut``, what :func:`cut_off` found), so what it says may be unfinished (a
    heading title that stops at the cut is not a wrong title)."""
    end = len(report.text.rstrip())
    return span.end >= end and cut is not None
