"""报告末尾没有落款日期。

## 它检查什么
报告正文之后应有落款：报告机关名称和成文日期（如“××市××局 / 2022年1月20日”）。
若日期只写在标题下方，由 D105 报告，本规则不重复报告；落款日期丢了字的（“2023年1月20”
“2023年1月”），落款是有的，日期的问题由 D103、D102 报告。

## 为什么重要
落款日期是判断报告是否在法定时限内（条例第四十九条：部门 1 月 31 日前，
政府 3 月 31 日前）编制公布的依据，也是报告经过审核签发的标志。

## 示例
```
六、其他需要报告的事项
无。
（报告到此结束）
```

## 应写作
```
六、其他需要报告的事项
无。

淄博市科学技术局
2022年1月20日
```
"""

from govlint import Finding, broken_signature, hookimpl

CODE = "D101"
NAME = "signature-date-missing"
SEVERITY = "error"


@hookimpl
def govlint_check(report, document):
    if report.signature is not None or report.title_date is not None or document.cut_off is not None:
        return   # a file that breaks off mid-sentence is S110's finding
    if broken_signature(report) is not None:
        return   # a 落款 whose date lost a mark: D103 / D102 say what is wrong with the date
    yield Finding(report.end_span(), "报告末尾没有落款（机关名称和成文日期）",
                  "the report ends without a signature block (agency and date)")
