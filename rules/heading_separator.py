"""同级标题编号后的标点不一致。

## 它检查什么
同一级标题中，编号后面的标点与多数标题不同，如其他一级标题都用“、”，
却有一个写作“四．”；或者同一组里“1.”与“1、”混用。同级是指同一上级标题下、同一种编号
（一、 （一） 1. （1））的标题；至少两个标题用同一种标点才算多数。编号丢了、只剩标点的标题
（“．收到和处理……”）由 S111 报告，这里不重复。

## 为什么重要
这是格式上的小问题，但它常常暴露出文字是从别的文档复制来的，值得顺手改正。

## 示例
```
三、收到和处理政府信息公开申请情况
四．政府信息公开行政复议、行政诉讼情况
```

## 应写作
```
四、政府信息公开行政复议、行政诉讼情况
```
"""

from govlint import Finding, hookimpl, lost_number, majority, marker

CODE = "S105"
NAME = "heading-separator"
SEVERITY = "info"


@hookimpl
def govlint_check(document):
    for group in document.sibling_groups:
        for style in {h.style for h in group}:
            same = [h for h in group if h.style == style]
            common = majority(h.separator for h in same)
            if common is None or common[1] < 2:
                continue
            separator = common[0]
            for heading in same:
                if heading.separator == separator or heading.number is None or lost_number(heading):
                    continue   # a marker that lost its number is S111's finding
                expected = marker(heading.number, style, separator)
                yield Finding(heading.marker.span,
                              f"标题编号“{heading.marker.raw}”后的标点与同级其他标题不同，应为“{expected}”",
                              f"heading “{heading.marker.raw}” uses another separator than its siblings; "
                              f"expected “{expected}”")
