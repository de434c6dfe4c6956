"""日期写坏了：日历上不存在，或者丢了“年”“月”“日”、数字连在了一起。

## 它检查什么
报告中任何一处日期（落款、标题下、正文）由同一个日期分词器读出，报告：
- 日历上不存在的日期：“2021年2月30日”“2020年13月1日”“2022年4月31日”；
- 年、月、日之间丢了字：“202203月15日”（丢了“年”）、“2022年0315日”（丢了“月”）、
  “2022年3月15召开”（丢了“日”）、“2025111231日”（数字连在一起，无法识别）；
- 年份多一位或少一位的完整日期：“202年1月20日”“20222年1月20日”；
- “截至”“截止”某年，而该年份比报告年度晚一年以上，如 2018 年报告中的“截至2087年底”。

只写到月的“2022年3月”、日期区间“3月1-5日”、带单位的“3月15家单位”不是残缺的日期。

## 为什么重要
错误的日期多半是笔误，会让读者怀疑整份报告数据的可靠性；丢了字的日期读者只能去猜。

## 示例
```
截至2087年底，共公开政府信息265条。2022年3月15召开专题会议。
```

## 应写作
```
截至2018年底，共公开政府信息265条。2022年3月15日召开专题会议。
```
"""

import re

from govlint import Finding, hookimpl

CODE = "D103"
NAME = "date-invalid"
SEVERITY = "error"

_AS_OF = re.compile(r"(截至|截止|截止到|截至到)[ \u3000]*(?P<y>[0-9]{4})[ \u3000]*年")

_LOST = {
    "no-nian": ("缺少“年”", "has lost its 年"),
    "no-yue": ("缺少“月”", "has lost its 月"),
    "no-ri": ("缺少“日”", "has lost its 日"),
    "run-together": ("缺少“年”“月”，数字连在一起，无法识别", "has lost its 年 and 月 and cannot be read"),
    "bad-year": ("的年份不是四位数", "has a year that is not four digits"),
}


@hookimpl
def govlint_check(report, document):
    for placed in document.date_tokens:
        found, written = placed.date, placed.written.strip()
        if found.flaw == "no-nian" and found.month is None:
            continue        # "2021以来": a year without 年 (W209)
        if found.flaw:
            zh, en = _LOST[found.flaw]
            suffix = "日" if found.flaw == "run-together" and not written.endswith("日") else ""
            yield Finding(placed.span, f"日期“{written}{suffix}”{zh}", f"the date “{written}” {en}")
        elif found.year is not None and found.is_impossible:
            yield Finding(placed.span, f"日期“{written}”在日历上不存在", f"the date “{written}” does not exist")
    if report.year is None:
        return
    for hit in document.search(_AS_OF):
        match = hit.match
        year = int(match["y"])
        if year > report.year + 1 or year < 2000:
            yield Finding(hit.text.sub(match.start("y"), match.end("y") + 1),
                          f"“{match.group(0)}”的年份不可能：这是{report.year}年度的报告",
                          f"“{match.group(0)}”: impossible year in a report for {report.year}")
