"""Recognising table 二 (主动公开政府信息情况): blocks captioned 第二十条第（X）项, each a
header row of column labels and rows of 信息内容; the columns tell the 2019 and
2021 formats apart."""

from __future__ import annotations

import re
from dataclasses import replace

from govlint.syntax.normalize import normalize
from govlint.model.tables import vocabulary as t
from govlint.model.tables.applications import after_label, fit, kinds
from govlint.model.tables.grid import Grid, GridCell, GridRow, Issue
from govlint.model.tables.stream import Line

_CAPTION = re.compile(r"第二十条第?\(([一二三四五六七八九十])\)项")
_WORDS = sorted(t.DISCLOSURE_COLUMN_WORDS, key=len, reverse=True)


def _columns(text: str) -> list[str]:
    """Column names in the order a header writes them ("本年新" "制作数量" joined)."""
    found = []
    for word in _WORDS:
        key = normalize(word)
        at = text.find(key)
        while at != -1:
            found.append((at, word))
            text = text[:at] + "#" * len(key) + text[at + len(key):]
            at = text.find(key)
    if "处理决定数量" in text:
        found.append((text.find("处理决定数量"), "处理决定数量"))
    return [word for _, word in sorted(found)]


def _row_name(text: str) -> str | None:
    key = normalize(text)
    if len(key) > 14:
        return None
    return next((name for name, pattern in t.DISCLOSURE_ROWS if pattern.search(key)), None)


def _block(item: str, variant: str) -> t.Block | None:
    return next((b for b in t.DISCLOSURE_BLOCKS[variant] if b.item == item), None)


def recognise(lines: list[Line], truncated: bool, default_variant: str) -> Grid | None:
    rows: list[GridRow] = []
    row_variants: list[str | None] = []    # the format each row's block header shows, if any
    issues: list[Issue] = []
    blocks: list[tuple[str, str, object]] = []
    item: str | None = None
    columns: list[str] = []
    for index, line in enumerate(lines):
        line = after_label(line, _row_name)
        row_name, row_piece = None, None
        header_text = ""
        header_span = None
        for piece in line.labels:
            key = normalize(piece.text)
            caption = _CAPTION.search(key)
            if caption:
                item, columns = caption.group(1), []
                continue
            name = _row_name(piece.text)
            if name is not None:
                row_name, row_piece = name, piece
                continue
            header_text += key
            header_span = header_span or piece.span
        found = _columns(header_text)
        if found:
            columns = found
            variants = {t.DISCLOSURE_COLUMN_WORDS.get(c, "2019") for c in found}
            blocks.append((item or "?", variants.pop() if len(variants) == 1 else "mixed", header_span))
        if row_name is None:
            continue
        variant = blocks[-1][1] if blocks and blocks[-1][0] == (item or "?") else default_variant
        spec = _block(item, variant if variant in t.DISCLOSURE_BLOCKS else default_variant) if item else None
        names = columns or (list(spec.columns) if spec else [])
        if not names:
            continue
        values = fit(list(line.values), len(names))
        if len(values) != len(names):
            if not (truncated and index == len(lines) - 1 and len(values) < len(names)):
                issues.append(Issue("width", row_piece.span, row_name, len(names), len(values), kinds=kinds(values)))
            continue
        cells = tuple(GridCell(row_name, name, p.text, p.span, p.quantity) for name, p in zip(names, values))
        rows.append(GridRow(row_name, row_name, row_piece.span, "label", cells, block=item))
        headed = blocks and blocks[-1][0] == (item or "?") and variant in t.DISCLOSURE_BLOCKS
        row_variants.append(variant if headed else None)
    if not rows and not blocks:
        return None
    variants = [v for _, v, _ in blocks if v in t.DISCLOSURE_BLOCKS]
    # the most common; a tie goes to the block that comes first
    variant = max(dict.fromkeys(variants), key=variants.count) if variants else default_variant
    rows = [replace(row, label=_label(row.key, known or variant)) for row, known in zip(rows, row_variants)]
    return Grid("二", variant, lines[0].span, tuple(rows), tuple(issues), truncated, tuple(blocks))


def _label(key: str, variant: str) -> str:
    """The row's label as the template of ``variant`` prints it (规范性文件 is
    行政规范性文件 in the 2021 format)."""
    return next((row for block in t.DISCLOSURE_BLOCKS[variant] for row in block.rows
                 if row == key or row.endswith(key)), key)
