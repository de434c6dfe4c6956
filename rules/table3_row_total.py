"""表三某行的总计不等于各类申请人之和。

## 它检查什么
表三（收到和处理政府信息公开申请情况）每一个有数字的行：总计 = 自然人 + 商业企业 +
科研机构 + 社会公益组织 + 法律服务机构 + 其他。表格的排版（制表符分列、每格一行、
标签折行、PDF 提取带来的字间空格）不影响识别。同一个错单元格破坏的其他勾稽关系
作为附注列出，不重复报告。

## 为什么重要
总计是读者和审核者最先核对的数字；行内不平说明漏填、错填或抄错了数字。

## 示例
```
（一）予以公开	1	0	0	0	0	0	0
```
自然人为 1，总计却为 0。

## 应写作
```
（一）予以公开	1	0	0	0	0	0	1
```
"""

from govlint import breach_findings, hookimpl

CODE = "T101"
NAME = "table3-row-total"
SEVERITY = "error"


@hookimpl
def govlint_check(context, document):
    yield from breach_findings(document.tables, CODE, context.enabled)
