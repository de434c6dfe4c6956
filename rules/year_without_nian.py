"""年份后面漏了“年”：“2021以来”“2020底”。

## 它检查什么
四位数的年份直接接“以来”“至今”“期间”“全年”“底”“初”“上半年”等词，中间缺少“年”字。

## 为什么重要
“2021以来”是漏字，读者要自己补上“年”才能读通；在正式报告中显得粗疏。

## 示例
```
2021以来我局主动公开各类信息21条。
```

## 应写作
```
2021年以来我局主动公开各类信息21条。
```
"""

import re

from govlint import Finding, hookimpl

CODE = "W209"
NAME = "year-without-nian"
SEVERITY = "warning"

_PATTERN = re.compile(r"(?<![0-9０-９.\-/])((?:19|20)[0-9]{2})(?=以来|至今|期间|全年|上半年|下半年|底|初(?!步))")


@hookimpl
def govlint_check(report):
    for text in report.prose():
        for match in _PATTERN.finditer(text.raw):
            year = match.group(1)
            yield Finding(text.sub(match.start(), match.end()), f"年份“{year}”后面漏了“年”字",
                          f"the year {year} lacks 年")
