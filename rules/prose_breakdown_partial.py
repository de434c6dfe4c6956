"""正文列出的分项加起来比总数少，又没有说明其余部分是什么。

## 它检查什么
正文先说总数是由各类组成的（总数前面写着“各类”“各项”“各种”“全部”“所有”：“发布各类信息
1000条”），再用“其中”、冒号或括号列出三个以上同一单位的分项，列表写完了（以句号、分号或
右括号结束），分项之和却小于总数，而正文既没有写“其他”一项，也没有用“等”“主要”“部分”
“重点”“包括”表明只列了一部分，也没有交代“其余”“另有”是什么。这样的列表读者分不清是漏写了
分项、抄错了数字，还是本来只列了几项。
这是提示（info）：“其中”也可以只挑几项来说，是否有误要由撰写人判断；总数前面没有说
“各类”的（“主动公开信息1234条，其中政策文件86条……”）只是举出几项，不提示。

不报告：分项写明是全部的（列到“其他”、用“分别为”等，由 P101 核对）；分项之和等于或大于
总数的（大于由 P101 报告）；只有一两个分项的；有近似数（“约”“余”“多”）的；分项的单位与总数
不同的；列表后面还有另一种口径的分项、可能是前一句其他数字的分解的；正文说明分项有重叠的；
列表没写完就到了段尾的（文件可能在这里被截断）。

## 为什么重要
总数和分项对不上时，读者会以为有数字写错或漏写；只列一部分的，写一句“其余为……”
或在列表末尾加“等”，读者就不会误解。

## 示例
```
全年主动公开各类政府信息420条，其中政策文件60条、工作动态180条、通知公告90条。
```

## 应写作
```
全年主动公开各类政府信息420条，其中政策文件60条、工作动态180条、通知公告90条，其余90条为其他信息。
```
"""

import re

from govlint import Finding, above, format_number as _fmt, hookimpl

CODE = "P107"
NAME = "breakdown-partial"
SEVERITY = "info"

_FEWEST = 3                     # one or two parts read as examples, not as a breakdown
# the openers that present a breakdown without saying whether it is whole
_NEUTRAL_OPENERS = ("其中", "：", ":", "（", "(")
# words that say the list is only a part, or tell what the rest is
_PARTIAL = re.compile(r"等|主要|部分|重点|包括|包含|以上|其余|其他|其它|另有|另外|此外|还有|之一|剩余|余下")
_LIST_ENDS = set("。；;）)！？!?")
_RIGHT_AFTER = 30               # characters after the list in which the rest may be told
# the total announced as made of kinds ("各类政务信息10300条", "全部申请30件"), in its own clause
_OF_ALL_KINDS = re.compile(r"(?:各类|各项|各种|各方面|全部|所有)[^，,。；;：:！？!?]{0,12}$")
_CLAUSE_BEFORE = 24             # characters before the total its clause is looked for in


@hookimpl
def govlint_check(document):
    for text, item in document.breakdowns:
        raw = text.raw
        total, parts = item.total, item.same_unit_parts
        if item.opener not in _NEUTRAL_OPENERS or len(parts) < _FEWEST or item.complete:
            continue
        if not _OF_ALL_KINDS.search(raw, max(0, total.start - _CLAUSE_BEFORE), total.start):
            continue        # "其中" picks out some of the total, it does not claim to list all
        if total.approx or any(p.approx for p in parts) or item.other_units or item.overlap:
            continue
        if item.alternatives or len(item.cuts()) > 1:
            continue
        if item.end >= len(raw) or raw[item.end] not in _LIST_ENDS and not raw.startswith("其中", item.end):
            continue        # the list runs to the end of the text: the file may be cut there
        told = raw[total.end:min(len(raw), item.end + _RIGHT_AFTER)]
        if _PARTIAL.search(told):
            continue
        added = sum(p.value for p in parts)
        if not above(total.value, added):
            continue
        terms = " + ".join(_fmt(p.value) for p in parts)
        gap = _fmt(total.value - added)
        unit = total.unit
        yield Finding(text.sub(total.num_start, parts[-1].end),
                      f"分项只列出了 {terms} = {_fmt(added)}{unit}，比总数 {_fmt(total.value)}{unit} 少 {gap}{unit}，"
                      f"正文没有说明其余部分是什么（漏写了分项，还是只列了一部分？）",
                      f"the parts add up to {terms} = {_fmt(added)}, {gap} short of the total "
                      f"{_fmt(total.value)}, and the text does not say what the rest is")
