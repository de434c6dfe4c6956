"""日期写在标题下方，报告末尾没有落款。

## 它检查什么
报告唯一的日期紧跟在标题之下（如单独一行的“2021年1月14日”），
而正文之后没有机关名称和日期组成的落款。标题下加括号的日期
“（2022年1月25日）”是发布稿的题注，是公认的写法，不报告。

## 为什么重要
公文的成文日期应在落款处，与机关名称一起表明报告经过审核签发。
只在标题下写日期的报告，看不出由谁、何时签发。

## 示例
```
××市××局
2020年政府信息公开工作年度报告
2021年1月14日
一、总体情况
……
六、其他需要报告的事项
无。
```

## 应写作
把日期移到正文之后，与机关名称一起作为落款。
"""

from govlint import Finding, hookimpl

CODE = "D105"
NAME = "date-under-title"
SEVERITY = "warning"


@hookimpl
def govlint_check(report):
    if report.title_date is None or report.signature is not None:
        return
    if report.title_date.date.is_bracketed:
        return  # a title note (题注), the published form of the date
    text = report.title_date.date.text
    yield Finding(text.span, f"日期“{text.raw}”写在标题下方，报告末尾没有落款（机关名称和日期）",
                  f"the date “{text.raw}” stands under the title and the report has no signature block")
