"""表三的行标签与格式规定的文字不一致（漏字、错字）。

## 它检查什么
表三各行的标签（如“2.其他法律行政法规禁止公开”）是格式统一规定的文字。本规则比较
报告写的标签与规定标签的文字（不计编号、空格、标点、括号里的说明和引号）：既不相同、
又不是被截断或折行的前半截时报告，多半是漏了字或打错了字。

## 为什么重要
统一的行标签让读者和汇总统计能逐行对照；标签里的错字说明表格是手工改过的，
数字也可能被一起改动过。

## 示例
```
	（三）不予公开	2.其他法律行政止公开	0	0	0	0	0	0	0
```

## 应写作
```
	（三）不予公开	2.其他法律行政法规禁止公开	0	0	0	0	0	0	0
```
"""

import re

from govlint import Finding, hookimpl, normalize

CODE = "T506"
NAME = "table-row-label"
SEVERITY = "warning"

_OPEN = re.compile(r"[（(]")
_CLOSE = re.compile(r"[）)]")
_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十0-9]+[）)、.．]?")
_NOT_WORD = re.compile(r"[^\u4e00-\u9fff]")


def _without_asides(text: str) -> str:
    """``text`` without its bracketed asides, each from an opening bracket to the next
    closing one; linear (a pattern that scans on from every unclosed bracket is not)."""
    out, at = [], 0
    while True:
        opening = _OPEN.search(text, at)
        closing = _CLOSE.search(text, opening.end()) if opening else None
        if closing is None:     # no closing bracket after this one: none after a later one
            break
        out.append(text[at:opening.start()])
        at = closing.end()
    out.append(text[at:])
    return "".join(out)


def _words(label: str) -> str:
    text = normalize(label)
    text = _NUMBER.sub("", _without_asides(text))
    return _NOT_WORD.sub("", text)


@hookimpl
def govlint_check(document):
    grid = document.tables.table("三")
    if grid is None:
        return
    for row in grid.rows:
        if not row.written:
            continue
        written_text, span = row.written[-1]
        official = row.label.split(" ")[-1]
        written, wanted = _words(written_text), _words(official)
        if not written or written == wanted or wanted.startswith(written) or written.startswith(wanted):
            continue
        yield Finding(span, f"表三行标签“{written_text.strip()}”与格式规定的“{official}”不一致（漏字或错字）",
                      f"table 3 row label “{written_text.strip()}” differs from the official “{official}”")
