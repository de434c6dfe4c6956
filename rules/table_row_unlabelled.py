"""表格的数据行没有行标签，或行标签与模板对不上。

## 它检查什么
表三中只有数字、没有行标签的行（标签在转换中丢失），以及标签无法对应到模板任何一行
的数据行。govlint 按模板中的位置推定它是哪一行并照常核对，但提示标签缺失。连续多
行缺标签时只报告第一行，其余作为附注。

## 为什么重要
没有行标签，读者无法知道数字说的是哪一种申请或办理结果。

## 示例
```
（三）不予公开	0	0	0	0	0	0	0
	0	0	0	0	0	0	0
```
第二行没有“2.其他法律行政法规禁止公开”的标签。

## 应写作
每一行都写出模板规定的行标签。
"""

from govlint import Finding, Note, ROW_SPECS, hookimpl, row_label

CODE = "T503"
NAME = "table-row-unlabelled"
SEVERITY = "warning"


def _name(key):
    return row_label(key) if key in ROW_SPECS else (key or "")


@hookimpl
def govlint_check(document):
    for grid in document.tables.tables:
        unlabelled = [i for i in grid.issues if i.kind == "unlabelled"]
        if unlabelled:
            first = unlabelled[0]
            taken = f"按位置推定为“{_name(first.row)}”" if first.row else "模板中已没有可对应的行"
            more = f"（共 {len(unlabelled)} 行没有标签）" if len(unlabelled) > 1 else ""
            notes = tuple(Note(i.span, f"此行也没有标签，推定为“{_name(i.row)}”",
                               f"no label here either, taken as “{_name(i.row)}”") for i in unlabelled[1:])
            yield Finding(first.span, f"{grid.name}此行只有数字、没有行标签，{taken}{more}",
                          f"{grid.name_en}: a row without a label, taken by its place as “{_name(first.row)}”",
                          notes=notes)
        for issue in grid.issues:
            if issue.kind == "unknown_label":
                yield Finding(issue.span, f"{grid.name}行标签“{issue.text}”与模板的任何一行都对不上，"
                                          f"按位置推定为“{_name(issue.row)}”",
                              f"{grid.name_en}: the row label “{issue.text}” matches no template row; "
                              f"taken by its place as “{_name(issue.row)}”")
