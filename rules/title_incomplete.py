"""报告标题缺失，或标题中没有机关名称、年度。

## 它检查什么
报告开头应有标题，写明报告机关和年度，如“××市××局2021年政府信息公开工作年度报告”
（机关名称也可以单独占一行）。

## 为什么重要
标题是公众检索报告、上级机关汇总报告的依据；没有年度或机关名称的报告无法归档比对。
govlint 也依据标题中的年度选择适用的格式和公开时限。

## 示例
```
政府信息公开工作年度报告
```

## 应写作
```
淄博市科学技术局
2021年政府信息公开工作年度报告
```
"""

from govlint import Finding, Span, hookimpl

CODE = "S106"
NAME = "title-incomplete"
SEVERITY = "info"


@hookimpl
def govlint_check(report):
    title = report.title
    if title is None:
        first = next(iter(report.blocks), None)
        span = first.span if first is not None else Span(1, 1, 1, 1, 0, 0)
        yield Finding(span, "没有找到报告标题（应为“机关名称＋年度＋政府信息公开工作年度报告”）",
                      "no report title found (agency, year and 政府信息公开工作年度报告)")
        return
    missing = []
    if title.year is None:
        missing.append(("年度", "year"))
    if not title.agency:
        missing.append(("机关名称", "agency"))
    if missing:
        zh = "、".join(m[0] for m in missing)
        en = " and ".join(m[1] for m in missing)
        yield Finding(title.span, f"报告标题中没有{zh}", f"the title does not name the {en}")
