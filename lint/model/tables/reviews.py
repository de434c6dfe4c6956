"""Recognising table 四 (政府信息公开行政复议、行政诉讼情况): one data row of 15 cells."""

from __future__ import annotations

from govlint.model.tables import vocabulary as t
from govlint.model.tables.applications import fit, kinds
from govlint.model.tables.grid import Grid, GridCell, GridRow, Issue, Unrecognised
from govlint.model.tables.stream import Line

WIDTH = len(t.REVIEW_COLUMNS)


def recognise(lines: list[Line], truncated: bool) -> Grid | Unrecognised | None:
    data = [line for line in lines
            if any(p.quantity.kind != "blank" for p in line.values) or (line.marked and not line.labels
                                                                       and len(line.values) >= 5)]
    values = [p for line in data for p in line.values]
    span = lines[0].span
    if not values:
        if truncated:
            return None
        return Unrecognised("四", span, "找到了表头，但没有找到 15 个数字的数据行",
                            "a header was found but no data row of 15 numbers")
    values = fit(values, WIDTH)
    issues = []
    if len(values) != WIDTH:
        if truncated and len(values) < WIDTH:
            return None
        issues.append(Issue("width", data[0].span, None, WIDTH, len(values), kinds=kinds(values)))
        return Grid("四", None, span, (), tuple(issues), truncated)
    rows = []
    for number, group in enumerate(t.REVIEW_GROUPS):
        part = values[number * 5:(number + 1) * 5]
        cells = tuple(GridCell(group, result, p.text, p.span, p.quantity)
                      for result, p in zip(t.REVIEW_RESULTS + (t.TOTAL,), part))
        rows.append(GridRow(group, group, part[0].span, "position", cells))
    return Grid("四", None, span, tuple(rows), (), truncated)
