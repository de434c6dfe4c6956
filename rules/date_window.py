"""报告日期不在法定的编制公布期间内。

## 它检查什么
落款日期（或标题下的日期、网页的发布日期）应在报告年度结束之后、法定时限之前：
- 早于报告年度的 12 月 31 日：报告在统计期结束前就已成文，是错误；
- 晚于法定时限：2019 年起，县级以上政府部门为次年 1 月 31 日，人民政府为 3 月 31 日
  （条例第四十九条）；2018 年及以前的报告统一为 3 月 31 日。乡镇、街道等条例未规定时限的，
  按 3 月 31 日计。逾期是警告。

## 为什么重要
条例第四十九条规定了公布时限；逾期公布是考核中的扣分项，日期早于年度结束则说明日期写错。

## 示例
```
淄博市科学技术局
2022年3月15日
```
（2021 年度部门报告，应于 2022 年 1 月 31 日前公布）

## 应写作
在时限内公布，并如实填写成文日期。
"""

import datetime as dt

from govlint import Finding, agency_kind, deadline, hookimpl

CODE = "D104"
NAME = "date-window"
SEVERITY = "warning"

_ROLE = {"signature": "落款日期", "title": "标题下的日期", "meta": "发布日期"}


@hookimpl
def govlint_check(report, context, document):
    year = report.year
    if year is None:
        return
    agency = report.title.agency if report.title else None
    if report.signature is not None and report.signature.agency is not None:
        agency = agency or report.signature.agency.raw
    kind = context.get("agency_kind") or agency_kind(agency)
    last_day = deadline(year, kind)
    for placed in document.publication_dates:
        found = placed.date
        if not (found.is_complete and found.is_valid):
            continue
        when = dt.date(*found.as_tuple())
        label = _ROLE[placed.role]
        written = f"{when.year}年{when.month}月{when.day}日"
        if when <= dt.date(year, 12, 31):
            yield Finding(placed.span,
                          f"{label}{written}在{year}年度统计期结束之前（统计期到{year}年12月31日为止），"
                          f"年度报告只能在统计期结束后成文",
                          f"the {placed.role} date {when.isoformat()} is before the end of the report year {year}")
        elif when > last_day:
            who = "县级以上人民政府部门" if kind == "department" and year >= 2019 else "该机关"
            yield Finding(placed.span,
                          f"{label}{written}晚于法定公布时限（{who}应于{last_day.year}年{last_day.month}月"
                          f"{last_day.day}日前公布{year}年度报告）",
                          f"the {placed.role} date {when.isoformat()} is after the legal deadline "
                          f"{last_day.isoformat()} for the {year} report")
