"""标题丢了编号：一行以“、”或空括号“（）”开头。

## 它检查什么
标题行的序号在编辑或转换中丢失，只剩下序号后面的标点：“、主动公开政府信息情况”
“．依申请公开”“（）平台建设”。行首就是这些标点、后面是一个简短的标题（没有数字和
逗号），而且上一行已经写完一句话（列举项折行后以“、”开头的不算）。govlint 仍把它当作
标题来划分章节，并按前后同级标题推断它应有的编号；推断不出时只说缺少编号。

## 为什么重要
编号是读者和审核人员定位各部分的依据；丢了编号，标题看起来像一句残缺的正文，
往往还说明这一部分是从别处粘贴过来的。

## 示例
```
一、总体情况
、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
```

## 应写作
```
二、主动公开政府信息情况
```
"""

from govlint import Finding, hookimpl, lost_number, majority, marker

CODE = "S111"
NAME = "heading-number-lost"
SEVERITY = "warning"

@hookimpl
def govlint_check(document):
    for group in document.sibling_groups:
        for heading in group:
            if not lost_number(heading):
                continue
            shown = heading.marker.raw + heading.title.raw
            if heading.number is None:
                yield Finding(heading.marker.span, f"标题“{shown}”丢了编号（序号只剩下“{heading.marker.raw}”）",
                              f"the heading “{shown}” lost its number")
                continue
            # the punctuation its numbered siblings use ("三、" rather than the "．" left behind)
            common = majority(h.separator for h in group if h.style == heading.style and not lost_number(h))
            separator = common[0] if common and len(common[0]) == len(heading.separator) else heading.separator
            expected = marker(heading.number, heading.style, separator)
            yield Finding(heading.marker.span, f"标题“{shown}”丢了编号，应为“{expected}{heading.title.raw}”",
                          f"the heading “{shown}” lost its number; expected “{expected}”")
