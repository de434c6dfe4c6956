"""2021 年格式的报告没有报告信息处理费的收取情况。

## 它检查什么
2021 年及以后的报告（国办公开办函〔2021〕30号格式）第六部分“其他需要报告的事项”
应当报告按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费
的情况（没有收取的，写明收取 0 元或未收取）。报告写到了第六部分，而全文的正文里
既没有“信息处理费”，也没有说到收费、收取费用或不收费，本规则提示。表格里的
“行政事业性收费”不算。文件在第六部分之前或其中中断的不检查。格式通知的具体措辞
没有核实，所以这是提示（info）。

## 为什么重要
信息处理费是 2021 年起依申请公开的新制度，年度报告是公众了解机关是否收费、
收了多少的唯一途径。

## 示例
```
六、其他需要报告的事项
无。
```

## 应写作
```
六、其他需要报告的事项
本年度依据《政府信息公开信息处理费管理办法》收取信息处理费 0 元。
```
"""

import re

from govlint import Finding, hookimpl

CODE = "S114"
NAME = "fee-report-missing"
SEVERITY = "info"

_FEES = re.compile(r"处理费|(?<!事业性)收费|收取[^。；;]{0,12}费|费用|免费")


@hookimpl
def govlint_check(report, document):
    if document.format != "2021":
        return
    sixth = next((section for spec, section in document.sections if spec.number == 6), None)
    if sixth is None or document.cut_off is not None:
        return   # no section 六 is S101's finding; a file cut off may have lost the sentence
    if any(_FEES.search(text.raw) for text in document.prose()):
        return
    yield Finding(sixth.heading.span,
                  f"{report.year}年的报告第六部分应报告信息处理费的收取情况（《政府信息公开信息处理费管理办法》），"
                  f"全文没有提到；未收取的也应写明",
                  f"a {report.year} report should state in section 6 the information-processing fees it "
                  f"charged (none charged must be stated too); the report does not mention them")
