"""报告标题之前混入了报送函：称呼、“请审核”“特此报告”、落款。

## 它检查什么
公开的年度报告应当从标题开始。标题之前却是一封写给上级机关的报送函（公文里的
“函”或“报告”）：开头是称呼（“市政务公开办：”“县人民政府办公室：”），结尾是
“请审核”“请审阅”“特此报告”“妥否，请批示”这样的请示用语，后面还有发函机关的落款。
这三样中出现两样，就认为标题前是一封报送函。函的落款不算报告的落款。

## 为什么重要
报送函是机关之间的公文，不是年度报告的内容；把它一并公开，说明发布时直接粘贴了
报送材料，报告本身的落款、日期也往往因此缺失或与函混淆。

## 示例
```
市政务公开办：
现将我局2022年政府信息公开工作年度报告报送你们，请审核。
青川市农业农村局
2023年1月20日
青川市农业农村局2022年政府信息公开工作年度报告
一、总体情况
```

## 应写作
删去报送函，从“青川市农业农村局2022年政府信息公开工作年度报告”开始公开；
报告的落款写在正文之后。
"""

from govlint import Finding, hookimpl

CODE = "S112"
NAME = "cover-letter-before-title"
SEVERITY = "warning"


@hookimpl
def govlint_check(report, document):
    letter = document.cover_letter
    if letter is None:
        return
    marks = []
    if letter.salutation is not None:
        marks.append(f"称呼“{letter.salutation.text.raw.strip()}”")
    if letter.closing is not None:
        marks.append(f"“{letter.formula}”")
    if letter.signature is not None:
        marks.append("发函机关的落款")
    yield Finding(letter.span,
                  f"报告标题（第 {report.title.span.line} 行）之前是一封报送函（{'、'.join(marks)}）："
                  f"公开的年度报告应从标题开始，报送函不应一并公开",
                  f"a cover letter to a superior office stands before the report's title "
                  f"(line {report.title.span.line}): the published report should start at its title")
