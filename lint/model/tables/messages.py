"""Explaining a broken identity in words: the table, the row and the column by
their official labels, and the arithmetic."""

from __future__ import annotations

from govlint.syntax.numerals import Number, format_number
from govlint.model.tables import vocabulary as t
from govlint.model.tables.grid import Grid
from govlint.model.tables.identities import Violation


number = format_number   # how the messages write a figure


def _shown(grid: Grid, ref) -> str:
    cell = grid.cell(*ref)
    if cell is not None and cell.is_blank:
        return "空"
    value = cell.number if cell is not None else None
    return number(value) if value is not None else "0"


def _is(grid: Grid, ref, value: Number) -> tuple[str, str]:
    cell = grid.cell(*ref)
    if cell is not None and cell.is_blank:
        return "为空", "is blank"
    return f"为 {number(value)}", f"is {number(value)}"


def _row_name(grid: Grid, key: str) -> str:
    if grid.kind == "三":
        return t.row_label(key).split(" ")[-1] if t.ROW_SPECS[key].group else t.ROW_SPECS[key].label
    row = grid.row(key)
    return row.label if row is not None else key


def _terms(grid: Grid, refs) -> str:
    return " + ".join(_shown(grid, ref) for ref in refs)


def explain(grid: Grid, violation: Violation) -> tuple[str, str]:
    identity = violation.identity
    kind = identity.kind
    if kind == "row_total":
        (row, _), = identity.left
        said, said_en = _is(grid, identity.left[0], violation.left)
        label = t.row_label(row)
        return (f"表三“{label}”行：总计{said}，而自然人至其他各列之和为 {number(violation.right)}"
                f"（{_terms(grid, identity.right)}）",
                f"{grid.name_en}, row “{label}”: the total {said_en} but the applicant columns add up to "
                f"{number(violation.right)}")
    if kind == "column_balance":
        column = identity.left[0][1]
        return (f"表三“{column}”列：一、本年新收（{_shown(grid, identity.left[0])}）加二、上年结转"
                f"（{_shown(grid, identity.left[1])}）为 {number(violation.left)}，而三、（七）总计"
                f"（{_shown(grid, identity.right[0])}）加四、结转下年度继续办理（{_shown(grid, identity.right[1])}）"
                f"为 {number(violation.right)}（本列应满足 一 + 二 = 三 + 四）",
                f"{grid.name_en}, column “{t.APPLICANT_EN[column]}”: new ({number(violation.left)} with carried-in) "
                f"≠ outcomes total plus carried-over ({number(violation.right)})")
    if kind == "outcome_total":
        column = identity.left[0][1]
        said, said_en = _is(grid, identity.left[0], violation.left)
        return (f"表三“{column}”列：（七）总计{said}，而（一）至（六）各项之和为 {number(violation.right)}",
                f"{grid.name_en}, column “{t.APPLICANT_EN[column]}”: (7) total {said_en} but the outcomes "
                f"(1)–(6) add up to {number(violation.right)}")
    if kind == "group_total":
        row, column = identity.left[0]
        said, said_en = _is(grid, identity.left[0], violation.left)
        return (f"表三“{t.ROW_SPECS[row].label}”行“{column}”列：合计{said}，而其 {len(identity.right)} 个分项之和为 "
                f"{number(violation.right)}",
                f"{grid.name_en}, row “{t.ROW_SPECS[row].label}”, column “{t.APPLICANT_EN[column]}”: the group "
                f"{said_en} but its items add up to {number(violation.right)}")
    if kind == "review_total":
        group = identity.left[0][0]
        said, said_en = _is(grid, identity.left[0], violation.left)
        return (f"表四“{group}”：总计{said}，而结果维持、结果纠正、其他结果、尚未审结之和为 "
                f"{number(violation.right)}（{_terms(grid, identity.right)}）",
                f"{grid.name_en}, {t.REVIEW_GROUP_EN[group]}: the total {said_en} but maintained, corrected, "
                f"other and pending add up to {number(violation.right)}")
    parent = identity.left[0][0]
    said, said_en = _is(grid, identity.left[0], violation.left)
    parts = "，".join(f"{_row_name(grid, ref[0])} {_shown(grid, ref)}" for ref in identity.right)
    relation = "之和为" if identity.exhaustive else "之和已达"
    return (f"统计表“{_row_name(grid, parent)}”{said}，而其分项{relation} {number(violation.right)}（{parts}）",
            f"{grid.name_en}: “{_row_name(grid, parent)}” {said_en} but its sub-items add up to "
            f"{number(violation.right)}")


# ── an identity written out, for pages that draw the tables ─────────────────


def _term(grid: Grid, ref, along: str) -> str:
    """What a cell is called inside an identity that runs ``along`` a row (its column)
    or a column (its row: "三（七）" in table 三, the indicator in the 统计表)."""
    row, column = ref
    if along == "row":
        return column
    if along == "column":
        if grid.kind == "三":
            return row.replace("(", "（").replace(")", "）")
        if grid.kind == "统计表":
            return row.rsplit("/", 1)[-1]
        return _row_name(grid, row)
    return f"{_row_name(grid, row)}·{column}"


def formula(grid: Grid, identity) -> tuple[str, str, str]:
    """Where an identity applies (Chinese, English) and the identity in the official
    labels: ("“自然人”列", "column “natural persons”", "一 + 二 = 三（七） + 四")."""
    refs = identity.left + identity.right
    rows = {row for row, _ in refs}
    columns = {column for _, column in refs}
    if len(rows) == 1:
        along = "row"
        row = _row_name(grid, refs[0][0])
        scope, scope_en = f"“{row}”行", f"row “{row}”"
    elif len(columns) == 1:
        along = "column"
        column = refs[0][1]
        scope, scope_en = f"“{column}”列", f"column “{t.APPLICANT_EN.get(column, column)}”"
        if grid.kind == "统计表":      # the table has one column of figures: naming it says nothing
            scope, scope_en = "", ""
    else:
        along, scope, scope_en = "", "", ""
    relation = "=" if identity.exhaustive else "≥"
    left = " + ".join(_term(grid, ref, along) for ref in identity.left)
    right = " + ".join(_term(grid, ref, along) for ref in identity.right)
    return scope, scope_en, f"{left} {relation} {right}"


def figures(grid: Grid, identity, left: float, right: float, holds: bool) -> str:
    """The numbers of an identity in the same order: "38 + 2 ≠ 35 + 6" (a blank cell
    is shown as 空, "=" or "≥" where the identity holds)."""
    if holds:
        relation = "=" if abs(left - right) < 1e-6 else "≥"
    else:
        relation = "≠" if identity.exhaustive else "<"
    return f"{_terms(grid, identity.left)} {relation} {_terms(grid, identity.right)}"
