"""表三分组行（如（三）不予公开）填了数字，却不等于其各分项之和。

## 它检查什么
模板中（三）不予公开、（四）无法提供、（五）不予处理（2021 年格式还有（六）其他处理）
是分组标签，本身不填数字；有的报告在分组行上填了合计数。填了的，每一列都应等于其
各分项之和。分组行留空（包括 Word、网页导出时补上的空单元格）的单元格不核对。

## 为什么重要
分组合计与分项不一致时，读者无法判断哪一个数字是对的。

## 示例
```
（三）不予公开	2	…	2
1.属于国家秘密	1	…	1
（其余分项为 0）
```

## 应写作
分组行不填数字，或填各分项之和。
"""

from govlint import breach_findings, hookimpl

CODE = "T104"
NAME = "table3-group-total"
SEVERITY = "error"


@hookimpl
def govlint_check(context, document):
    yield from breach_findings(document.tables, CODE, context.enabled)
