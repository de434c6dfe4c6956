"""缺少规定的部分。

## 它检查什么
2019 年及以后的年度报告（国办公开办函〔2019〕60号、〔2021〕30号格式）必须包含六个部分：
一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；
四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；
六、其他需要报告的事项。各部分按含义识别，不要求与模板逐字相同
（如“因政府信息公开工作被申请行政复议、提起行政诉讼情况”也算第四部分）；
标题与正文挤在同一行的（网页把全文排成一行时常见）也算存在。
2018 年及以前的报告没有统一格式，不检查。

## 为什么重要
《政府信息公开条例》第五十条规定了年度报告的内容，格式通知要求“不能遗漏”。

## 示例
```
一、总体情况
二、主动公开政府信息情况
四、政府信息公开行政复议、行政诉讼情况
```
缺少第三部分。

## 应写作
按格式写全六个部分；确实没有内容的部分也要保留标题并写明“无”。
"""

from govlint import Finding, SECTION_BY_NUMBER, classify_section, hookimpl

CODE = "S101"
NAME = "section-missing"
SEVERITY = "error"


@hookimpl
def govlint_check(report, document):
    if not document.holds_six_sections:
        return
    found = document.sections
    present = {spec.number for spec, _ in found} | set(document.run_in_sections)
    if document.cut_off is not None:
        # the file breaks off: what would follow the cut is S110's finding, not a missing section
        present |= set(range(max(present, default=0) + 1, 7))
    numbered = {s.heading.number: s for s in report.sections
                if classify_section(s.heading.title.raw) is None}
    for number in range(1, 7):
        if number in present or number in numbered:
            continue  # a heading with that number but another title is section-title's case
        spec = SECTION_BY_NUMBER[number]
        later = [section for s, section in found if s.number > number]
        span = later[0].heading.span if later else report.end_span()
        where = f"应在“{later[0].heading.title.raw}”之前" if later else "报告中没有找到"
        yield Finding(span, f"缺少第{spec.numeral}部分“{spec.title}”（{where}）",
                      f"section {number} ({spec.title_en}, “{spec.title}”) is missing")
