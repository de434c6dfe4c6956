"""汉字之间多出的空格：“本年 度办 理结 果”“结 果 维 持”“健康发展 。”。

## 它检查什么
- 汉字之间夹着半角空格，而且拆出了单个汉字（“结 果 维 持”“不予公 开”），这是从 PDF
  提取文字时常见的断词；每个单元格、每段文字只报告一次；
- 标点前后多出的空格：“健康发展 。”“《政府信息主动公开制度 》”。

用空格隔开的完整词语（网页上的“关怀版 无障碍”）和全角空格排版（“概　述”）不报告；
标题之前没有句号的网页栏目行不检查。

## 为什么重要
断开的词让读者读不通，也会让按词检索、按表格标签核对数据的工具失效。

## 示例
```
三、本年 度办 理结 果
结 果 维 持
```

## 应写作
```
三、本年度办理结果
结果维持
```

## 修复
删去这些空格不改变意思，可以自动修复。
"""

import re

from govlint import CJK, Finding, Fix, hookimpl, is_cjk

CODE = "L102"
NAME = "space-in-word"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_SPACE = "[ \u00a0]+"
_BEFORE_MARK = re.compile(rf"(?<=[{CJK}]){_SPACE}(?=[。，、；：！？》）”】])")
_AFTER_MARK = re.compile(rf"(?<=[《（“【]){_SPACE}(?=[{CJK}])")
_WIDGET = set("大中小")


def _gaps(raw: str) -> list[tuple[int, int]]:
    """The spaces that should not be there, as ``(start, end)`` offsets.

    The text is cut at spaces into chunks; chunks joined CJK-to-CJK across a space
    form a run, and a run with a one-character chunk is a word broken apart
    ("结 果 维 持", "不予公 开"), while "第二十条  第(一)项" or "关怀版 无障碍" are not.
    A text without a space has no gap: most texts (table cells, unbroken sentences) are
    passed over without being cut.
    """
    if " " not in raw and "\u00a0" not in raw:
        return []
    out = []
    chunks = [(m.start(), m.end()) for m in re.finditer(r"[^ \u00a0]+", raw)]
    run = [chunks[0]] if chunks else []

    def close(run):
        if len(run) > 1 and any(e - s == 1 for s, e in run) and set(
                "".join(raw[s:e] for s, e in run)) - _WIDGET:
            out.extend((a[1], b[0]) for a, b in zip(run, run[1:]))

    for chunk in chunks[1:]:
        left, right = raw[run[-1][1] - 1], raw[chunk[0]]
        if is_cjk(left) and is_cjk(right):
            run.append(chunk)
        else:
            close(run)
            run = [chunk]
    if run:
        close(run)
    out.extend(m.span() for m in _BEFORE_MARK.finditer(raw))
    out.extend(m.span() for m in _AFTER_MARK.finditer(raw))
    return sorted(set(out))


@hookimpl
def govlint_check(report, document):
    by_line: dict[int, list[tuple[int, int]]] = {}
    for text in document.prose(cells=True, furniture=False):
        if text.span.end - text.span.start != len(text.raw):
            continue        # text over several lines: offsets cannot be mapped back
        for start, end in _gaps(text.raw):
            by_line.setdefault(text.span.line, []).append((text.span.start + start, text.span.start + end))
    for line in sorted(by_line):
        gaps = sorted(by_line[line])
        span = report.span_of(gaps[0][0], gaps[-1][1])
        source, base = report.lines[line - 1], span.start - (span.column - 1)
        kept, cursor = [], span.start
        for start, end in gaps:
            kept.append(source[cursor - base:start - base])
            cursor = end
        shown = source[max(0, span.column - 4):span.end_column + 2].replace("\t", " ").strip()
        shown = shown if len(shown) <= 24 else shown[:23] + "…"
        yield Finding(span, f"汉字或标点之间多了空格：“{shown}”",
                      f"stray spaces inside Chinese words: “{shown}”", fix=Fix(span.start, span.end, "".join(kept)))
