"""Recognising the pre-2019 统计表: rows of 统计指标 · 单位 · 统计数, and the parent
indicators the old form splits into sub-items."""

from __future__ import annotations

from govlint.model.tables import vocabulary as t
from govlint.model.tables.applications import fit
from govlint.model.tables.grid import Grid, GridCell, GridRow
from govlint.model.tables.labels import read_label
from govlint.model.tables.stream import Line

_LEVELS = {"top": 1, "paren": 2, "item": 3, "其中": 4, None: 4}


def recognise(lines: list[Line], truncated: bool) -> Grid | None:
    rows: list[GridRow] = []
    levels: list[tuple[str, int]] = []
    top = ""
    for line in lines:
        if not line.labels:
            continue
        text = line.labels[0].text
        label = read_label(text)
        if label.level == "top":
            top = label.rest
        key = label.rest if label.level == "top" else f"{top}/{label.rest}"
        values = fit(list(line.values), 1)
        expects = bool(line.units)
        cells = ()
        if values and len(values) == 1:
            piece = values[0]
            cells = (GridCell(key, "统计数", piece.text, piece.span, piece.quantity),)
        rows.append(GridRow(key, text.strip(" \u3000"), line.labels[0].span, "label", cells,
                            expects_numbers=expects))
        levels.append((label.level, label.number))
    if not rows:
        return None
    return Grid("统计表", None, lines[0].span, tuple(rows), (), truncated, sums=_partitions(rows, levels))


def _partitions(rows: list[GridRow], levels: list) -> tuple:
    """(parent key, child keys, exhaustive) for each parent the old form splits."""
    found = []
    for index, row in enumerate(rows):
        name = row.key.split("/")[-1]
        spec = next((p for p in t.STATISTICS_PARTITIONS if p.pattern.search(name)), None)
        if spec is None:
            continue
        level = _LEVELS[levels[index][0]]
        children = []
        for later in range(index + 1, len(rows)):
            kind = levels[later][0]
            if _LEVELS[kind] <= level and not (spec.children == "其中" and kind is None):
                break
            if spec.children == "其中" and kind in ("其中", None):
                children.append(rows[later].key)
            elif spec.children == "其中":
                break
            elif kind == spec.children:
                children.append(rows[later].key)
        if not children:
            continue
        exhaustive = spec.exhaustive
        if exhaustive is None:
            exhaustive = any("其他" in key or "其它" in key for key in children)
        found.append((row.key, tuple(children), exhaustive))
    return tuple(found)
