"""成对的标点不成对：括号、书名号、引号打开了却没有关上，或者关上了却没有打开。

## 它检查什么
一段正文里的（）“”‘’《》〈〉〔〕【】「」『』：
- 左半边没有对应的右半边（“（以下简称《条例》有关要求”）；
- 右半边前面没有打开它的左半边（“依照《条例》）规定”“总计为0件）”）；段首的“）”
  （标题编号“（二”丢了）单独说明。
全角与半角括号视为同一种（混用由 L103 报告）；半角双引号"和半角方括号[]不配对；“1）”“2）”这样的列举编号不是括号。
一段里不成对的标点超过两个时不报告（多半是乱码或整段被截断，而不是一处笔误）；
文件的最后一段（可能被截断）和标题之前没有句号的网页栏目行不检查。
一段话在句子中间换行（Word、PDF 的硬换行：行末没有句号，下一行紧接着写）时，几行算作一段，
括号可以在下一行闭合。

## 为什么重要
括号不成对，读者分不清插入语在哪里结束，常常还说明后面有文字被删掉了。

## 示例
```
根据《中华人民共和国政府信息公开条例》（以下简称《条例》有关要求，编制本报告。
```

## 应写作
```
根据《中华人民共和国政府信息公开条例》（以下简称《条例》）有关要求，编制本报告。
```
"""

import re

from govlint import Finding, Heading, Paragraph, Text, hookimpl, pair

CODE = "L106"
NAME = "unclosed-bracket"
SEVERITY = "warning"

_MOST_UNMATCHED = 2     # more than this in one paragraph: garbled or cut text, not a slip

# a paragraph that starts with the closing half of a heading number: "）依申请公开…"
# (the "（二" before it was lost), never with a bracket that something opened
_ORPHAN_START = re.compile(r"^[ \u3000]*[)）](?=[\u4e00-\u9fff])")


def _heading_line(document, heading) -> Text:
    """A heading's title and run-in body as one text, and the lines its body wraps onto."""
    report = document.report
    start, end = heading.title.span.start, (heading.body or heading.title).span.end
    line = Text(report.text[start:end], report.span_of(start, end))
    paragraph = document.paragraph_of(heading) if heading.body is not None else None
    if paragraph is None or not paragraph.wrapped:
        return line
    pieces = (line,) + paragraph.text.pieces[1:]
    return Text("".join(piece.raw for piece in pieces), line.span.cover(pieces[-1].span), pieces)


def _texts(document):
    """Each logical paragraph (lines a wrap cut joined), and each heading line (title and
    run-in body as one text), in file order; web-page furniture before the first heading
    left out."""
    blocks = document.report.blocks
    first_heading = next((b.span.start for b in blocks if isinstance(b, Heading)), 0)
    for block in blocks:
        if isinstance(block, Heading):
            yield _heading_line(document, block)
        elif isinstance(block, Paragraph):
            paragraph = document.paragraph_of(block)
            if paragraph.blocks[0] is not block:
                continue            # a line that carries on the paragraph before it
            if block.span.start >= first_heading or "。" in paragraph.text.raw:
                yield paragraph.text


@hookimpl
def govlint_check(document):
    found = list(_texts(document))
    for text in found[:-1]:
        pairing = pair(text.raw)
        if not pairing.unmatched or len(pairing.unmatched) > _MOST_UNMATCHED:
            continue
        for at in pairing.unmatched:
            mark = text.raw[at]
            if at in pairing.unclosed:
                yield Finding(text.sub(at, at + 1), f"“{mark}”没有对应的右半边", f"“{mark}” is never closed")
            elif _ORPHAN_START.match(text.raw) and not text.raw[:at].strip(" \u3000"):
                yield Finding(text.sub(at, at + 1),
                              f"段首的“{mark}”没有对应的左半边：前面的编号（如“（二”）可能丢了",
                              f"“{mark}” opens the paragraph with no opening half: a lost heading number?")
            else:
                yield Finding(text.sub(at, at + 1), f"“{mark}”没有对应的左半边", f"“{mark}” was never opened")
