"""表格用的是另一年度的格式。

## 它检查什么
2021 年及以后的报告应使用国办公开办函〔2021〕30号的表格：表二第二十条第（一）项为
本年制发件数 / 本年废止件数 / 现行有效件数，（五）（六）为本年处理决定数量，（八）为
本年收费金额，没有（九）政府集中采购；表三（六）其他处理分为 3 项。2019、2020 年的
报告应使用 2019 年格式（本年新制作数量、上一年项目数量、本年增/减，有（九）项，
（六）其他处理只有一行）。本规则指出用错格式的表格块。

## 为什么重要
格式通知要求使用统一格式；用旧格式的数字无法与其他机关的报告汇总比较。

## 示例
2023 年报告中：
```
第二十条第（一）项
信息内容	本年新制作数量	本年新公开数量	对外公开总数量
```

## 应写作
```
信息内容	本年制发件数	本年废止件数	现行有效件数
```
"""

from govlint import Finding, hookimpl

CODE = "S107"
NAME = "wrong-template"
SEVERITY = "warning"

_NAME = {"2019": "2019 年格式（国办公开办函〔2019〕60号）", "2021": "2021 年格式（国办公开办函〔2021〕30号）"}


@hookimpl
def govlint_check(report, document):
    required = document.format
    if required not in _NAME:
        return
    for grid in document.tables.tables:
        if grid.kind == "二":
            for item, variant, span in grid.blocks:
                if variant in _NAME and variant != required and span is not None:
                    yield Finding(span, f"{report.year}年的报告应使用{_NAME[required]}，表二第二十条第（{item}）项"
                                        f"却用了{_NAME[variant]}的栏目",
                                  f"a {report.year} report must use the {required} format; table 2 item ({item}) "
                                  f"uses the {variant} columns")
        elif grid.kind == "三" and grid.variant != required and grid.variant in _NAME:
            row = grid.row("三(六)") or grid.row("三(六)1")
            span = row.span if row is not None else grid.span
            layout = "只有一行" if grid.variant == "2019" else "分为 3 项"
            yield Finding(span, f"{report.year}年的报告应使用{_NAME[required]}，表三“（六）其他处理”却{layout}"
                                f"（{_NAME[grid.variant]}）",
                          f"a {report.year} report must use the {required} format; table 3 row (6) "
                          f"follows the {grid.variant} layout")
