"""日期没有填写完整。

## 它检查什么
落款或正文中的日期缺少年、月或日，如模板里留下的“年 月 日”“2021年 月 日”。

## 为什么重要
空白日期说明报告是未完成的模板，无法判断是否按时编制公布。

## 示例
```
××市××局
2022年  月  日
```

## 应写作
```
××市××局
2022年1月20日
```
"""

import re

from govlint import Finding, hookimpl
from govlint.model.placed_dates import all_dates

CODE = "D102"
NAME = "date-empty"
SEVERITY = "error"

_BLANK_PART = re.compile(r"年[ \u3000]+月|月[ \u3000]+日")


@hookimpl
def govlint_check(report):
    for placed in all_dates(report):
        if placed.date.is_complete:
            continue
        written = placed.text.raw[placed.date.start:placed.date.end]
        # in running text only a template blank counts ("年 月 日"), not "每年月日" prose
        if placed.role == "prose" and not _BLANK_PART.search(written):
            continue
        yield Finding(placed.span, f"日期“{written.strip()}”没有填写完整",
                      f"the date “{written.strip()}” is not filled in")
