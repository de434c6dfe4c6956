"""Recognising table 三 (收到和处理政府信息公开申请情况) in a table region."""

from __future__ import annotations

from dataclasses import dataclass, replace

from govlint.model.tables import vocabulary as t
from govlint.model.tables.grid import Grid, GridCell, GridRow, Issue, Unrecognised
from govlint.model.tables.labels import is_application_header, match_application_row
from govlint.model.tables.stream import Line, Piece

WIDTH = len(t.APPLICATION_COLUMNS)


@dataclass(frozen=True)
class _Entry:
    """One line of table 三 as read: the row its label names, or why none."""

    key: str | None          # the row its label names (None: no label, or one not recognised)
    line: Line
    group: str | None        # the group of the rows just above it
    unknown: Piece | None    # a label that names no row
    label: Piece | None = None   # the label that names the row: where findings on the row stand

    @property
    def span(self):
        """The row's own place: its label's line, not the first line of a merged row."""
        return self.label.span if self.label is not None else self.line.span


def recognise(lines: list[Line], truncated: bool, default_variant: str) -> Grid | Unrecognised | None:
    entries = _entries(lines)
    if not entries:
        return None
    variant = _variant(entries, default_variant)
    rows, issues = _lay(entries, variant, truncated)
    span = lines[0].span
    if not rows and not issues:
        if truncated:
            return None
        return Unrecognised("三", span, "找到了表头，但没有一行能对应到模板的行标签和 7 列数字",
                            "a header was found but no row matched the template's labels and 7 columns")
    return Grid("三", variant, span, tuple(rows), tuple(issues), truncated)


def _entries(lines: list[Line]) -> list[_Entry]:
    entries: list[_Entry] = []
    group: str | None = None
    started = False
    for line in lines:
        key, unknown, label = None, None, None
        line = after_label(line, lambda text, group=group: (match_application_row(text, None)
                                                            or match_application_row(text, group)), WIDTH)
        for piece in line.labels:
            if not started and is_application_header(piece.text):
                continue
            found = match_application_row(piece.text, group)
            if found is None:
                unknown = unknown or piece
                continue
            key, unknown, label = found, None, piece
            if found in t.APPLICATION_ITEMS:
                group = found
            elif t.ROW_SPECS[found].group:
                group = t.ROW_SPECS[found].group
            else:
                group = None
        if key is not None:
            started = True
        has_numbers = any(p.quantity.kind != "blank" for p in line.values)
        if key is None and not (started and has_numbers):
            continue
        if key == "三" and not has_numbers:
            continue
        if key == "三":
            key = None
        entries.append(_Entry(key, line, group, unknown, label))
    return entries


def _variant(entries: list[_Entry], default: str) -> str:
    keys = {e.key for e in entries}
    if any(k and k.startswith("三(六)") and len(k) > 4 for k in keys):
        return "2021"
    if any(e.key == "三(六)" and any(p.quantity.kind != "blank" for p in e.line.values) for e in entries):
        following = [e for e in entries[entries.index(next(e for e in entries if e.key == "三(六)")) + 1:]]
        if not following or following[0].key is not None:
            return "2019"
    return default


def _lay(entries: list[_Entry], variant: str, truncated: bool):
    order = t.application_order(variant)
    rows: list[GridRow] = []
    issues: list[Issue] = []
    seen: set[str] = set()
    cursor = -1
    for index, entry in enumerate(entries):
        values = entry.line.values
        key, by = entry.key, "label"
        if key in t.APPLICATION_ITEMS and key not in order:
            if all(p.quantity.kind == "blank" for p in values):
                # a group label (（三）不予公开), alone or padded with empty cells
                cursor = order.index(t.APPLICATION_ITEMS[key][0].key) - 1
                continue
            lost = 0
            for later in entries[index + 1:]:
                if later.key is not None:
                    break
                lost += 1
            items = t.APPLICATION_ITEMS[key]
            if lost == len(items) - 1:
                key = items[0].key       # the group label stands on its first item's row
            else:
                cursor = order.index(items[0].key) - 1
                row = _row(entry, key, "label", truncated and index == len(entries) - 1, issues)
                if row is not None:
                    rows.append(replace(row, expects_numbers=False))   # a group total, written unasked
                continue
        if key is None:
            if not values:
                continue
            if cursor + 1 >= len(order):
                issues.append(Issue("unlabelled", entry.line.span, None, WIDTH, len(values)))
                continue
            key, by = order[cursor + 1], "position"
            if entry.unknown is not None:
                issues.append(Issue("unknown_label", entry.unknown.span, key, text=entry.unknown.text))
            else:
                issues.append(Issue("unlabelled", entry.line.span, key, WIDTH, len(values)))
        if key not in order or key in seen:
            continue
        if not values:
            cursor = order.index(key)
            continue
        seen.add(key)
        cursor = order.index(key)
        row = _row(entry, key, by, truncated and index == len(entries) - 1, issues)
        if row is not None:
            rows.append(row)
    return rows, issues


def _row(entry: _Entry, key: str, by: str, last_of_cut: bool, issues: list[Issue]) -> GridRow | None:
    values = fit(list(entry.line.values), WIDTH)
    span = entry.span if by == "label" else entry.line.span
    if len(values) != WIDTH:
        if not (last_of_cut and len(values) < WIDTH):
            issues.append(Issue("width", span, key, WIDTH, len(values), kinds=kinds(values)))
        return None
    cells = tuple(GridCell(key, column, p.text, p.span, p.quantity)
                  for column, p in zip(t.APPLICATION_COLUMNS, values))
    written = tuple((p.text, p.span) for p in entry.line.labels) if by == "label" else ()
    return GridRow(key, t.row_label(key), span, by, cells, written=written)


def after_label(line: Line, names, width: int | None = None) -> Line:
    """Words written after a row's label stand where numbers belong ("行政许可 | 若干"):
    move them to the values, unless the row's values already fill its ``width``
    (then the words are the rest of a label split into cells: "（二）部分公开（区分处理的 |
    只计这一情形 | …）")."""
    at = max((k for k, p in enumerate(line.labels) if names(p.text)), default=None)
    if at is None or at == len(line.labels) - 1 or not line.marked:
        return line
    if width is not None and len(fit(list(line.values), width)) == width:
        return line
    return replace(line, labels=line.labels[:at + 1], values=line.labels[at + 1:] + line.values)


def kinds(values: list[Piece]) -> tuple[str, ...]:
    """What each cell holds: "number", "blank", "not_reported" or "text"."""
    return tuple(p.quantity.kind for p in values)


def fit(values: list[Piece], width: int) -> list[Piece]:
    """Drop the blank cells a spanned label or merged padding leaves around a row's values."""
    while len(values) > width and values[0].quantity.kind == "blank":
        values = values[1:]
    while len(values) > width and values[-1].quantity.kind == "blank":
        values = values[:-1]
    return values
