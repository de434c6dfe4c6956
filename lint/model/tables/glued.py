"""Standard tables whose cells were glued together into running text.

A converter that drops the cell borders leaves lines such as
"信息内容本年制发件数本年废止件数现行有效件数" / "规章000" / "行政规范性文件1203", or
the whole table on one line with spaces.  Nothing there is a table cell, so the
table walk (:mod:`govlint.model.tables.stream`) never sees a table; this module reads the
text with a small tokenizer over the template's own vocabulary (row labels,
column labels, the 第二十条 captions) and says which standard tables stand
there as text, so that they are reported as unreadable instead of skipped.

Evidence for a table is counted per kind: a header of two or more of its column
labels written without cell breaks, a caption, a row label followed directly by a
number that no unit follows ("行政许可56", not prose's "行政许可56件"), and, after
such a header, a line of five or more bare numbers (table 四's data row).  Two
pieces of evidence, one of them a row, make a glued table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govlint.lazy import pattern
from govlint.syntax.nodes import Heading, Paragraph, Report, Span, Table
from govlint.model.tables import vocabulary as t
_GAP = "[ \u3000\u00a0]*"
_NUMBER = r"[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?"
# what follows a count in prose: a unit or a measure word ("56件", "3起", "12.5万元")
_UNIT = re.compile(r"[ \u3000]*(?:[件条项个次人起家份篇期户宗万元%％余多年月日号]|个百分点)")


def _spaced(word: str) -> str:
    """A regex for ``word`` that allows the spaces PDF extraction puts between characters."""
    return _GAP.join(re.escape(ch) for ch in word)


def _vocabulary():
    rows = {
        "二": [name for name, _ in t.DISCLOSURE_ROWS] + ["行政规范性文件"],
        "三": [spec.label.split("、", 1)[-1].split("）", 1)[-1] for spec in t.APPLICATION_TOP + t.APPLICATION_OUTCOMES]
              + [spec.label.split(".", 1)[-1] for items in t.APPLICATION_ITEMS.values() for spec in items],
        "四": list(t.REVIEW_GROUPS),
    }
    columns = {
        "二": list(t.DISCLOSURE_COLUMN_WORDS) + ["信息内容"],
        "三": list(t.APPLICANTS) + ["申请人情况", "法人或其他组织"],
        "四": list(t.REVIEW_RESULTS),
    }
    return rows, columns


def _alternation(words) -> str:
    """Longest words first (a word wins over its own beginning), then in a fixed order: the
    same regex in every run, which the pattern store (:mod:`govlint.regex_store`) can keep."""
    return "|".join(_spaced(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_ROWS, _COLUMNS = _vocabulary()
# a row label, then the numbers of its cells (spaces between them or none); compiled only
# for a kind of table the report lacks (most reports have all three: nothing to compile)
_ROW_PATTERNS = {kind: pattern(lambda words=words: "(?P<label>" + _alternation(words)
                               + f"){_GAP}(?P<numbers>{_NUMBER}(?:{_GAP}{_NUMBER})*)")
                 for kind, words in _ROWS.items()}
_COLUMN_PATTERNS = {kind: pattern(lambda words=words: _alternation(words)) for kind, words in _COLUMNS.items()}
# a row that lost its label: five or more numbers with spaces between them and nothing else
_BARE_ROW = re.compile(f"^{_GAP}{_NUMBER}(?:{_GAP}[ \u3000]{_GAP}{_NUMBER}){{4,}}{_GAP}$")
_CLAUSE_MARK = re.compile(r"[，,。；;]")
_CAPTION = re.compile("第" + _GAP + "二" + _GAP + "十" + _GAP + "条" + _GAP + "第?" + _GAP + r"[（(]")


@dataclass(frozen=True)
class GluedTable:
    """A table whose cells lost their separators in conversion (labels and figures run
    together)."""

    kind: str
    span: Span          # where the first glued row stands (its label)
    evidence: int
    sample: str         # that row as written ("行政规范性文件1203")
    extent: Span        # from the first to the last text that holds glued cells


def _texts(report: Report):
    """Every run of text that could hold glued cells: paragraphs, headings, table cells."""
    for block in report.blocks:
        if isinstance(block, Paragraph):
            yield block.text.raw, block.text.span
        elif isinstance(block, Heading):
            yield block.title.raw, block.title.span
        elif isinstance(block, Table):
            for cell in block.cells:
                yield cell.raw, cell.span


def _at(span: Span, raw: str, start: int, end: int) -> Span:
    """The span of ``raw[start:end]`` inside a text on one line starting at ``span``."""
    if span.line != span.end_line or span.end - span.start != len(raw):
        return span
    return Span(span.line, span.column + start, span.line, span.column + end, span.start + start, span.start + end)


def glued_tables(report: Report, kinds=("二", "三", "四")) -> list[GluedTable]:
    """The standard tables of ``kinds`` that stand in ``report`` as glued text, one per kind.

    Every kind's header still decides which table a following row of bare numbers
    belongs to, so asking for fewer kinds finds the same tables of those kinds.
    """
    if not kinds:
        return []
    evidence: dict[str, int] = {}
    first_row: dict[str, tuple[Span, str]] = {}
    headed = None     # the kind of the last glued header: rows of bare numbers belong to it
    extent: dict[str, Span] = {}

    def seen(kind, span):
        evidence[kind] = evidence.get(kind, 0) + 1
        extent[kind] = extent[kind].cover(span) if kind in extent else span

    # (the patterns of each kind, looked up once: the row patterns only for ``kinds``)
    patterns = [(kind, _COLUMN_PATTERNS[kind].compiled, _ROW_PATTERNS[kind].compiled if kind in kinds else None)
                for kind in _ROWS]
    for raw, span in _texts(report):
        if headed is not None and _BARE_ROW.match(raw):
            seen(headed, span)
            first_row.setdefault(headed, (span, raw.strip()))
            continue
        prose = _CLAUSE_MARK.search(raw) is not None
        if prose:
            headed = None     # running prose: the glued table, if any, has ended
        for kind, columns, rows in patterns:
            if not prose and len(columns.findall(raw)) >= 2:   # a header of glued columns
                seen(kind, span)
                headed = kind
            if kind == "二" and kind in kinds and _CAPTION.search(raw) and len(raw.strip()) > 12:
                seen(kind, span)   # a caption with other text run into it
            if rows is None or rows.search(raw) is None:
                continue
            for match in rows.finditer(raw):
                after = raw[match.end():]
                if _UNIT.match(after) or re.match(r"[.．]?[0-9０-９]", after):
                    continue
                if match.start() > 0 and not re.match(r"[\s\u30000-9０-９、）).．:：]", raw[match.start() - 1]) \
                        and kind != "二" and not columns.search(raw[:match.start()]):
                    continue    # a label word inside a sentence ("依法予以公开3")
                seen(kind, span)
                first_row.setdefault(kind, (_at(span, raw, match.start("label"), match.end("label")),
                                            match.group(0).strip()))
    return [GluedTable(kind, first_row[kind][0], evidence[kind], first_row[kind][1], extent[kind])
            for kind in ("二", "三", "四") if kind in kinds and kind in first_row and evidence[kind] >= 2]
