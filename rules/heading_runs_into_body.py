"""标题和正文连在了一起：标题后面缺少句号，整段正文都读成了标题。

## 它检查什么
同一级的几个标题（如“（一）”到“（五）”）之中，有一个的标题部分（编号之后到第一个句号为止）
是一整段带逗号的长句，比同级其他标题长得多（至少 36 个字，且是同级标题中位长度的 2.5 倍以上）：
标题写完时漏了句号，后面的正文接了上来（“（五）加强业务培训力度积极动员……，明确……”）。
同级标题不到三个的不检查；各个标题都是长句的写法也不报告；没有标题、
直接以时间、主语等开句的词起头的条目（“（四）本年度共主动公开信息12条，……。”）也不报告；
能指出正文从哪里开始的（“（三）加强业务培训力度2022年，我局……”），由 L105 在接口处报告。

## 为什么重要
标题说明这一部分讲什么；标题和正文连在一起，读者找不到这一部分的主题，目录和大纲也读不出来。

## 示例
```
（一）完善主动公开机制。明确公开内容和程序。
（二）完善依申请公开机制。规范受理、审查和答复。
（三）加强业务培训力度积极组织负责政府信息公开工作的人员参加培训，明确职责和时限要求。
```

## 应写作
```
（三）加强业务培训力度。积极组织负责政府信息公开工作的人员参加培训，明确职责和时限要求。
```
"""

import bisect

from govlint import Finding, OPENER, hookimpl, is_running_text, title_junctions

CODE = "L108"
NAME = "heading-runs-into-body"
SEVERITY = "warning"

_LONGEST_TITLE = 36     # no heading title needs more characters than this
_RATIO = 2.5


def _sibling_groups(report):
    yield [section.heading for section in report.sections]
    for section in report.all_sections():
        yield [child.heading for child in section.children]


def _length(heading) -> int:
    return len(heading.title.raw.strip(" \u3000").rstrip("。"))


def _median_without(lengths: list[int], value: int) -> float:
    """The median of sorted ``lengths`` less one occurrence of ``value``: the same as
    ``statistics.median`` of the others, in O(log n) (a report with thousands of sibling
    headings made the plain way quadratic)."""
    cut = bisect.bisect_left(lengths, value)

    def at(i: int) -> int:
        return lengths[i if i < cut else i + 1]

    n = len(lengths) - 1
    return at(n // 2) if n % 2 else (at(n // 2 - 1) + at(n // 2)) / 2


@hookimpl
def govlint_check(report):
    for headings in _sibling_groups(report):
        if len(headings) < 3:
            continue
        lengths = sorted(_length(h) for h in headings)
        for heading in headings:
            others = _median_without(lengths, _length(heading))
            title = heading.title.raw.strip(" \u3000").rstrip("。")
            if len(title) < max(_LONGEST_TITLE, _RATIO * others) or not is_running_text(title):
                continue
            if OPENER.match(title):
                continue    # an item written as a sentence with no title ("（四）本年度共公开……。")
            if title_junctions(heading):
                continue    # L105 names the very place the body starts
            yield Finding(heading.title.sub(0, min(len(heading.title.raw), 12)),
                          f"标题与正文连在了一起：“{heading.marker.raw}{title[:12]}…”有 {len(title)} 个字，"
                          f"同级标题一般只有 {round(others)} 个字左右，标题之后可能缺少句号",
                          f"the heading title runs into its body ({len(title)} characters, its siblings about "
                          f"{round(others)}): a full stop after the title is probably missing")
