"""报告中出现“某某”。

## 它检查什么
演示用的第三方规则：正文中出现“某某”。

## 为什么重要
用来验证通过入口点安装的插件会被 govlint 加载并运行。

## 示例
```
某某局认真落实。
```
"""

from govlint import Finding, hookimpl

CODE = "W901"
NAME = "demo-mou-mou"
SEVERITY = "warning"


@hookimpl
def govlint_check(report):
    for text in report.prose():
        at = text.raw.find("某某")
        if at != -1:
            yield Finding(text.sub(at, at + 2), "出现“某某”", "found 某某")
