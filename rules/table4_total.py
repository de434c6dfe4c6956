"""表四某一组的总计不等于结果维持、结果纠正、其他结果、尚未审结之和。

## 它检查什么
表四（政府信息公开行政复议、行政诉讼情况）的 15 个数字分三组：行政复议、未经复议
直接起诉、复议后起诉。每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。

## 为什么重要
复议和诉讼的数量是审计最常核对的数字；总计与分项不符说明漏填或填错。

## 示例
```
10	1	0	0	0	…
```
行政复议结果维持 10、结果纠正 1，总计却为 0。

## 应写作
```
10	1	0	0	11	…
```
"""

from govlint import breach_findings, hookimpl

CODE = "T201"
NAME = "table4-total"
SEVERITY = "error"


@hookimpl
def govlint_check(context, document):
    yield from breach_findings(document.tables, CODE, context.enabled)
