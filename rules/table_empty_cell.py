"""表格中应填数字的单元格是空的。

## 它检查什么
已识别的表二、表三、表四和旧版统计表中，模板要求填数字的单元格留空（没有数字，
也没有“/”“—”之类的不适用标记）。每张表报告一次，位置是第一个空单元格，其余的
空单元格作为附注列出。文件在表格中途截断时，截断处之后不判断。

## 为什么重要
空白不等于 0：读者无法判断是没有发生、没有统计还是漏填。

## 示例
```
				0	0	0	0	0	0	0	0	0	0
```
表四行政复议的五个单元格为空。

## 应写作
没有发生的填 0；确实不适用的填“/”。
"""

from govlint import Finding, Note, hookimpl
from govlint.tables import recognise

CODE = "T501"
NAME = "table-empty-cell"
SEVERITY = "warning"


def _where(grid, cell):
    row = grid.row(cell.row)
    label = row.label if row is not None else cell.row
    return f"“{label}”行“{cell.column}”列" if cell.column != "统计数" else f"“{label}”"


@hookimpl
def govlint_check(report):
    for grid in recognise(report).tables:
        empty = [cell for row in grid.rows if row.expects_numbers for cell in row.cells if cell.is_blank]
        empty += [row for row in grid.rows if row.expects_numbers and not row.cells and grid.kind == "统计表"]
        if not empty:
            continue
        spans = [getattr(item, "span") for item in empty]
        names = [_where(grid, item) if hasattr(item, "column") else f"“{item.label}”" for item in empty]
        notes = tuple(Note(span, f"{name}也为空", f"{name} is empty too")
                      for span, name in zip(spans[1:], names[1:]))
        more = f"（本表共 {len(empty)} 个空单元格）" if len(empty) > 1 else ""
        yield Finding(spans[0], f"{grid.name}{names[0]}应填数字，却为空{more}；没有发生的请填 0",
                      f"{grid.name}: {len(empty)} cell(s) where a number belongs are empty", notes=notes)
