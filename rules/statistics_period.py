"""报告写明的统计期限不是报告年度的 1月1日至12月31日。

## 它检查什么
报告中说明统计期限的句子（“所列数据的统计期限自……至……”“统计期为……”“统计时间……”“所列数据截至……”），
其中的日期区间或截止日期：
- 起止年份不是报告年度（2021 年度报告写“统计期限为2021年1月1日至2022年12月31日”），
  多是照抄别的报告或改漏了年份；
- 只写了截止日期的（“本报告所列数据截至2020年12月31日”“数据统计至2021年11月30日”），
  截止日期不在报告年度，或不是报告年度的 12月31日；
- 起点不是 1月1日或终点不是 12月31日（“自2021年1月1日至2021年11月30日”）。
区间由日期分词器读出，终点省略的年份按起点补足。从标题年份以外某年的 1月1日起算的期限由 W205 报告，这里不重复。起止颠倒由 D106 报告，丢了字的日期由 D103 报告；
“据统计，2021年1月至6月……”这样的统计数字不是统计期限，不检查。

## 为什么重要
条例第五十条要求年度报告报告上一年度的工作情况：统计期限写错，表格和正文里的数字就说不清
属于哪一年。

## 示例
```
2021年政府信息公开工作年度报告
本报告所列数据的统计期限自2021年1月1日起至2021年11月30日止。
```

## 应写作
```
本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。
```
"""

import re

from govlint import (
    Finding, PERIOD_CLAUSE_END as _CLAUSE_END, date_tokens as tokens, hookimpl,
    period_word_before as _period_word_before,
)

CODE = "D107"
NAME = "statistics-period"
SEVERITY = "warning"

_AS_OF = re.compile(r"(?:截至|截止到|截止|截至到|统计至|统计到)[ \u3000]*$")


def _told_by_w205(report, first) -> bool:
    """W205 (report-self-reference) already reports a period that starts on 1 January of a
    year other than the title's: the same slip is not reported twice."""
    title_year = report.title.year if report.title is not None else None
    return title_year is not None and first.year != title_year and (first.month, first.day) == (1, 1)


@hookimpl
def govlint_check(report, document):
    year = report.year
    for text, found in document.date_ranges:
        if found.is_reversed or not _period_word_before(text.raw, found.start):
            continue
        first, last = found.first, found.last_resolved
        written = text.raw[found.start:found.end]
        span = text.sub(found.start, found.end)
        if _told_by_w205(report, first):
            continue
        if year is not None and (first.year != year or last.year != year):
            yield Finding(span, f"统计期限“{written}”不是报告年度{year}年",
                          f"the statistics period “{written}” is not the report year {year}")
        elif (first.month, first.day or 1) != (1, 1) or (last.month, last.day or 31) != (12, 31):
            yield Finding(span, f"统计期限“{written}”不是完整的自然年（应为1月1日至12月31日）",
                          f"the statistics period “{written}” is not the whole calendar year (1 January to 31 December)")
    if year is None:
        return
    in_ranges = {(text.span.start, found.first.start) for text, found in document.date_ranges}
    for text in document.prose(logical=True):
        for found in tokens(text.raw):
            if found.flaw or found.year is None or found.month is None or (text.span.start, found.start) in in_ranges:
                continue
            if not _AS_OF.search(text.raw[max(0, found.start - 6):found.start]):
                continue
            if not _period_word_before(text.raw, found.start, _CLAUSE_END + "，,"):
                continue
            written = text.raw[found.start:found.end]
            if found.year != year:
                yield Finding(text.sub(found.start, found.end), f"统计期限截至“{written}”，不是报告年度{year}年",
                              f"the statistics period ends on “{written}”, not in the report year {year}")
            elif found.day is not None and (found.month, found.day) != (12, 31):
                yield Finding(text.sub(found.start, found.end),
                              f"统计期限截至“{written}”，不是报告年度的12月31日：全年的数字没有统计完",
                              f"the statistics period ends on “{written}”, not on 31 December of the report year")
