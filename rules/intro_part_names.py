"""导语列出的某一部分，不是规定格式中的那一部分。

## 它检查什么
2019 年及以后的报告，导语写明“由……等六部分组成”并逐一列出时，第 N 个名称应当是
规定格式的第 N 部分（总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、
政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项；
按含义比较，措辞不同不算错）。

## 为什么重要
导语把某一部分换成了别的内容（如把“存在的主要问题及改进情况”写成“下一步工作思考”），
说明报告没有按规定格式编写，或导语是从别处抄来的。

## 示例
```
本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和
行政诉讼情况、下一步工作思考、其他需要报告的事项六部分组成。
```

## 应写作
第五部分写“存在的主要问题及改进情况”，并按格式编写该部分。
"""

from govlint import Finding, SECTION_BY_NUMBER, classify_section, hookimpl

CODE = "S109"
NAME = "intro-part-names"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    if not document.holds_six_sections:
        return
    for text, listing in document.part_listings:
        if listing.number != 6 or len(listing.parts) != 6:
            continue   # a count that does not match the list is P103's finding
        for number, part in enumerate(listing.parts, 1):
            spec = classify_section(part)
            if spec is not None and spec.number == number:
                continue
            wanted = SECTION_BY_NUMBER[number]
            at = text.raw.find(part)
            span = text.sub(at, at + len(part)) if at >= 0 else text.span
            yield Finding(span, f"导语列出的第{wanted.numeral}部分“{part}”不是规定的“{wanted.title}”",
                          f"the introduction names part {number} “{part}”, not “{wanted.title}”")
