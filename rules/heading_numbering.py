"""同级标题的编号方式或顺序不一致。

## 它检查什么
- 一级标题中有一个用了不同的编号方式，如其他部分是“二、”“三、”，第一部分却写作“1、”；
- 同级标题的序号跳号或重号，如“（一）（二）（四）”，“三、”之后又是“三、”。
  下级列表重新从 1 开始编号不算错误。

## 为什么重要
编号是读者和审核人员定位内容的依据；编号混乱往往说明报告是从不同材料拼接的。

## 示例
```
1、总体情况
二、主动公开政府信息情况
```

## 应写作
```
一、总体情况
二、主动公开政府信息情况
```
"""

from govlint import Finding, hookimpl
from govlint.numbering import majority, marker, sibling_groups

CODE = "S104"
NAME = "heading-numbering"
SEVERITY = "warning"


@hookimpl
def govlint_check(report):
    for index, group in enumerate(sibling_groups(report)):
        top = index == 0
        if top:
            yield from _style(group)
        yield from _sequence(group, top)


def _style(group):
    common = majority(h.style for h in group)
    if common is None or common[1] < 2:
        return
    style = common[0]
    sample = next(h for h in group if h.style == style)
    for heading in group:
        if heading.style == style or heading.number is None:
            continue
        expected = marker(heading.number, style, sample.separator)
        yield Finding(heading.marker.span,
                      f"标题编号“{heading.marker.raw}”与同级其他标题（如“{sample.marker.raw}”）写法不一致，"
                      f"应为“{expected}”",
                      f"heading number “{heading.marker.raw}” is written unlike its siblings "
                      f"(“{sample.marker.raw}”); expected “{expected}”")


def _sequence(group, top):
    common = majority(h.separator for h in group)
    previous = None
    for heading in group:
        number = heading.number
        if number is None:
            continue
        if previous is not None and number != previous.number + 1 and not (number == 1 and not top):
            separator = common[0] if common and common[0] in _separators(heading.style) else heading.separator
            expected = marker(previous.number + 1, heading.style, separator)
            kind = "重号" if number == previous.number else "跳号"
            yield Finding(heading.marker.span,
                          f"标题编号{kind}：“{previous.marker.raw}”之后应为“{expected}”，"
                          f"这里是“{heading.marker.raw}”",
                          f"heading numbers out of sequence: after “{previous.marker.raw}” "
                          f"expected “{expected}”, found “{heading.marker.raw}”")
        previous = heading


def _separators(style):
    return ("、", "．", ".", "，", ",", "：", ":") if style in ("cn", "arabic") else ("（）", "()", "（)", "(）")
