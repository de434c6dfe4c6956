"""括号、书名号或引号打开了却没有关上：“（以下简称《条例》有关要求，……”。

## 它检查什么
一段正文里的“（”“《”“【”“〔”或左引号没有对应的右半边（全角与半角括号视为同一种，
混用由 L103 报告）。文中多出来的右括号不报告，但段首没有左半边的“）”（标题编号“（二”丢了）要报告；
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
from govlint.nodes import Paragraph
from govlint.prose import texts

CODE = "L106"
NAME = "unclosed-bracket"
SEVERITY = "warning"

_PAIRS = {"（": "）", "(": "）", "《": "》", "【": "】", "〔": "〕", "“": "”"}
_CLOSERS = {"）": "）", ")": "）", "》": "》", "】": "】", "〕": "〕", "”": "”"}


def unclosed(raw: str) -> list[int]:
    """Offsets of opening marks that are never closed."""
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(raw):
        if ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif ch in _CLOSERS:
            want = _CLOSERS[ch]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == want:
                    del stack[depth:]
                    break
    return [i for _, i in stack]


# a paragraph that starts with the closing half of a heading number: "）依申请公开…"
# (the "（二" before it was lost), never with a bracket that something opened
_ORPHAN_START = re.compile(r"^[ \u3000]*[)）](?=[\u4e00-\u9fff])")


_SENTENCE_END = set("。！？!?；;")


def _wrapped_lines(report) -> dict[int, str]:
    """For a paragraph that a hard line break cut mid-sentence (text exported from a PDF:
    no blank line, no full stop at the end), the text of the lines that carry it on,
    keyed by the start of the paragraph."""
    rest: dict[int, str] = {}
    chain: list[Paragraph] = []
    for before, after, between in report.gaps():
        wrapped = (isinstance(before, Paragraph) and isinstance(after, Paragraph) and between == "\n"
                   and before.text.raw and before.text.raw.rstrip()[-1:] not in _SENTENCE_END)
        if wrapped:
            chain.append(before)
            for head in chain:
                rest[head.text.span.start] = rest.get(head.text.span.start, "") + after.text.raw
        else:
            chain = []
    return rest


@hookimpl
def govlint_check(report):
    found = list(texts(report, furniture=False))
    carried_on = _wrapped_lines(report)
    closed_by_head: set[int] = set()     # paragraphs whose opening ")" closes the line before
    for text in found[:-1]:
        tail = carried_on.get(text.span.start, "")
        marks = unclosed(text.raw)
        if marks and tail:
            marks = [at for at in unclosed(text.raw + tail) if at < len(text.raw)]
            closed_by_head.add(text.span.end)
        for at in marks[:1]:
            mark = text.raw[at]
            yield Finding(text.sub(at, at + 1), f"“{mark}”没有对应的右半边",
                          f"“{mark}” is never closed")
    for before, block in zip((None,) + report.blocks, report.blocks):
        if not isinstance(block, Paragraph):
            continue
        match = _ORPHAN_START.match(block.text.raw)
        if match and not (isinstance(before, Paragraph) and before.text.span.end in closed_by_head
                          and report.text[before.span.end:block.span.start] == "\n"):
            mark = match.group(0).strip()
            yield Finding(block.text.sub(match.end() - 1, match.end()),
                          f"段首的“{mark}”没有对应的左半边：前面的编号（如“（二”）可能丢了",
                          f"“{mark}” opens the paragraph with no opening half: a lost heading number?")
