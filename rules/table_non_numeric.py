"""表格中应填数字的单元格写了文字。

## 它检查什么
已识别表格的数字单元格中出现了无法读成数字的文字（如“若干”“见附件”）。可以识别
的写法不报告：全角数字、千分位逗号、带单位的金额（“106.36 万元”）、本年增/减栏的
“增 18”“减 5”“+3”“-2”，以及表示不适用的“/”“—”“无”。

## 为什么重要
文字无法参与汇总和勾稽核对，读者也无法比较。

## 示例
```
行政许可	若干	0	0
```

## 应写作
填写具体数字；不适用的填“/”。
"""

from govlint import Finding, hookimpl

CODE = "T504"
NAME = "table-non-numeric"
SEVERITY = "error"


@hookimpl
def govlint_check(document):
    for grid, row, cell in document.tables.cells():
        if cell.quantity.kind == "text":
            yield Finding(cell.span, f"{grid.name}“{row.label}”行“{cell.column}”列应填数字，却写了“{cell.raw}”",
                          f"{grid.name_en}: row “{row.label}”, column “{cell.column}” holds text "
                          f"“{cell.raw}” where a number belongs")
