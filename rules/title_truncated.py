"""报告标题的最后几个字丢了：“……政府信息公开工作年度报”。

## 它检查什么
正文开始之前的标题行（可能分成几行），读起来是“……政府信息公开工作年度报告”，
却在“年度报”“工作报”“年度”处断掉，缺了最后的字。

## 为什么重要
标题是报告最显眼的地方，残缺的标题一眼就能看出报告没有校对过。

## 示例
```
××镇人民政府2025年政府信息公开工作
年度报
```

## 应写作
```
××镇人民政府2025年政府信息公开工作
年度报告
```
"""

import re

from govlint import Finding, Paragraph, hookimpl

CODE = "W210"
NAME = "title-truncated"
SEVERITY = "warning"

_SHORT = 40
_CUT = re.compile(r"(?:年度报|工作报|工作年度|年度|年报告?)$")
_TOPIC = re.compile(r"政府信息公开|政务公开")
_SPACES = re.compile(r"[\s\u3000]+")


@hookimpl
def govlint_check(report):
    run = []     # consecutive short lines before the body: a title written over several lines
    for block in report.preamble:
        if not isinstance(block, Paragraph) or len(block.text.raw) > _SHORT or "。" in block.text.raw:
            run = []
            continue
        run.append(block)
        joined = _SPACES.sub("", "".join(b.text.raw for b in run))
        if _TOPIC.search(joined) and _CUT.search(joined) and not joined.endswith("报告"):
            text = block.text
            yield Finding(text.span, f"标题“{joined}”不完整，应以“年度报告”结尾",
                          f"the title “{joined}” breaks off; it should end with 年度报告")
            return
