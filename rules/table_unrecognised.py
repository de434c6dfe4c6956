"""看起来是标准表格，但无法识别它的行和列。

## 它检查什么
报告中出现了表二、表三、表四或旧版统计表的表头，却无法把其中的数字对应到模板的
行标签和列上（例如数据行全部缺失，或数字个数与模板完全对不上）；或者标准表格的单元格
在转换中粘连成了正文（“规章000”“行政规范性文件1203”，或整张表挤在一行里用空格隔开）：
模板的行标签后面直接跟着不带单位的数字，再加上粘连的表头或另一行这样的数字，就认为
这里是一张读不出的表，而不是把它当作正文跳过。正文里带单位的计数（“行政许可56件”）
不算。每张这样的表只提示一次，并说明原因；表格的勾稽关系因此没有被检查。

## 为什么重要
govlint 只能核对它读懂的表格；无法识别的表格需要人工核对。

## 示例
```
四、政府信息公开行政复议、行政诉讼情况
行政复议	行政诉讼
结果维持	结果纠正	…
（没有数据行）
```
```
信息内容本年制发件数本年废止件数现行有效件数
规章000
行政规范性文件1203
```

## 应写作
表格按单元格（制表符分隔或表格格式）保存，每个数字占一格。
"""

from govlint import Finding, TABLE_NAMES as KINDS, TABLE_NAMES_EN as NAMES_EN, hookimpl

CODE = "T001"
NAME = "table-unrecognised"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for failure in document.tables.unrecognised:
        yield Finding(failure.span, f"{KINDS[failure.kind]}无法识别：{failure.reason}；其数字未被核对",
                      f"{NAMES_EN[failure.kind]} could not be recognised: {failure.reason_en}; "
                      f"its figures were not checked")
