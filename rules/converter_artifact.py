"""文字处理软件或格式转换留下的杂质：[bookmark: _GoBack]、“-------------”、&nbsp;、换页符。

## 它检查什么
- Word 转换留下的书签标记 `[bookmark: _GoBack]`、`[image: …]`；
- 没有转换的 HTML 字符实体：`&nbsp;` `&amp;` `&lt;` `&gt;` `&quot;` `&emsp;`；
- 换页符、零宽字符等看不见的控制字符；
- 单独成行的 Markdown 表格分隔线（“-------------”“---|---”）。

## 为什么重要
这些字符不是报告的内容，发布出去既难看，也说明稿件没有在发布前校对。

## 示例
```
[bookmark: _GoBack]2020年，我局政务公开工作取得了一定成效。
```

## 应写作
```
2020年，我局政务公开工作取得了一定成效。
```

## 修复
删除这些字符（整行的分隔线连同换行一起删除），不改变正文意思，可以自动修复。
"""

import re

from govlint import Artifact, Finding, Fix, hookimpl

CODE = "L101"
NAME = "converter-artifact"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_DEBRIS = re.compile(
    r"\[(?:bookmark|image|anchor)\s*:[^\]\n]{0,80}\]"
    r"|&(?:nbsp|amp|lt|gt|quot|apos|emsp|ensp|thinsp|ldquo|rdquo|middot|mdash|hellip);"
    r"|&#x?[0-9a-fA-F]{1,6};"
    r"|[\f\v\u200b\u200c\u200d\u2060\ufeff]+",
    re.IGNORECASE,
)
_NAMES = {"\f": "换页符", "\v": "垂直制表符"}


def _describe(found: str) -> str:
    if found[0] in _NAMES:
        return _NAMES[found[0]]
    if found[0] in "\u200b\u200c\u200d\u2060\ufeff":
        return "零宽字符"
    return f"“{found}”"


@hookimpl
def govlint_check(report, document):
    for hit in document.search(_DEBRIS, cells=True, title=True, logical=False):
        span = hit.span
        fix = Fix(span.start, span.end, "") if hit.text.placed else None
        yield Finding(span, f"转换残留的{_describe(hit.match.group(0))}，应删除",
                      "conversion debris left in the text", fix=fix)
    for before, _, between in report.gaps():
        for match in _DEBRIS.finditer(between):
            start, end = before.span.end + match.start(), before.span.end + match.end()
            yield Finding(report.span_of(start, end), f"转换残留的{_describe(match.group(0))}，应删除",
                          "conversion debris left in the text", fix=Fix(start, end, ""))
    for block in report.iter(Artifact):
        end = block.span.end + (block.span.end_line < len(report.lines))    # with its line break
        yield Finding(block.span, "单独成行的表格分隔线（转换残留），应删除",
                      "a stray table rule line left by a converter", fix=Fix(block.span.start, end, ""))
