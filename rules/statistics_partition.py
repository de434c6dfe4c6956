"""2019 年以前的统计表中，上级指标不等于它的各分项之和。

## 它检查什么
旧版《政府信息公开情况统计表》中由分项构成的指标：收到申请数 = 当面 + 传真 + 网络 +
信函（+ 其他形式）；申请办结数 = 按时 + 延期；申请答复数 = 其 8 个分项；不同意公开
答复数 = 其各项理由；行政复议数量、行政诉讼数量、被举报投诉数量 = 维持 + 纠错 +
其他情形；报送信息数 = 纸质 + 电子；从事政府信息公开工作人员数 = 专职 + 兼职。
只检查表格定义了分项的指标；主动公开政府信息数与各渠道之和不要求相等。
分项清单不含“其他”时，只在分项之和超过上级指标时报告。

## 为什么重要
统计表的数字会被逐级汇总，上下级指标不一致会传到上级的汇总表中。

## 示例
```
（三）从事政府信息公开工作人员数	人	4
1.专职人员数	人	0
2.兼职人员数	人	2
```

## 应写作
使上级指标等于各分项之和。
"""

from govlint import breach_findings, hookimpl

CODE = "T401"
NAME = "statistics-partition"
SEVERITY = "error"


@hookimpl
def govlint_check(context, document):
    yield from breach_findings(document.tables, CODE, context.enabled)
