"""年份后面漏了“年”：“2021以来”“2020底”。

## 它检查什么
四位数的年份（19xx、20xx）直接接表示时间的词——“以来”“至今”“期间”“全年”“上半年”
“下半年”“底”“初”“度”“内”——中间缺少“年”字；或者年份开启一句话，后面直接是逗号
（“2023，我局……”）。年份由日期分词器（``govlint.syntax.dates``）读出，
与 D103 报告的“202203月15日”是同一类错误在只写到年时的样子。“2021年以来”“GB/T 2021”
“2021初步”等不报告。

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

from govlint import Finding, date_tokens as tokens, hookimpl

CODE = "W209"
NAME = "year-without-nian"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for text in document.prose(logical=True):
        for found in tokens(text.raw):
            if found.flaw == "no-nian" and found.month is None:
                yield Finding(text.sub(found.start, found.end), f"年份“{found.year}”后面漏了“年”字",
                              f"the year {found.year} lacks 年")
