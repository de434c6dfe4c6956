"""比例超过100%。

## 它检查什么
表示占比、完成率一类的百分数大于100%：“占比120%”“答复率105%”“办结率101%”。
增长、提高一类的幅度（“同比增长150%”“增幅120%”）可以超过100%，不报告。

## 为什么重要
部分不可能超过整体，这样的比例一定是算错或写错了，读者据此会怀疑整段数字。

## 示例
```
依申请公开12件，按时答复12件，答复率120%。
```

## 应写作
```
依申请公开12件，按时答复12件，答复率100%。
```
"""

import re

from govlint import Finding, hookimpl

CODE = "P102"
NAME = "percent-over-100"
SEVERITY = "error"

# a share or a rate of completion right before the number ("占比", "占", "答复率", "比例为")
_SHARE = re.compile(r"(?:占比|占|比例|比重|份额|(?<![增降涨升速])率)(?:达到|达|为|是|约为)?[:：]?\s*$")
_GROWTH = re.compile(r"增|降|涨|升|提高|提升|减少|下降|同比|环比|幅|翻")


@hookimpl
def govlint_check(document):
    for text, count in document.counts:
        if not count.is_percent or count.value <= 100 or count.approx:
            continue
        before = text.raw[max(0, count.start - 8):count.start]
        if not _SHARE.search(before) or _GROWTH.search(before):
            continue
        yield Finding(text.sub(count.num_start, count.end),
                      f"比例 {text.raw[count.num_start:count.end]} 超过了100%：占比、完成率不可能大于整体",
                      f"a share or rate above 100%: {text.raw[count.num_start:count.end]}")
