"""正文中间又出现一个报告标题。

## 它检查什么
报告已经开始（第一个部分标题之后），又出现一行“××年政府信息公开工作年度报告”
这样的标题。正文开头网页重复显示的标题不算。

## 为什么重要
多半是把另一份报告（别的年度或别的机关）粘贴进来了：后面的内容、数字和日期
可能都不属于本报告，结构和表格检查也会因此失准。

## 示例
```
六、其他需要报告的事项
无。
2020年政府信息公开工作年度报告
一、总体情况
```

## 应写作
删去混入的另一份报告，或把两份报告分成两个文件。
"""

from govlint import Finding, Title, hookimpl

CODE = "S108"
NAME = "title-repeated"
SEVERITY = "warning"


@hookimpl
def govlint_check(report):
    if not report.sections:
        return
    body_starts = report.sections[0].heading.span.start
    for block in report.iter(Title):
        if block.span.start > body_starts:
            first = f"（报告标题在第 {report.title.span.line} 行）" if report.title else ""
            yield Finding(block.span, f"正文中间又出现报告标题“{block.text}”{first}，疑为混入了另一份报告",
                          f"a second report title “{block.text}” inside the body: another report pasted in?")
