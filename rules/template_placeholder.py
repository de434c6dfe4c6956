"""模板中的占位符没有替换。

## 它检查什么
报告中残留的模板占位符：XX、××、【单位名称】、20XX年 之类。

## 为什么重要
占位符说明报告是照模板套写后没有填完，公布出去会闹笑话，也让数据失去可信度。

## 示例
```
XX局2021年政府信息公开工作年度报告
本年度共收到申请××件。
```

## 应写作
填上真实的机关名称和数字。
"""

import re

from govlint import Finding, hookimpl

CODE = "W102"
NAME = "template-placeholder"
SEVERITY = "error"

_PLACEHOLDER = re.compile(
    r"(?=[XxＸｘ×✕╳【])"                              # (what a match starts with: the rest is not tried elsewhere)
    r"(?:(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])"          # XX, xx, ＸＸ (not inside a word or address)
    r"|[×✕╳]{2,}"                                       # ××
    r"|【[^】\n0-9]{0,12}(?:名称|单位|机关|日期|时间|填写|数字|XX|××)[^】\n0-9]{0,12}】)"
)


@hookimpl
def govlint_check(document):
    for hit in document.search(_PLACEHOLDER, cells=True, title=True):
        yield Finding(hit.span, f"模板占位符“{hit.match.group(0)}”没有替换成实际内容",
                      f"template placeholder “{hit.match.group(0)}” left in the text")
