"""表格某行的单元格个数与模板的列数不符。

## 它检查什么
已识别的表格中，一行的数据单元格（数字、空格或误填的文字）多于或少于模板的列数
（表三 7 列，表四 15 列，表二按各项的列数）。这样的行无法确定每个单元格属于哪一列，
因此不参与勾稽关系的核对。连续多行出现同样的问题时只报告第一行，其余作为附注。
文件在表格中途截断时，截断的最后一行不判断。

## 为什么重要
多出或缺少的数字通常是多插了一列（如“法人或其他组织”小计）、丢了行标签或漏填。

## 示例
```
（三）不予公开	0	0	0	0	0	0	0	0
```
表三一行有 8 个单元格。
"""

from govlint import Finding, Note, ROW_SPECS, hookimpl, row_label

CODE = "T502"
NAME = "table-row-width"
SEVERITY = "error"


def _runs(issues):
    run = []
    for issue in issues:
        if run and issue.found != run[-1].found:
            yield run
            run = []
        run.append(issue)
    if run:
        yield run


@hookimpl
def govlint_check(document):
    for grid in document.tables.tables:
        width = [issue for issue in grid.issues if issue.kind == "width"]
        for run in _runs(width):
            first = run[0]
            what = "多于" if first.found > first.expected else "少于"
            name = row_label(first.row) if grid.kind == "三" and first.row in ROW_SPECS else first.row
            row = f"“{name}”行" if name else "数据行"
            more = f"（连续 {len(run)} 行如此）" if len(run) > 1 else ""
            notes = tuple(Note(issue.span, f"此行也有 {_count(issue)[0]}", f"this row has {_count(issue)[1]} too")
                          for issue in run[1:])
            count, count_en = _count(first)
            columns_en = f"{first.expected} column" + ("s" if first.expected != 1 else "")
            yield Finding(first.span, f"{grid.name}{row}有 {count}，{what}模板的 {first.expected} 列"
                                      f"{more}；无法确定各单元格所属的列，本行未核对勾稽关系",
                          f"{grid.name_en}: a row has {count_en} for {columns_en}", notes=notes)


def _count(issue) -> tuple[str, str]:
    """"8 个数字" when every cell holds a number, else "10 个单元格（其中 2 个是文字）"."""
    if issue.kinds and all(kind == "number" for kind in issue.kinds):
        return f"{issue.found} 个数字", f"{issue.found} numbers"
    words = issue.kinds.count("text")
    if not words:
        return f"{issue.found} 个单元格", f"{issue.found} cells"
    return f"{issue.found} 个单元格（其中 {words} 个是文字）", f"{issue.found} cells ({words} of them words)"
