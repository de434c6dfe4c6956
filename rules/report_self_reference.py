"""报告自称的年份或机关与标题不符：“现将我局2020年度政府信息公开工作报告如下”（标题为2021年）。

## 它检查什么
正文中指向本报告的句子（“现将……年度报告公布如下”“本报告由……编制”“现公布……年度报告”
“编制……年度报告”）所写的年份与报告年份不同（年份写作 2022、２０２２ 或 二〇二二 都一样），
或所写的机关与标题中的机关不同。
书名号里的文件名（“《关于做好2020年度政府信息公开工作年度报告编制工作的通知》”）和
提到上一年报告的句子（“上年度报告中提出的问题”“对照2021年度……年度报告中提出的问题”）不报告：
只有作为“现将……报告如下”“本报告为……”这类自我介绍的对象的年份才核对。
本报告数据的统计期限（“统计期限为2020年1月1日至……”“统计区间：二〇二〇年一月一日至……”）从另一年的
1月1日开始的，同样报告；日期由所有日期规则共用的日期分词器读出，写法不限。
标题中的机关只写地名（“鹿鸣县2022年……年度报告”）时，它指该地的人民政府。

## 为什么重要
这几乎总是照抄上一年或别的机关的报告后没有改干净，读者会怀疑整份报告的内容。

## 示例
```
某市某局2021年政府信息公开工作年度报告
……现将我局2020年度政府信息公开工作情况报告如下。
```

## 应写作
```
……现将我局2021年度政府信息公开工作情况报告如下。
```
"""

import re

from govlint import (PERIOD_WORD, Finding, SELF_NAMED, date_tokens, depths, hookimpl, period_starts, same_agency,
                     sentences)

CODE = "W205"
NAME = "report-self-reference"
SEVERITY = "error"

_SELF = re.compile(r"现将|现公布|现发布|现予|现编制|特编制|编制|本报告|本年度报告|本年报|报告如下|公布如下")
_EARLIER = re.compile(r"上一?年|去年|往年|历年|以往|前一年")
# (the year in any digits: 2022, ２０２２, 二〇二二)
_REPORT_YEAR = re.compile(r"(?<![0-9０-９〇○零一二三四五六七八九])(?P<year>(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇○零一二三四五六七八九]{3})"
                          r"\s*年度?(?:[\u4e00-\u9fff]{0,6}?)政府信息公开(?:工作)?"
                          r"(?:情况|年度|工作年度)?(?:报告|年报)")
# the report as the object of its own introduction: "现将……2021年度……报告如下", "本报告为……"
_SELF_BEFORE = re.compile(r"(?:现将|现公布|现发布|现予|现编制|特编制|(?<![在于])编制了?|本(?:年度)?报告(?:为|是|系|即)|"
                          r"本年报(?:为|是|系|即))[^，,。；;]*$")
_SELF_AFTER = re.compile(r"[^，,。；;]*?(?:如下|予以公布|予以发布|予以公开|向社会公布|特此公告)")
# the previous year's report cited as a source, the way the format asks for the rectification
# of last year's problems ("对照2021年度……年度报告中提出的问题")
_CITED = re.compile(r"[ \u3000]*(?:中|里|内|所|提出|指出|反映|发现|列出|存在|的|问题|整改|落实|以来|过程|时|期间|工作)")


def _year(written: str) -> int | None:
    """The year ``written`` (2022, ２０２２, 二〇二二) names, read as the date rules read it."""
    found = date_tokens(written + "年")
    return found[0].year if found else None


@hookimpl
def govlint_check(report, document):
    year = report.title.year if report.title is not None else None
    agency = document.agency_named
    for text in document.prose(logical=True):
        raw = text.raw
        # a sentence holds a period word or a self-reference only where its text does (most hold neither)
        period = year is not None and PERIOD_WORD.search(raw) is not None
        if not period and not _SELF.search(raw):
            continue
        depth = depths(raw)
        for start, end in sentences(raw):
            sentence = raw[start:end]
            if period:
                yield from _period(text, start, sentence, year)
            if not _SELF.search(sentence) or _EARLIER.search(sentence):
                continue
            if year is not None:
                for match in _REPORT_YEAR.finditer(sentence):
                    at = start + match.start("year")
                    said = _year(match["year"])
                    if depth[at] or said is None or said == year or not _self_object(sentence, match):
                        continue
                    if said == year - 1 and _CITED.match(sentence, match.end()):
                        continue
                    yield Finding(text.sub(at, at + 4),
                                  f"这里说的是{said}年的报告，而本报告是{year}年度报告：疑为沿用旧稿",
                                  f"the text speaks of the {said} report; this is the {year} report")
            if agency is not None:
                for match in SELF_NAMED.finditer(sentence):
                    name = match["name"]
                    at = start + match.start("name")
                    if depth[at] == 0 and not re.match("^(?:我|本)", name) and not same_agency(name, agency.name):
                        yield Finding(text.sub(at, at + len(name)),
                                      f"这里写的报告机关是“{name}”，与标题中的“{agency.name}”不一致",
                                      f"the text names {name} as the reporting agency; the title says {agency.name}")


def _self_object(sentence: str, match: re.Match) -> bool:
    """Whether the report named by ``match`` is the one the sentence introduces ("现将……报告如下"),
    not one it cites ("本报告对照……报告中提出的问题")."""
    return bool(_SELF_BEFORE.search(sentence, 0, match.start()) or _SELF_AFTER.match(sentence, match.end()))


def _period(text, start: int, sentence: str, year: int):
    """The statistics period of the report's own figures, when it starts on 1 January of
    another year (a period of the right year that is not the whole year is D107's)."""
    for first in period_starts(sentence):
        if (first.month, first.day) == (1, 1) and first.year != year:
            at = start + first.start
            end = sentence.find("年", first.start, first.end)
            yield Finding(text.sub(at, start + end if end >= 0 else at + 4),
                          f"数据统计期限写的是{first.year}年，而本报告是{year}年度报告：疑为沿用旧稿",
                          f"the statistics period is given as {first.year}; this is the {year} report")
