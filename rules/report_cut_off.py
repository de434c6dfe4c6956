"""报告在句子中间中断：文件不完整。

## 它检查什么
文件的最后一段没有写完（没有句末标点，如“……加大公开”），或停在一个写了一半的标题、
表格标签上（“三、收到”“行政规”），而且报告还没有到落款。此时文件之后本应有的部分
和落款都不在文件里：本规则报告一次中断，并列出缺少的部分，不再逐一报告它们缺失
（S101、D101）。最后一段是“无”这样完整的简短回答时不算中断；最后一行只是一个丢了字的日期
（“2023年1月20”“2023年1月”“202301月20日”）时，报告已经写到了落款，只是落款日期写错了，
也不算中断（由 D103、D102 报告日期）。

## 为什么重要
公布出去的报告不完整，读者看不到后面的内容；这通常是网页发布或格式转换时截断了文字，
应当找回原文重新发布。

## 示例
```
五、存在的主要问题及改进情况
一是信息公开的及时性有待提高；二是公开形式还不够丰
```

## 应写作
补全被截断的文字和其后的各部分、落款。
"""

from govlint import Finding, SECTION_BY_NUMBER, hookimpl

CODE = "S110"
NAME = "report-cut-off"
SEVERITY = "error"


@hookimpl
def govlint_check(document):
    span = document.cut_off
    if span is None:
        return
    lost, lost_en = "落款", "the signature block"
    if document.holds_six_sections:
        present = {spec.number for spec, _ in document.sections} | set(document.run_in_sections)
        first = max(present, default=0) + 1
        if first <= 6:
            numerals = SECTION_BY_NUMBER[first].numeral + ("" if first == 6 else "至六")
            lost = f"第{numerals}部分和落款"
            lost_en = f"sections {first}{'' if first == 6 else '–6'} and the signature block"
    yield Finding(span, f"报告在这里中断，最后一句没有写完：文件不完整，其后的{lost}不在文件里",
                  f"the report breaks off here mid-sentence: the file is incomplete, {lost_en} are missing")
