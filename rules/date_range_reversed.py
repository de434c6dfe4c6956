"""日期区间的起止颠倒：“2021年12月1日至2021年3月1日”。

## 它检查什么
正文里用“至”“到”“—”“-”连接的两个日期（“自……起至……止”也算），终点早于起点。
终点省略的年份、月份按起点补足（“2021年1月1日至12月31日”的终点是 2021 年 12 月 31 日）；
只写到月的区间按月比较（“2021年3月至2021年1月”）。起点没有写年份的区间、丢了字的日期
（D103 报告）不检查。

## 为什么重要
起止颠倒的区间不表示任何一段时间，多是把年份或月份写错了；统计期限写颠倒，全年数据就失去了依据。

## 示例
```
本报告所列数据的统计期限自2021年12月31日起至2021年1月1日止。
```

## 应写作
```
本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。
```
"""

from govlint import Finding, hookimpl

CODE = "D106"
NAME = "date-range-reversed"
SEVERITY = "error"


@hookimpl
def govlint_check(document):
    for text, found in document.date_ranges:
        if found.is_reversed:
            written = text.raw[found.start:found.end]
            yield Finding(text.sub(found.start, found.end), f"日期区间“{written}”的终点早于起点",
                          f"the date range “{written}” ends before it starts")
