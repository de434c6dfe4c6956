"""文字处理软件或格式转换留下的杂质：[bookmark: _GoBack]、“-------------”、&nbsp;、换页符。

## 它检查什么
- Word 转换留下的书签标记 `[bookmark: _GoBack]`、`[image: …]`、`_Toc123456789`，
  域代码 `{ PAGE }`、`HYPERLINK "…"`，以及交叉引用失效后的“错误！未找到引用源。”；
- 没有转换的 HTML 标签和字符实体：`<br>` `<p>` `<span …>`，`&nbsp;`（包括漏了分号的 `&nbsp`）
  `&amp;` `&lt;` `&gt;` `&quot;` `&emsp;`；
- 换页符、零宽字符、软连字符、书写方向标记等看不见的控制字符；
- 单独成行的页码和页脚（“- 3 -”“第 3 页 共 10 页”“Page 3 of 10”）；
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
页码和页脚只报告，不自动删除（自动修复从不删改报告中的数字）；“错误！未找到引用源。”也只报告：
那里缺的是引用的内容，要人工补上。
"""

import re

from govlint import Artifact, Finding, Fix, Paragraph, hookimpl

CODE = "L101"
NAME = "converter-artifact"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2061-\u2064"
_DEBRIS = re.compile(
    # (what a match starts with, first: the alternatives are tried only there)
    rf"(?=[\[_{{Hh<&\f\v\x00-\x08\x0e-\x1f\x7f{_INVISIBLE}])(?:"
    r"\[(?:bookmark|image|anchor)\s*:[^\]\n]{0,80}\]"
    r"|(?<![A-Za-z0-9])_(?:Toc|Ref|Hlk)[0-9]{6,}"
    r"|\{[ \u3000]*(?:PAGE|NUMPAGES|SECTIONPAGES|HYPERLINK|PAGEREF|REF|TOC|SEQ|MERGEFIELD)\b[^{}\n]{0,160}\}"
    r"|HYPERLINK[ \u3000]+(?:\\l[ \u3000]+)?\"[^\"\n]{0,300}\"[ \u3000]*"
    # a tag, with its attributes written as HTML writes them (not "a<b 且 b>c")
    r"|</?(?:p|br|span|div|font|b|i|u|strong|em|td|tr|th|table|tbody|li|ul|ol|h[1-6]|a|img|sup|sub)"
    r"(?:\s+[A-Za-z:-]+(?:\s*=\s*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^\s<>\"']{1,80}))?){0,12}\s*/?>"
    r"|&(?:nbsp|amp|lt|gt|quot|apos|emsp|ensp|thinsp|ldquo|rdquo|middot|mdash|hellip);"
    r"|&nbsp(?![A-Za-z;])"
    r"|&#x?[0-9a-fA-F]{1,6};"
    rf"|[\f\v\x00-\x08\x0e-\x1f\x7f{_INVISIBLE}]+)",
    re.IGNORECASE,
)
# what Word writes where a cross-reference lost its target: the reference itself is missing
_BROKEN_REFERENCE = re.compile(r"错误[！!][ \u3000]*(?:未找到引用源|未定义书签|书签未定义|文档中没有指定样式的文字)[。.]?")
# a line that is nothing but a page number or a page footer
_PAGE_LINE = re.compile(r"[ \u3000]*(?:[-－—–][ \u3000]*[0-9０-９]{1,4}[ \u3000]*[-－—–]"
                        r"|第[ \u3000]*[0-9０-９]{1,4}[ \u3000]*页[ \u3000，,/／]*共[ \u3000]*[0-9０-９]{1,4}[ \u3000]*页"
                        r"|共[ \u3000]*[0-9０-９]{1,4}[ \u3000]*页[ \u3000，,/／]*第[ \u3000]*[0-9０-９]{1,4}[ \u3000]*页"
                        r"|[Pp]age[ ]+[0-9]{1,4}(?:[ ]+of[ ]+[0-9]{1,4})?)[ \u3000]*")
_LINK = re.compile(r"href|src|HYPERLINK|^</a\b", re.IGNORECASE)
_NAMES = {"\f": "换页符", "\v": "垂直制表符"}


def _describe(found: str) -> str:
    if found[0] in _NAMES:
        return _NAMES[found[0]]
    if re.fullmatch(f"[{_INVISIBLE}]+", found):
        return "看不见的字符（零宽字符、软连字符或书写方向标记）"
    if found[0] < " " or found[0] == "\x7f":
        return "控制字符"
    return f"“{found}”"


@hookimpl
def govlint_check(report, document):
    for hit in document.search(_DEBRIS, cells=True, title=True, logical=False):
        span = hit.span
        found = hit.match.group(0)
        # (debris with digits in it, _Toc123456789, is left to the writer: a fix never takes a number out)
        # (nor a link with its target: the address would be lost with the tag)
        fix = (Fix(span.start, span.end, "") if hit.text.placed and not any(ch.isdigit() for ch in found)
               and not _LINK.search(found) else None)
        yield Finding(span, f"转换残留的{_describe(hit.match.group(0))}，应删除",
                      "conversion debris left in the text", fix=fix)
    for before, _, between in report.gaps():
        for match in _DEBRIS.finditer(between):
            start, end = before.span.end + match.start(), before.span.end + match.end()
            yield Finding(report.span_of(start, end), f"转换残留的{_describe(match.group(0))}，应删除",
                          "conversion debris left in the text", fix=Fix(start, end, ""))
    for hit in document.search(_BROKEN_REFERENCE, cells=True, title=True, logical=False):
        yield Finding(hit.span, f"交叉引用失效后留下的“{hit.match.group(0)}”：引用的内容没有了，应补上",
                      "a broken cross-reference left by Word: the text it pointed to is missing")
    for block in report.iter(Paragraph):
        if _PAGE_LINE.fullmatch(block.text.raw):   # (no fix: a fix never takes a number out of a report)
            yield Finding(block.span, f"单独成行的页码或页脚“{block.text.raw.strip()}”（转换残留），应删除",
                          "a page number or footer line left by a converter")
    for block in report.iter(Artifact):
        end = block.span.end + (block.span.end_line < len(report.lines))    # with its line break
        yield Finding(block.span, "单独成行的表格分隔线（转换残留），应删除",
                      "a stray table rule line left by a converter", fix=Fix(block.span.start, end, ""))
