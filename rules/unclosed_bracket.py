"""括号、书名号或引号打开了却没有关上：“（以下简称《条例》有关要求，……”。

## 它检查什么
一段正文里的“（”“《”“【”“〔”或左引号没有对应的右半边（全角与半角括号视为同一种，
混用由 L103 报告）。多出来的右括号不报告；文件的最后一段（可能被截断）和标题之前没有句号的网页栏目行不检查。

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

from govlint import Finding, hookimpl
from govlint.nodes import Heading, Paragraph

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


def _texts(report):
    headings = [b.span.start for b in report.blocks if isinstance(b, Heading)]
    body_starts = headings[0] if headings else 0
    for block in report.blocks:
        if isinstance(block, Paragraph):
            if block.span.start < body_starts and "。" not in block.text.raw:
                continue    # web-page furniture before the report body ("字号：【")
            yield block.text
        elif isinstance(block, Heading):
            yield block.title
            if block.body is not None:
                yield block.body


@hookimpl
def govlint_check(report):
    texts = list(_texts(report))
    for text in texts[:-1]:
        for at in unclosed(text.raw)[:1]:
            mark = text.raw[at]
            yield Finding(text.sub(at, at + 1), f"“{mark}”没有对应的右半边",
                          f"“{mark}” is never closed")
