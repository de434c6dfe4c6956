"""表格中不应为负的数字是负数。

## 它检查什么
表二、表三、表四和旧版统计表中的数量和金额都不能为负；只有表二（2019 年格式）的
“本年增/减”栏可以为负（“减 5”“-2”）。

## 为什么重要
负的件数、金额没有意义，通常是把增减数填错了栏。

## 示例
```
规章	-1	0	3
```

## 应写作
填写非负的数量；减少的数目只填在“本年增/减”栏。
"""

from govlint import Finding, format_number as number, hookimpl

CODE = "T301"
NAME = "table-negative-value"
SEVERITY = "error"


@hookimpl
def govlint_check(document):
    for grid, row, cell in document.tables.cells():
        value = cell.number
        if value is not None and value < 0 and "增/减" not in cell.column:
            yield Finding(cell.span, f"{grid.name}“{row.label}”行“{cell.column}”列为 {number(value)}，"
                                     f"这一栏不能为负",
                          f"{grid.name_en}: row “{row.label}”, column “{cell.column}” is {number(value)}, "
                          f"which cannot be negative")
