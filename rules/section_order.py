"""六个部分的顺序与规定格式不一致，或某一部分重复出现。

## 它检查什么
按含义识别出的各部分，必须按 一 总体情况、二 主动公开、三 依申请、四 复议诉讼、
五 问题及改进、六 其他事项 的顺序各出现一次。

## 为什么重要
统一格式便于公众和上级机关比对各单位的报告；顺序颠倒往往说明内容是拼凑的。

## 示例
```
三、收到和处理政府信息公开申请情况
二、主动公开政府信息情况
```

## 应写作
按格式规定的顺序排列各部分。
"""

from govlint import Finding, hookimpl

CODE = "S102"
NAME = "section-order"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    if not document.holds_six_sections:
        return
    highest = None
    seen = {}
    for spec, section in document.sections:
        if spec.number in seen:
            first = seen[spec.number]
            yield Finding(section.heading.span,
                          f"第{spec.numeral}部分“{spec.title}”重复出现（第 {first.heading.span.line} 行已有"
                          f"“{first.heading.title.raw}”）",
                          f"section {spec.number} appears twice (first at line {first.heading.span.line})")
            continue
        seen[spec.number] = section
        if highest is not None and spec.number < highest[0].number:
            yield Finding(section.heading.span,
                          f"第{spec.numeral}部分“{spec.title}”出现在第{highest[0].numeral}部分"
                          f"“{highest[0].title}”之后，顺序与规定格式不符",
                          f"section {spec.number} comes after section {highest[0].number}")
        elif highest is None or spec.number > highest[0].number:
            highest = (spec, section)
