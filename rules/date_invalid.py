"""不可能存在的日期或年份。

## 它检查什么
- 日历上不存在的日期，如“2021年2月30日”“2020年13月1日”；
- 数字连在一起、丢了“年”“月”的日期，如“2025111231日”；
- “截至”“截止”某年，而该年份比报告年度晚一年以上，如 2018 年报告中的“截至2087年底”。

## 为什么重要
错误的日期多半是笔误，会让读者怀疑整份报告数据的可靠性。

## 示例
```
截至2087年底，共公开政府信息265条。
```

## 应写作
```
截至2018年底，共公开政府信息265条。
```
"""

import re

from govlint import Finding, hookimpl
from govlint.report_dates import all_dates

CODE = "D103"
NAME = "date-invalid"
SEVERITY = "error"

# a date whose 年 and 月 were lost: "2025111231日", "20250101日"
_RUN_TOGETHER = re.compile(r"(?<![0-9])(?:19|20)[0-9]{4,8}(?=[ \u3000]*日)")
_AS_OF = re.compile(r"(截至|截止|截止到|截至到)[ \u3000]*(?P<y>[0-9]{4})[ \u3000]*年")


@hookimpl
def govlint_check(report):
    for placed in all_dates(report):
        found = placed.date
        if found.is_complete and not found.is_valid:
            written = placed.text.raw[found.start:found.end]
            yield Finding(placed.span, f"日期“{written}”在日历上不存在",
                          f"the date “{written}” does not exist")
    for text in report.prose():
        for match in _RUN_TOGETHER.finditer(text.raw):
            yield Finding(text.sub(match.start(), match.end() + 1),
                          f"日期“{match.group(0)}日”缺少“年”“月”，无法识别",
                          f"the date “{match.group(0)}日” has lost its 年 and 月 and cannot be read")
    if report.year is None:
        return
    for text in report.prose():
        for match in _AS_OF.finditer(text.raw):
            year = int(match["y"])
            if year > report.year + 1 or year < 2000:
                yield Finding(text.sub(match.start("y"), match.end("y") + 1),
                              f"“{match.group(0)}”的年份不可能：这是{report.year}年度的报告",
                              f"“{match.group(0)}”: impossible year in a report for {report.year}")
