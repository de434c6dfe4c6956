"""字或词重复：“的的”“进一步进一步”“过程性性信息”“制定了成立了”。

## 它检查什么
- 虚词或后缀叠写：“的的”“了了”“性性”“化化”“在在”等（“目的的”“的的确确”“为了了解”
  “不了了之”这类正常组合不报告）；
- 两到六个字的词连写两遍：“进一步进一步”“政府信息政府信息”（以“一”开头的“一步一步”
  之类的叠用不报告）；
- 两个动词各带“了”接连出现：“制定了成立了”（删改时留下的残句）。

## 为什么重要
重复是修改稿时没有删干净的痕迹，读起来不通顺，也让人怀疑全文没有校对。

## 示例
```
我局进一步进一步完善了公开制度，属于过程性性信息的申请1件。
```

## 应写作
```
我局进一步完善了公开制度，属于过程性信息的申请1件。
```

## 修复
叠写的字和词可以自动删去重复的一份（不改变意思）；连写三遍以上的只报告一次，不自动修复；“制定了成立了”需要人工决定保留哪一个。
"""

import re

from govlint import Finding, Fix, doubled_characters, doubled_words, hookimpl

CODE = "W202"
NAME = "doubled-word"
SEVERITY = "error"
FIXABLE = True   # offers a fix that --fix applies

_VERBS = ("制定|成立|建立|开展|完善|印发|出台|召开|组织|举办|设立|发布|公开|修订|修改|落实|明确|健全|"
          "调整|制订|编制|推进|加强|实施|出台|开通|设置|增设|更新|规范")
_TWO_VERBS = re.compile(rf"({_VERBS})了({_VERBS})了")


@hookimpl
def govlint_check(document):
    for text in document.prose():
        raw = text.raw
        taken = []
        for start, end, unit in sorted(list(doubled_words(raw)) + list(doubled_characters(raw))):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            half = text.sub(start + len(unit), end)
            copies = (end - start) // len(unit)
            # a slip writes a word twice; a longer run is left to the writer
            fix = Fix(half.start, half.end, "") if text.placed and copies == 2 else None
            shown = raw[start:end] if copies == 2 else unit * 2 + "…"
            yield Finding(text.sub(start, end), f"“{unit}”重复写了{'两' if copies == 2 else copies}遍：“{shown}”",
                          f"“{unit}” is written {'twice' if copies == 2 else f'{copies} times'}", fix=fix)
        for match in _TWO_VERBS.finditer(raw) if "了" in raw else ():   # (no 了, no match)
            if match.group(1) == match.group(2):
                continue
            yield Finding(text.sub(match.start(), match.end()),
                          f"“{match.group(0)}”两个动词接连出现，应删去其中一个",
                          f"two verbs in a row: “{match.group(0)}”; keep one")
