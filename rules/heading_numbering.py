"""同级标题的编号方式或顺序不一致。

## 它检查什么
- 一级标题中有一个用了不同的编号方式，如其他部分是“二、”“三、”，第一部分却写作“1、”；
- 同级标题的序号跳号或重号，如“（一）（二）（四）”，“三、”之后又是“三、”；
- 同一上级标题之下，序号重复或无故重新从 1 开始，如“1、 1、 2、”。
  换了上级标题重新从 1 编号不算错误；同一上级之下，先有“措施如下：”这样引出新列举的话，
  或前一组列举已经写完（最后一项有自己的正文）再从 1 开始的，也不算错误。

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

from govlint import Finding, Paragraph, hookimpl, majority, marker, opens_a_list

CODE = "S104"
NAME = "heading-numbering"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for index, group in enumerate(document.sibling_sections):
        top = index == 0
        headings = [section.heading for section in group]
        if top:
            yield from _style(headings)
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
    common = majority(section.heading.separator for section in group)
    previous = None     # the section of the last numbered heading
    for section in group:
        heading = section.heading
        number = heading.number
        if number is None:
            previous = None
            continue
        if previous is not None and number != previous.heading.number + 1 and not _fresh_list(previous, number, top):
            before = previous.heading
            separator = common[0] if common and common[0] in _separators(heading.style) else heading.separator
            expected = marker(before.number + 1, heading.style, separator)
            kind = "重号" if number == before.number else ("重新从 1 编号" if number == 1 else "跳号")
            yield Finding(heading.marker.span,
                          f"标题编号{kind}：“{before.marker.raw}”之后应为“{expected}”，"
                          f"这里是“{heading.marker.raw}”",
                          f"heading numbers out of sequence: after “{before.marker.raw}” "
                          f"expected “{expected}”, found “{heading.marker.raw}”")
        previous = section


def _fresh_list(previous, number, top) -> bool:
    """A sub-list may start again from 1 inside one parent after a lead-in ("措施如下："),
    or after a list of two or more items whose last one has text of its own; a 1 that
    repeats the 1 just before it, or restarts straight after a bare item, is a numbering slip."""
    if top or number != 1:
        return False
    if opens_a_list(previous):
        return True
    return previous.heading.number >= 2 and any(isinstance(b, Paragraph) for b in previous.blocks)


def _separators(style):
    return ("、", "．", ".", "，", ",", "：", ":") if style in ("cn", "arabic") else ("（）", "()", "（)", "(）")
