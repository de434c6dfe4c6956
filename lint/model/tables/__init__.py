"""The standard tables of a report, recognised and laid on grids.

``recognise(report)`` finds tables 二, 三 and 四 of the 2019 and 2021 formats and
the pre-2019 统计表 in the report's blocks, whatever layout the text gives them
(tab rows, one cell per line, "|" rows or "|" lines between cells, labels
wrapped onto a second line or split by spaces from PDF extraction, spanned
header cells, missing and extra cells, rows that lost their labels), and lays
their numbers on a :class:`~govlint.model.tables.grid.Grid` keyed by the official row
and column labels::

    found = recognise(report)
    table = found.table("三")                 # or "二", "四", "统计表"; None when absent
    table.value("三(七)", "总计")              # the number, or None (missing / blank / text)
    cell = table.cell("一", "自然人")          # GridCell: raw text, span, parsed Quantity
    table.variant                             # "2019" | "2021": the template the table follows
    found.unrecognised                        # tables that look standard but could not be laid

Row keys of table 三: "一", "二", "三(一)" … "三(七)", items "三(三)1" … "三(六)3", "四";
columns: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计.  Table 四: rows
行政复议 / 未经复议直接起诉 / 复议后起诉, columns 结果维持 结果纠正 其他结果 尚未审结 总计.
Table 二: rows 规章, 规范性文件 (labelled 行政规范性文件 when the table follows the 2021
format), 行政许可 …, columns as the block's header names them.
The 统计表: rows keyed "<top indicator>/<indicator>", one column 统计数.

Rules read the result as ``document.tables``, computed once per report.  The
identities the tables carry are in :mod:`govlint.model.tables.identities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from govlint.syntax.nodes import Report
from govlint.model.standard import report_format
from govlint.model.tables import applications
from govlint.model.tables import disclosures
from govlint.model.tables import reviews
from govlint.model.tables import statistics
from govlint.model.tables.glued import glued_tables
from govlint.model.tables.grid import Grid, GridCell, GridRow, Issue, Unrecognised
from govlint.model.tables.identities import Breach, breaches
from govlint.model.tables.stream import Piece, lines, regions

__all__ = ["Grid", "GridCell", "GridRow", "Issue", "Recognised", "Unrecognised", "recognise"]


@dataclass(frozen=True)
class Recognised:
    """The tables of a report recognised as official ones, and the tables that could not be."""

    tables: tuple[Grid, ...]
    unrecognised: tuple[Unrecognised, ...]

    def table(self, kind: str) -> Grid | None:
        """The first recognised table of a kind ("二", "三", "四", "统计表")."""
        return next((grid for grid in self.tables if grid.kind == kind), None)

    def cells(self):
        """``(grid, row, cell)`` for every cell of every recognised table, in order."""
        for grid in self.tables:
            for row in grid.rows:
                for cell in row.cells:
                    yield grid, row, cell

    @cached_property
    def breaches(self) -> tuple[tuple[Grid, Breach], ...]:
        """Every broken identity of every table, grouped by its root cell."""
        return tuple((grid, breach) for grid in self.tables for breach in breaches(grid))


def recognise(report: Report) -> Recognised:
    """The standard tables of ``report``, read afresh on each call: a rule reads them once
    per report as ``document.tables`` (:class:`govlint.model.document.Document`)."""
    return _recognise(report)


def _marker(piece: Piece) -> str | None:
    key = piece.key
    if key.startswith("第二十条"):
        return "二"
    if "勾稽关系" in key or key == "申请人情况" or (key.startswith("一、本年") and "新收" in key):
        return "三"
    if key == "行政复议":
        return "四"
    if "统计指标" in key:
        return "统计表"
    return None


def _segments(pieces: tuple[Piece, ...]):
    """Split a region where another table starts."""
    kind, start = None, 0
    for index, piece in enumerate(pieces):
        found = _marker(piece)
        if found is None or found == kind:
            continue
        if kind is not None:
            yield kind, pieces[start:index], False
        kind, start = found, index
    if kind is not None:
        yield kind, pieces[start:], True


def _recognise(report: Report) -> Recognised:
    fmt = report_format(report.year)
    default = fmt if fmt in ("2019", "2021") else "2019"
    tables, failures = [], []
    for region in regions(report):
        for kind, pieces, last in _segments(region.pieces):
            cut = region.at_end and last
            found_lines = lines(pieces)
            if not found_lines:
                continue
            if kind == "三":
                result = applications.recognise(found_lines, cut, default)
            elif kind == "四":
                result = reviews.recognise(found_lines, cut)
            elif kind == "二":
                result = disclosures.recognise(found_lines, cut, default)
            else:
                result = statistics.recognise(found_lines, cut)
            if isinstance(result, Grid):
                tables.append(result)
            elif isinstance(result, Unrecognised):
                failures.append(result)
    # a standard table whose cells were glued into text is unreadable, never skipped
    seen = {grid.kind for grid in tables} | {failure.kind for failure in failures}
    for glued in glued_tables(report, tuple(kind for kind in ("二", "三", "四") if kind not in seen)):
        if glued.kind not in seen:
            sample = glued.sample if len(glued.sample) <= 24 else glued.sample[:24] + "…"
            failures.append(Unrecognised(glued.kind, glued.span,
                                         f"单元格粘连成了一段文字（如“{sample}”），分不出各行各栏",
                                         f"its cells were glued into running text (“{sample}”), so rows "
                                         f"and columns cannot be told apart", glued.extent))
    failures.sort(key=lambda failure: failure.span.start)
    return Recognised(tuple(tables), tuple(failures))

