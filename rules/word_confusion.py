"""常见错别字和混用词（词表可由用户扩充）。

## 它检查什么
政府公文里常见的错别字与混用词，例如“落靠”（落实）、“适应新形式”（新形势）、
“近一步”（进一步）、“布署”（部署）。词表是数据文件 `rules/data/confusions.toml`，
每条写出错误写法、正确写法，必要时写出前后文条件和例外（“创新形式”里的“新形式”没有错）。
在配置中用 `dictionaries = ["my-words.toml"]` 可以加入自己的词表（同样的格式）。

## 为什么重要
错别字出现在公开发布的年度报告里，损害机关的严肃性；有的还会改变意思
（“形式”与“形势”）。

## 示例
```
切实落靠政府信息发布责任，主动适应新形式、新要求。
```

## 应写作
```
切实落实政府信息发布责任，主动适应新形势、新要求。
```
"""

from govlint import Finding, hookimpl
from govlint.wordlist import confusions

CODE = "W201"
NAME = "word-confusion"
SEVERITY = "error"


@hookimpl
def govlint_check(report, context):
    entries = confusions(context.get("dictionaries") or ())
    for text in report.prose():
        for entry in entries:
            for start, end in entry.occurrences(text.raw):
                note = f"（{entry.note}）" if entry.note else ""
                yield Finding(text.sub(start, end),
                              f"“{entry.wrong}”疑为“{entry.right}”之误{note}",
                              f"“{entry.wrong}” is probably a mistake for “{entry.right}”")
