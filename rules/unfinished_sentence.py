"""句子没有写完：动词后面缺少宾语。

## 它检查什么
一个分句只剩下“增强”“加强”“提高”“完善”“推进”这类动词就以“。”或“；”结束，
如“……规范信息发布与留言处理，增强。”——“增强”什么没有写出来。
带主语或助动词的说法（“力度有待加强。”“需进一步加强。”）不报告。
也报告在下一个标题之前、停在一个光秃秃的数字上的段落（“……主动公开政府信息260余”），
数字后面既没有量词也没有句号。

## 为什么重要
半截句子是删改后没有检查的痕迹，读者无法知道要说的是什么。

## 示例
```
优化网站栏目设置，规范信息发布与留言处理，增强。
```

## 应写作
```
优化网站栏目设置，规范信息发布与留言处理，增强网站服务能力。
```
"""

import re

from govlint import Finding, hookimpl
from govlint.nodes import Heading, Paragraph

CODE = "W101"
NAME = "unfinished-sentence"
SEVERITY = "error"

VERBS = ("增强", "加强", "提高", "完善", "推进", "提升", "强化", "优化", "健全", "深化",
         "推动", "促进", "加快", "改进", "改善", "加大", "扩大", "做好", "抓好", "确保", "规范")
# a clause that is nothing but one of the verbs (optionally joined by 并/和/及)
_BARE = re.compile(r"(?:(?<=[，,；;：:])|^)[ \u3000]*(?:并|并且|和|及|以及)?(" + "|".join(VERBS) + r")[ \u3000]*[。；;]")


# a paragraph that breaks off on a number: no unit, no full stop ("…公开政府信息260余")
_ENDS_ON_NUMBER = re.compile(r"(?<![0-9A-Za-z.])(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?[ \u3000]*$")


@hookimpl
def govlint_check(report):
    for text in report.prose():
        for match in _BARE.finditer(text.raw):
            verb = match.group(1)
            start = match.start(1)
            yield Finding(text.sub(start, start + len(verb)),
                          f"句子不完整：“{verb}”后面缺少宾语（{verb}什么？）",
                          f"unfinished sentence: “{verb}” has no object")
    yield from _broken_off(report)


def _broken_off(report):
    """Paragraphs that stop on a bare number right before the next heading (not at the
    end of the file, where a cut-off copy stops anywhere)."""
    blocks = report.blocks
    for block, following in zip(blocks, blocks[1:]):
        if not (isinstance(block, Paragraph) and isinstance(following, Heading)):
            continue
        text = block.text
        match = _ENDS_ON_NUMBER.search(text.raw)
        if match is None or len(text.raw) < 8:
            continue
        yield Finding(text.sub(match.start(), match.end()),
                      f"句子不完整：段落在“{match.group(0).strip()}”处中断，缺少量词和句号",
                      f"unfinished sentence: the paragraph breaks off at “{match.group(0).strip()}” "
                      f"with no unit and no full stop")
