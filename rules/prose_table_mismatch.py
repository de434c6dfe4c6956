"""正文中的数字与表格不一致。

## 它检查什么
正文（多在“总体情况”和“依申请公开”部分）复述的表格数字与表三、表四不符：
收到（受理）的申请数、上年结转数、结转下年度数、予以公开／部分公开／不予公开／
无法提供／不予处理的件数、行政复议和行政诉讼的案件数。“收到申请”既可指本年新收，
也可指新收加上年结转，两种都认可。表格自身的勾稽关系已经不平的单元格不作比较
（由 T 类规则报告），提到其他年份或同比的句子也不比较；以另一个机关为主语的分句（县政府报告中的
“县教育局共收到申请3件”）说的是下属单位的数字，不与全县的表格比较。

## 为什么重要
读者往往只读正文；正文和表格说法不一，两者至少有一个是错的，报告的可信度随之受损。

## 示例
```
本年度共受理政府信息公开申请2件。
……
一、本年新收政府信息公开申请数量	3	0	0	0	0	0	3
```

## 应写作
核对后使正文与表格一致。
"""

from govlint import Finding, MEASURES, Note, format_number as number, hookimpl

CODE = "P104"
NAME = "prose-table-mismatch"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    suspects = document.suspect_cells
    for claim in document.claims:
        if claim.denial:
            continue
        readings = document.figures(claim)
        if not readings or any(claim.value == f.value for f in readings):
            continue
        if any((f.grid.kind, *ref) in suspects for f in readings for ref in f.refs):
            continue
        figure = readings[0]
        measure = MEASURES[claim.measure]
        stated = claim.text.raw[claim.start:claim.end]
        cell = figure.grid.cell(*figure.refs[-1])
        notes = (Note(cell.span, f"{figure.label}为 {number(figure.value)}",
                      f"the table figure is {number(figure.value)}"),) if cell is not None else ()
        yield Finding(claim.text.sub(claim.start, claim.end),
                      f"正文说{measure.name}为“{stated}”，而{figure.label}为 {number(figure.value)}",
                      f"the text states {stated} ({claim.measure}) but the table says {number(figure.value)}",
                      notes=notes)
