"""日期没有填写完整。

## 它检查什么
落款或正文中的日期缺少年、月或日，如模板里留下的“年 月 日”“2021年 月 日”；落款的日期
只写到月（“2023年1月”）的同样报告。丢了“日”字而数字还在的（“2023年1月20”）由 D103 报告。

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

from govlint import Finding, broken_signature, hookimpl

CODE = "D102"
NAME = "date-empty"
SEVERITY = "error"

_BLANK_PART = re.compile(r"年[ \u3000]+月|月[ \u3000]+日")


@hookimpl
def govlint_check(document):
    for placed in document.dates:
        if placed.date.is_complete:
            continue
        written = placed.text.raw[placed.date.start:placed.date.end]
        # in running text only a template blank counts ("年 月 日"), not "每年月日" prose
        if placed.role == "prose" and not _BLANK_PART.search(written):
            continue
        yield Finding(placed.span, f"日期“{written.strip()}”没有填写完整",
                      f"the date “{written.strip()}” is not filled in")
    broken = broken_signature(document.report)
    if broken is not None and broken.lacks_day:
        # a 落款 dated to the month only ("2023年1月"); a lost mark is D103's
        written = broken.text.raw[broken.date.start:broken.date.end]
        yield Finding(broken.text.sub(broken.date.start, broken.date.end),
                      f"落款日期“{written}”没有填写完整：缺少“日”", f"the signature date “{written}” has no day")
