"""正文说“没有”，表格却有数字。

## 它检查什么
正文说“未收到政府信息公开申请”“未发生行政复议、行政诉讼”之类，而表三的本年新收
申请数，或表四的行政复议、行政诉讼总计大于 0。只说某一类申请人、某一种渠道或某一种
办理结果的“没有”（“未收到法律服务机构的申请”“未收到通过信函方式提交的申请”）不算。

## 为什么重要
这是最容易被读者发现的自相矛盾：要么正文是照抄往年的套话，要么表格填错了。

## 示例
```
2021年，我局未收到政府信息公开申请。
……
一、本年新收政府信息公开申请数量	2	0	0	0	0	0	2
```

## 应写作
按实际情况改写正文，或更正表格。
"""

from govlint import Finding, MEASURES, Note, format_number as number, hookimpl

CODE = "P105"
NAME = "prose-denies-table"
SEVERITY = "error"


@hookimpl
def govlint_check(document):
    suspects = document.suspect_cells
    for claim in document.claims:
        if not claim.denial:
            continue
        readings = document.figures(claim)
        if not readings or min(f.value for f in readings) <= 0:
            continue
        figure = readings[0]
        if any((figure.grid.kind, *ref) in suspects for ref in figure.refs):
            continue
        said = claim.text.raw[claim.start:claim.end]
        cell = figure.grid.cell(*figure.refs[-1])
        notes = (Note(cell.span, f"{figure.label}为 {number(figure.value)}",
                      f"the table figure is {number(figure.value)}"),) if cell is not None else ()
        yield Finding(claim.text.sub(claim.start, claim.end),
                      f"正文说“{said}”，而{figure.label}为 {number(figure.value)}"
                      f"（{MEASURES[claim.measure].name}不是 0）",
                      f"the text says “{said}” but the table shows {number(figure.value)}", notes=notes)
