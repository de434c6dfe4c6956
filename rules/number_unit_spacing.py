"""同一段里，数字与单位之间有的空格、有的不空格。

## 它检查什么
同一段落中，“2024 年”“4282 条”这样数字与单位（年、月、日、件、条、个、项、次、人、篇、
万、元等）之间带空格的写法，和“32条”这样不带空格的写法混在一起。整段统一带空格
（某些排版软件导出的文字就是这样）或统一不带空格，都不报告。

## 为什么重要
中文公文里数字与单位之间不加空格；同一段里时有时无，多半是从不同来源拼贴、
或 PDF 转换留下的痕迹，读起来也不整齐。

## 示例
```
全年发布政务信息10300条，其中概况类信息32条，信息公开目录 4282 条。
```

## 应写作
```
全年发布政务信息10300条，其中概况类信息32条，信息公开目录4282条。
```

## 修复
带空格的是少数时，删去这些空格（不改动数字本身）。
"""

import re

from govlint import Finding, Fix, hookimpl

CODE = "L107"
NAME = "number-unit-spacing"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_UNITS = "年月日件条个项次人篇万元家期起份"
_SPACED = re.compile(rf"(?<![0-9.:：-])([0-9]+)([ \u00a0]+)(?=[{_UNITS}])")
_TIGHT = re.compile(rf"(?<![0-9.:：-])[0-9]+(?=[{_UNITS}])")
_SPACE_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0]+$")


@hookimpl
def govlint_check(document):
    for text in document.prose():
        if " " not in text.raw and "\u00a0" not in text.raw:
            continue        # no number spaced from its unit (most texts have no space at all)
        spaced = list(_SPACED.finditer(text.raw))
        tight = list(_TIGHT.finditer(text.raw)) if spaced else []
        if not spaced or not tight:
            continue
        if len(spaced) <= len(tight):
            first = spaced[0]
            fix = _fix(text, spaced)
            yield Finding(text.sub(first.start(), first.end() + 1),
                          f"数字与单位之间的空格不统一：“{first.group(0)}{text.raw[first.end()]}”带空格，"
                          f"同段的“{tight[0].group(0)}{text.raw[tight[0].end()]}”不带（共 {len(spaced)} 处带空格）",
                          f"inconsistent spacing between numbers and units: {len(spaced)} spaced, "
                          f"{len(tight)} not, in one paragraph", fix=fix)
        else:
            first = tight[0]
            yield Finding(text.sub(first.start(), first.end() + 1),
                          f"数字与单位之间的空格不统一：同段多数带空格，“{first.group(0)}{text.raw[first.end()]}”"
                          f"却不带（共 {len(tight)} 处）",
                          f"inconsistent spacing between numbers and units: {len(tight)} of "
                          f"{len(spaced) + len(tight)} are not spaced")


def _fix(text, spaced):
    """Remove the spaces between the numbers and their units, and a space right before such a number."""
    raw = text.raw
    if not text.placed or text.pieces:
        return None     # the replacement is made of raw: only for the file's own characters
    pieces, cursor = [], 0
    for match in spaced:
        start = match.start()
        before = _SPACE_BEFORE.search(raw[:start])
        keep_to = before.start() if before else start
        pieces.append(raw[cursor:keep_to])
        pieces.append(match.group(1))
        cursor = match.end()
    pieces.append(raw[cursor:])
    return Fix(text.span.start, text.span.end, "".join(pieces))
