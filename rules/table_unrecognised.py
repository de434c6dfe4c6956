"""看起来是标准表格，但无法识别它的行和列。

## 它检查什么
报告中出现了表二、表三、表四或旧版统计表的表头，却无法把其中的数字对应到模板的
行标签和列上（例如数据行全部缺失，或数字个数与模板完全对不上）。每张这样的表只
提示一次，并说明原因；表格的勾稽关系因此没有被检查。

## 为什么重要
govlint 只能核对它读懂的表格；无法识别的表格需要人工核对。

## 示例
```
四、政府信息公开行政复议、行政诉讼情况
行政复议	行政诉讼
结果维持	结果纠正	…
（没有数据行）
```
"""

from govlint import Finding, hookimpl
from govlint.tables import recognise
from govlint.tables.grid import KINDS, NAMES_EN

CODE = "T001"
NAME = "table-unrecognised"
SEVERITY = "warning"


@hookimpl
def govlint_check(report):
    for failure in recognise(report).unrecognised:
        yield Finding(failure.span, f"{KINDS[failure.kind]}无法识别：{failure.reason}；其数字未被核对",
                      f"{NAMES_EN[failure.kind]} could not be recognised: {failure.reason_en}; "
                      f"its figures were not checked")
