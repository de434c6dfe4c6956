"""表三（七）总计不等于（一）至（六）各项办理结果之和。

## 它检查什么
表三的每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开的 8 项 +
（四）无法提供的 3 项 + （五）不予处理的 5 项 + （六）其他处理（2021 年格式为其 3 项）。

## 为什么重要
每件申请只计入一种办理结果，（七）总计是它们的合计；不相等说明漏计或重复计数。

## 示例
```
（一）予以公开	2	…	2
（七）总计	3	…	3
```
其余各项均为 0 时，（七）总计应为 2。

## 应写作
使（七）总计等于各项办理结果之和。
"""

from govlint import breach_findings, hookimpl

CODE = "T103"
NAME = "table3-outcome-total"
SEVERITY = "error"


@hookimpl
def govlint_check(context, document):
    yield from breach_findings(document.tables, CODE, context.enabled)
