"""句子没有写完：动词后面缺少宾语。

## 它检查什么
一个分句只剩下“增强”“加强”“提高”“完善”“推进”这类动词就以“。”或“；”结束，
如“……规范信息发布与留言处理，增强。”——“增强”什么没有写出来。
带主语或助动词的说法（“力度有待加强。”“需进一步加强。”）不报告。

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

CODE = "W101"
NAME = "unfinished-sentence"
SEVERITY = "error"

VERBS = ("增强", "加强", "提高", "完善", "推进", "提升", "强化", "优化", "健全", "深化",
         "推动", "促进", "加快", "改进", "改善", "加大", "扩大", "做好", "抓好", "确保", "规范")
# a clause that is nothing but one of the verbs (optionally joined by 并/和/及)
_BARE = re.compile(r"(?:(?<=[，,；;：:])|^)[ \u3000]*(?:并|并且|和|及|以及)?(" + "|".join(VERBS) + r")[ \u3000]*[。；;]")


@hookimpl
def govlint_check(report):
    for text in report.prose():
        for match in _BARE.finditer(text.raw):
            verb = match.group(1)
            start = match.start(1)
            yield Finding(text.sub(start, start + len(verb)),
                          f"句子不完整：“{verb}”后面缺少宾语（{verb}什么？）",
                          f"unfinished sentence: “{verb}” has no object")
