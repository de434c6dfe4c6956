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

from govlint import Finding, Fix, hookimpl
from govlint.model.prose import CJK

CODE = "W202"
NAME = "doubled-word"
SEVERITY = "error"
FIXABLE = True   # offers a fix that --fix applies

# doubled characters that are a slip, with the neighbours that make the pair correct
# (previous characters, next characters)
_CHARS = {
    "的": ("目端", "确"),
    "了": ("不为除", "解之"),
    "性": ("个", "格别质能状命"),
    "化": ("", "学工解妆肥石验纤合作"),
    "在": ("存所实自", ""),
    "和": ("温平缓调总饱附柔祥谐融共", "气谐睦"),
    "与": ("参给赋授", ""),
    "并": ("合兼吞归", "购入"),
    "于": ("", ""),
    "已": ("", ""),
    "也": ("", ""),
    "被": ("", "子"),
    "按": ("", "钮键"),
}
_DOUBLE_CHAR = re.compile("(" + "|".join(_CHARS) + r")\1")
# the shortest word that repeats, and every further copy of it ("很长很长很长" is one slip)
_DOUBLE_WORD = re.compile(rf"([{CJK}]{{2,6}}?)\1+")
_VERBS = ("制定|成立|建立|开展|完善|印发|出台|召开|组织|举办|设立|发布|公开|修订|修改|落实|明确|健全|"
          "调整|制订|编制|推进|加强|实施|出台|开通|设置|增设|更新|规范")
_TWO_VERBS = re.compile(rf"({_VERBS})了({_VERBS})了")


def _doubled_chars(raw: str):
    for match in _DOUBLE_CHAR.finditer(raw):
        ch = match.group(1)
        before_ok, after_ok = _CHARS[ch]
        prev = raw[match.start() - 1] if match.start() else ""
        nxt = raw[match.end()] if match.end() < len(raw) else ""
        if (prev and prev in before_ok) or (nxt and nxt in after_ok):
            continue
        if raw[match.start():match.end() + 2] == ch * 2 + "确确" or raw.startswith(ch * 4, match.start() - 2):
            continue
        yield match.start(), match.end(), ch


def _doubled_words(raw: str):
    for match in _DOUBLE_WORD.finditer(raw):
        word = match.group(1)
        if word[0] == "一" or len(set(word)) == 1:
            continue
        yield match.start(), match.end(), word


@hookimpl
def govlint_check(report):
    for text in report.prose():
        raw = text.raw
        taken = []
        for start, end, unit in sorted(list(_doubled_words(raw)) + list(_doubled_chars(raw))):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            half = text.sub(start + len(unit), end)
            copies = (end - start) // len(unit)
            # a slip writes a word twice; a longer run is left to the writer
            fix = Fix(half.start, half.end, "") if half != text.span and copies == 2 else None
            shown = raw[start:end] if copies == 2 else unit * 2 + "…"
            yield Finding(text.sub(start, end), f"“{unit}”重复写了{'两' if copies == 2 else copies}遍：“{shown}”",
                          f"“{unit}” is written {'twice' if copies == 2 else f'{copies} times'}", fix=fix)
        for match in _TWO_VERBS.finditer(raw):
            if match.group(1) == match.group(2):
                continue
            yield Finding(text.sub(match.start(), match.end()),
                          f"“{match.group(0)}”两个动词接连出现，应删去其中一个",
                          f"two verbs in a row: “{match.group(0)}”; keep one")
