"""成对的标点不成对：括号、书名号、引号打开了却没有关上，或者关上了却没有打开。

## 它检查什么
一段正文里的（）“”‘’《》〈〉〔〕【】「」『』：
- 左半边没有对应的右半边（“（以下简称《条例》有关要求”）；
- 右半边前面没有打开它的左半边（“依照《条例》）规定”“总计为0件）”）；段首的“）”
  （标题编号“（二”丢了）单独说明。
全角与半角括号视为同一种（混用由 L103 报告）；半角双引号"和半角方括号[]不配对；“1）”“2）”这样的列举编号不是括号。
一段里不成对的标点超过两个时不报告（多半是乱码或整段被截断，而不是一处笔误）；
文件的最后一段（可能被截断）和标题之前没有句号的网页栏目行不检查。
从 PDF 导出的文字在句子中间硬换行（行末没有句号、下一行紧接着）时，括号可以在下一行闭合。

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

from govlint import Finding, hookimpl
from govlint.syntax.nodes import Heading, Paragraph, Text
from govlint.model.pairs import pair

CODE = "L106"
NAME = "unclosed-bracket"
SEVERITY = "warning"

_MOST_UNMATCHED = 2     # more than this in one paragraph: garbled or cut text, not a slip

# a paragraph that starts with the closing half of a heading number: "）依申请公开…"
# (the "（二" before it was lost), never with a bracket that something opened
_ORPHAN_START = re.compile(r"^[ \u3000]*[)）](?=[\u4e00-\u9fff])")

_SENTENCE_END = set("。！？!?；;")


def _wraps(before, after, between) -> bool:
    """Whether ``after`` carries on ``before`` across a hard line break (text exported from a
    PDF: no blank line, no full stop at the end of the line)."""
    return (isinstance(before, Paragraph) and isinstance(after, Paragraph) and between == "\n"
            and bool(before.text.raw) and before.text.raw.rstrip()[-1:] not in _SENTENCE_END)


def _wrapped_lines(report) -> tuple[dict[int, str], set[int]]:
    """For each paragraph that a hard line break cut mid-sentence, the text of the lines that
    carry it on (keyed by the start of the paragraph), and the starts of those lines."""
    rest: dict[int, str] = {}
    heads: set[int] = set()
    chain: list[Paragraph] = []
    for before, after, between in report.gaps():
        if _wraps(before, after, between):
            chain.append(before)
            heads.add(after.text.span.start)
            for head in chain:
                rest[head.text.span.start] = rest.get(head.text.span.start, "") + after.text.raw
        else:
            chain = []
    return rest, heads


def _texts(report):
    """Each paragraph, and each heading line (title and run-in body as one text), in file
    order; web-page furniture before the first heading left out."""
    first_heading = next((b.span.start for b in report.blocks if isinstance(b, Heading)), 0)
    for block in report.blocks:
        if isinstance(block, Paragraph):
            if block.span.start >= first_heading or "。" in block.text.raw:
                yield block.text
        elif isinstance(block, Heading):
            start = block.title.span.start
            end = (block.body or block.title).span.end
            yield Text(report.text[start:end], report.span_of(start, end))


@hookimpl
def govlint_check(report):
    found = list(_texts(report))
    carried_on, carries_on = _wrapped_lines(report)
    orphan_starts = set()
    for block in report.blocks:
        if isinstance(block, Paragraph) and _ORPHAN_START.match(block.text.raw):
            orphan_starts.add(block.text.span.start)
    for text in found[:-1]:
        tail = carried_on.get(text.span.start, "")
        pairing = pair(text.raw + tail)
        unmatched = [at for at in pairing.unmatched if at < len(text.raw)]
        if text.span.start in carries_on:
            # closers that close what the lines before opened are not surplus here
            unmatched = [at for at in unmatched if at not in pairing.surplus]
        if not unmatched or len(pairing.unmatched) > _MOST_UNMATCHED:
            continue
        for at in unmatched:
            mark = text.raw[at]
            if at in pairing.unclosed:
                yield Finding(text.sub(at, at + 1), f"“{mark}”没有对应的右半边", f"“{mark}” is never closed")
            elif text.span.start in orphan_starts and not text.raw[:at].strip(" \u3000"):
                yield Finding(text.sub(at, at + 1),
                              f"段首的“{mark}”没有对应的左半边：前面的编号（如“（二”）可能丢了",
                              f"“{mark}” opens the paragraph with no opening half: a lost heading number?")
            else:
                yield Finding(text.sub(at, at + 1), f"“{mark}”没有对应的左半边", f"“{mark}” was never opened")
