"""“一些的”：多余的“的”。

## 它检查什么
“取得了一些的成效”“存在一些的问题”——数量词“一些”直接修饰名词，中间不加“的”。

## 为什么重要
这是口语或改稿留下的病句，出现在正式报告里显得不严谨。

## 示例
```
我局信息公开工作取得了一些的成效。
```

## 应写作
```
我局信息公开工作取得了一些成效。
```

## 修复
删去“的”不改变意思，可以自动修复。
"""

import re

from govlint import Finding, Fix, hookimpl

CODE = "W203"
NAME = "superfluous-de"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_PATTERN = re.compile(r"一些的(?!确)(?=[\u4e00-\u9fff])")


@hookimpl
def govlint_check(document):
    for hit in document.search(_PATTERN):
        de = hit.text.sub(hit.match.end() - 1, hit.match.end())
        fix = Fix(de.start, de.end, "") if hit.text.placed else None
        yield Finding(hit.span, "“一些的”多了“的”，应写作“一些”", "superfluous 的 after 一些", fix=fix)
