"""“有”误作“由”：“……审核后，有信息审核员通过系统发布”。

## 它检查什么
分句以“有”开头，后面是承担动作的人员或部门，接着是“通过”“统一”“按照”“进行”“报送”“提交”
这类表示由谁去做的动词：这里要的是介词“由”（由谁来做），写成了“有”。
“有专人负责”这类表示存在的说法不报告。

## 为什么重要
“有”“由”同音，输入法常常选错；写错后句子的意思变成“存在某人”，主语和责任都不清楚。

## 示例
```
信息经科室负责人审核后，有信息审核员通过内网系统提交发布。
```

## 应写作
```
信息经科室负责人审核后，由信息审核员通过内网系统提交发布。
```
"""

import re

from govlint import Finding, hookimpl

CODE = "W208"
NAME = "you-for-you"
SEVERITY = "warning"

_ROLE = r"(?:员|人员|科室|处室|股室|部门|办公室|单位|领导|负责人|专人|小组|中心)"
_ACTION = r"(?:通过|统一|按照|进行|报送|转交|提交|上传|签发|审核后|审定后|逐级)"
# (the look-ahead first: only where a space or 有 stands is a clause start looked for)
_PATTERN = re.compile(r"(?=[ \u3000有])(?:^|(?<=[，,。；;：:]))[ \u3000]*(有)(?!关|些|的|效|力|序|利|机|所|时|条|待|助)(?=[\u4e00-\u9fff]{0,8}?" + _ROLE + _ACTION + ")")


@hookimpl
def govlint_check(document):
    for hit in document.search(_PATTERN):
        yield Finding(hit.span_of(1), "“有”疑为“由”之误：这里说的是由谁来做",
                      "“有” (there is) probably stands for “由” (by)")
