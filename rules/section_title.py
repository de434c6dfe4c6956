"""某一部分的标题不是规定的内容。

## 它检查什么
2019 年及以后的报告中，编号为一至六的一级标题，其文字无法对应到规定的六个部分之一
（例如第五部分写成“下一步工作思考”，而规定是“存在的主要问题及改进情况”）。
标题按含义比较：措辞与模板不同但说的是同一部分的，不报告。文件在标题中间中断的
（最后一行是“五、存在的主要”），标题没有写完，不算写错，由 S110 报告中断。

## 为什么重要
格式要求的每一部分都有规定内容；换了标题，往往也就漏掉了规定必须报告的事项。

## 示例
```
五、下一步工作打算
```

## 应写作
```
五、存在的主要问题及改进情况
```
"""

from govlint import Finding, SECTION_BY_NUMBER, classify_section, hookimpl

CODE = "S103"
NAME = "section-title"
SEVERITY = "warning"


@hookimpl
def govlint_check(report, document):
    if not document.holds_six_sections:
        return
    for section in report.sections:
        heading = section.heading
        if heading.number not in SECTION_BY_NUMBER or classify_section(heading.title.raw) is not None:
            continue
        if document.cut_inside(heading.title.span):
            continue   # the title stops where the file does: unfinished, not wrong
        spec = SECTION_BY_NUMBER[heading.number]
        yield Finding(heading.title.span,
                      f"第{spec.numeral}部分的标题“{heading.title.raw}”不是规定的“{spec.title}”",
                      f"section {spec.number} is titled “{heading.title.raw}”, not “{spec.title}”")
