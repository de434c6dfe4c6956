"""本年的“上年结转”与上一年度报告的“结转下年度”不一致。

## 它检查什么
同一机关相邻两年的报告一起检查时（如 `govlint 2022年报.txt 2023年报.txt`），
本年表三“二、上年结转政府信息公开申请数量”的每一列，应等于上一年度报告表三
“四、结转下年度继续办理”的同一列。机关按名称识别（全称、简称、带不带上级地名都算同一机关）。

## 为什么重要
上年没办完的申请，就是今年接着办的申请；两份报告对不上，说明其中一份的数字有误，
或有申请在两年之间“消失”了。

## 示例
2022 年报告：
```
四、结转下年度继续办理	2	0	0	0	0	0	2
```
2023 年报告：
```
二、上年结转政府信息公开申请数量	0	0	0	0	0	0	0
```

## 应写作
核对两年的台账，使两个数字一致。
"""

from govlint import Finding, format_number as number, hookimpl, same_agency

CODE = "X101"
NAME = "carry-over-across-years"
SEVERITY = "warning"

COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")


@hookimpl
def govlint_check_reports(documents):
    dated = []
    for document in documents:
        agency = document.agency
        if document.report.year is not None and agency is not None:
            dated.append((document, agency.name))
    for later, name in dated:
        for earlier, other in dated:
            if earlier.report.year == later.report.year - 1 and same_agency(name, other):
                yield from _compare(earlier, later)


def _compare(earlier_document, later_document):
    earlier, later = earlier_document.report, later_document.report
    before = earlier_document.tables.table("三")
    after = later_document.tables.table("三")
    if before is None or after is None:
        return
    differing = []
    for column in COLUMNS:
        out, into = before.value("四", column), after.value("二", column)
        if out is not None and into is not None and out != into:
            differing.append((column, out, into))
    if not differing:
        return
    column = "总计" if any(c == "总计" for c, _, _ in differing) else differing[0][0]
    cell = after.cell("二", column)
    if cell is None:
        return
    detail = "；".join(f"{c}列：本年 {number(i)}，上年结转出 {number(o)}" for c, o, i in differing)
    detail_en = "; ".join(f"{c}: {number(i)} here, {number(o)} carried out last year" for c, o, i in differing)
    yield later, Finding(cell.span,
                         f"表三“二、上年结转政府信息公开申请数量”与{earlier.year}年度报告（{earlier.path}）"
                         f"“四、结转下年度继续办理”不一致：{detail}",
                         f"table 三 row 二 (carried over from {earlier.year}) does not match row 四 of the "
                         f"{earlier.year} report ({earlier.path}): {detail_en}")
