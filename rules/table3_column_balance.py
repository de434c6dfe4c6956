"""表三某列不满足“第一项加第二项之和，等于第三项加第四项之和”。

## 它检查什么
表三的每一列（含总计列）：一、本年新收 + 二、上年结转 = 三、本年度办理结果的
（七）总计 + 四、结转下年度继续办理。这是表格左上角注明的勾稽关系。

## 为什么重要
收到的申请要么办结、要么结转，数字不平说明有申请被漏计或重复计数。

## 示例
```
一、本年新收政府信息公开申请数量	3	…	3
二、上年结转政府信息公开申请数量	0	…	0
（七）总计	2	…	2
四、结转下年度继续办理	0	…	0
```
3 + 0 ≠ 2 + 0。

## 应写作
使每一列的 一 + 二 等于 （七）总计 + 四。
"""

from govlint import breach_findings, hookimpl

CODE = "T102"
NAME = "table3-column-balance"
SEVERITY = "error"


@hookimpl
def govlint_check(context, document):
    yield from breach_findings(document.tables, CODE, context.enabled)
