"""表三某些行的总计栏留空，而各类申请人栏填了数字。

## 它检查什么
表三中总计单元格为空、但同一行的自然人至其他各列填有非零数字的行。每张表只报告
一次，其余各行作为附注列出。核对其他勾稽关系时，这样的空总计按该行各列之和计算。

## 为什么重要
空白不等于 0：读者无法从表中读出这一行的合计，汇总时也容易被当作 0。

## 示例
```
（一）予以公开	258	12			1	1	
```

## 应写作
```
（一）予以公开	258	12	0	0	1	1	272
```
"""

from govlint import (
    APPLICANTS, Finding, Note, TOTAL, blank_totals, format_number as number, hookimpl, row_label,
)

CODE = "T105"
NAME = "table3-blank-total"
SEVERITY = "warning"


def _sum(grid, row):
    return number(sum(grid.value(row.key, c) or 0 for c in APPLICANTS))


@hookimpl
def govlint_check(document):
    for grid in document.tables.tables:
        rows = blank_totals(grid)
        if not rows:
            continue
        first = rows[0]
        span = grid.cell(first.key, TOTAL).span
        notes = tuple(Note(grid.cell(row.key, TOTAL).span,
                           f"“{row_label(row.key)}”行总计为空，各列之和为 {_sum(grid, row)}",
                           f"row “{row_label(row.key)}”: total blank, the columns add up to {_sum(grid, row)}")
                      for row in rows[1:])
        more = f"（共 {len(rows)} 行如此）" if len(rows) > 1 else ""
        yield Finding(span, f"表三“{row_label(first.key)}”行：总计栏为空，而自然人至其他各列之和为 "
                            f"{_sum(grid, first)}{more}；请填写总计",
                      f"{grid.name_en}, row “{row_label(first.key)}”: the total is blank while the applicant "
                      f"columns add up to {_sum(grid, first)} ({len(rows)} rows like this)", notes=notes)
