"""表格中应填数字的单元格是空的。

## 它检查什么
已识别的表二、表三、表四和旧版统计表中，模板要求填数字的单元格留空（没有数字，
也没有“/”“—”之类的不适用标记）。表三的分组标签行（（三）不予公开、（四）无法提供、
（五）不予处理，2021 年格式还有（六）其他处理）本身不填数字，不在此列。每张表报告
一次，位置是第一个空单元格，其余的空单元格作为附注列出。文件在表格中途截断时，
截断处之后不判断。

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

CODE = "T501"
NAME = "table-empty-cell"
SEVERITY = "warning"


def _where(grid, item, en=False):
    """Where an empty cell (or a 统计表 row with no cell) is, by its labels."""
    if not hasattr(item, "column"):
        return f"“{item.label}”"
    row = grid.row(item.row)
    label = row.label if row is not None else item.row
    if item.column == "统计数":
        return f"“{label}”"
    return f"row “{label}”, column “{item.column}”" if en else f"“{label}”行“{item.column}”列"


@hookimpl
def govlint_check(document):
    for grid in document.tables.tables:
        empty = [cell for row in grid.rows if row.expects_numbers for cell in row.cells if cell.is_blank]
        empty += [row for row in grid.rows if row.expects_numbers and not row.cells and grid.kind == "统计表"]
        if not empty:
            continue
        notes = tuple(Note(item.span, f"{_where(grid, item)}也为空", f"{_where(grid, item, en=True)} is empty too")
                      for item in empty[1:])
        more = f"（本表共 {len(empty)} 个空单元格）" if len(empty) > 1 else ""
        yield Finding(empty[0].span, f"{grid.name}{_where(grid, empty[0])}应填数字，却为空{more}；没有发生的请填 0",
                      f"{grid.name_en}: {len(empty)} cell(s) where a number belongs are empty", notes=notes)
