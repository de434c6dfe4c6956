"""错别字：音近、形近的字写错，以及常见的混用词。

## 它检查什么
公文里写错的字：一个字换成读音相近或字形相近的字以后，能组成常用得多的词，而原文在那里
组不成词（或只组成罕见的词），例如“依申清”（依申请）、“办理效律”（效率）、“条列要求”（条例）。
判断依据是随包提供的词频词典（结巴分词词典与政务公开常用语）和同音、形近字表，
不联网，结果与运行环境无关。另有一份常见错别字与混用词的词表
（`rules/data/confusions.toml`，如“落靠”→“落实”、“适应新形式”→“新形势”），其中的写法一律报告。

不报告：书名号《》里的标题、简短引语、地名和单位名称（“××村”“××集团”之前的字）、
常见的人名写法（“联系人：×××”、姓氏加一两个字后接顿号、括号或职务）、
本报告机关自己的名称，以及用户词表中 `allow = [...]` 列出的词。
在配置中用 `dictionaries = ["my-words.toml"]` 加入自己的词表（同样的格式，可含 `allow`）。

## 为什么重要
错别字是公开发布的年度报告里最常见的问题，损害机关的严肃性；有的还会改变意思
（“形式”与“形势”）。

## 示例
```
切实落靠政府信息发布责任，依申清公开办理规范，办理效律明显提高。
```

## 应写作
```
切实落实政府信息发布责任，依申请公开办理规范，办理效率明显提高。
```

## 修复
不自动修复：建议的写法写在提示里，由起草人确认（音近、形近的判断是推测，词表中的写法也可能
出现在专名里）。
"""

from govlint import Finding, hookimpl
from govlint.model.agency import reporting_agency, short_stems
from govlint.model.proofread import proofread
from govlint.model.wordlist import allowed, confusions

CODE = "W201"
NAME = "word-confusion"
SEVERITY = "warning"


def _own_words(report) -> list[str]:
    agency = reporting_agency(report)
    if agency is None:
        return []
    words = [agency.name]
    for stem, suffix in short_stems(agency):     # 县众诚局, and 众诚局 without the unit
        words += [stem + suffix, stem[1:] + suffix]
    return words


@hookimpl
def govlint_check(report, context):
    dictionaries = context.get("dictionaries") or ()
    known = confusions(dictionaries)
    notes = {entry.wrong: f"（{entry.note}）" for entry in known if entry.note}
    allow = tuple(allowed(dictionaries)) + tuple(_own_words(report))
    for text in report.prose():
        for slip in proofread(text.raw, known, allow):
            span = text.sub(slip.start, slip.end)
            if slip.certain:
                yield Finding(span, f"“{slip.wrong}”疑为“{slip.right}”之误{notes.get(slip.wrong, '')}",
                              f"“{slip.wrong}” is probably a mistake for “{slip.right}”")
                continue
            char, meant = text.raw[slip.start:slip.end], _differing(slip.wrong, slip.right)
            yield Finding(span, f"“{slip.wrong}”疑为“{slip.right}”之误（“{char}”应为“{meant}”）",
                          f"“{slip.wrong}” is probably a slip for “{slip.right}” (“{char}” for “{meant}”)")


def _differing(wrong: str, right: str) -> str:
    return "".join(b for a, b in zip(wrong, right) if a != b) or right
