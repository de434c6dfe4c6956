"""中文句子里混用了半角标点：“取得了一些成效,但……;二是……”。

## 它检查什么
在全文以全角标点（，；：（））为主的报告里，中文句子中出现的半角 `,` `;` `:` `(` `)` `?` `!`，
以及写在汉字后面当句号用的 `.`；
在使用弯引号“”的报告里，中文句子中的直引号 `"`。每段只报告一次。

不报告：网址、电子邮箱和数字里的半角符号（`www.gov.cn`、`a@b.cn`、`1,234`、`106.36`、`08:32`、
编号 `1.`、省略号 `...`），
括号里只有字母数字的（`(www.gov.cn)`），以及通篇都用半角标点的文本（那是转换造成的统一格式，
不是个别的混用）。

## 为什么重要
中文文本应使用全角标点（GB/T 15834）；个别段落混入半角标点，说明这一段是从别处粘贴来的，
也影响排版和检索。

## 示例
```
我局信息公开工作取得了成效,但与工作需要相比还有差距;一是制度有待细化。
```

## 应写作
```
我局信息公开工作取得了成效，但与工作需要相比还有差距；一是制度有待细化。
```

## 修复
换成对应的全角标点不改变意思，可以自动修复（直引号成对时换成“”）。
"""

import bisect
import re

from govlint import CJK, Finding, Fix, hookimpl, is_cjk

CODE = "L103"
NAME = "halfwidth-punctuation"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", ".": "。"}
_FULL_MARKS = "，；：（）"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】〔〕"
# the local part of an e-mail address starts where its run of address characters starts
# (the look-behind): trying every letter of a long run as a start would be quadratic
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff，。；）)]+"
                      r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _chinese(ch: str) -> bool:
    return bool(ch) and (is_cjk(ch) or ch in _CJK_PUNCT)   # ("" is in every string)


def _neighbours(raw: str, i: int) -> tuple[str, str]:
    j = i - 1
    while j >= 0 and raw[j] == " ":
        j -= 1
    k = i + 1
    while k < len(raw) and raw[k] == " ":
        k += 1
    return (raw[j] if j >= 0 else ""), (raw[k] if k < len(raw) else "")


_MARK = re.compile(r'[(),;:?!".]')
_CJK_RUN = re.compile(f"[{CJK}]+")
# a list number in Chinese numerals that opens a line or an item ("一.", "：一.…；二.…", "第一."): not a full stop
_LIST_NUMBER = re.compile(r"(?:^|[\n：:；;，,。])[ \u3000]*(?:第)?[（(]?[一二三四五六七八九十〇零]{1,3}[）)]?$")


def halfwidth_marks(raw: str, quotes: bool) -> list[int]:
    """Offsets of half-width marks standing in Chinese text."""
    if _MARK.search(raw) is None:
        return []       # no half-width mark at all (most texts)
    masked = set()
    if "://" in raw or "www." in raw or "@" in raw:     # an address has one of these
        for match in _ADDRESS.finditer(raw):
            masked.update(range(match.start(), match.end()))
    out = []
    stack = []
    # the runs of CJK characters (read at the first bracket pair closed): whether a
    # bracket pair holds one is a search among them
    runs = run_ends = None
    for mark in _MARK.finditer(raw):
        i, ch = mark.start(), mark.group()
        if i in masked:
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            if runs is None:
                runs = [m.span() for m in _CJK_RUN.finditer(raw)]
                run_ends = [end for _, end in runs]
            first = bisect.bisect_right(run_ends, start + 1)    # the first run ending inside or after
            if first < len(runs) and runs[first][0] < i:
                out.extend((start, i))
        elif ch in ",;:?!":
            prev, nxt = _neighbours(raw, i)
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue    # 1,234 and 08:32
            if ch == ":" and prev.isascii() and prev.isalpha():
                continue
            if _chinese(prev) or (_chinese(nxt) and not (prev.isascii() and prev.isalnum())):
                out.append(i)
        elif ch == ".":
            # a full stop after Chinese text, ending the text or followed by more of it: not a
            # decimal point, an address, a list number ("1.") or one dot of an ellipsis ("...")
            if raw[i - 1:i] == "." or raw[i + 1:i + 2] == "." or _LIST_NUMBER.search(raw, max(0, i - 8), i):
                continue
            prev, nxt = _neighbours(raw, i)
            if _chinese(prev) and (not nxt or _chinese(nxt) or nxt in "）)”’"):
                out.append(i)
        elif ch == '"' and quotes:
            prev, nxt = _neighbours(raw, i)
            if _chinese(prev) or _chinese(nxt):
                out.append(i)
    return sorted(out)


_TRAILING_SPACE = ",;:?!)"   # marks an English-style space follows; the full-width form needs none


def _end(raw: str, last: int) -> int:
    """End of the fixed stretch: the last mark, and the space an English-style mark left after it."""
    end = last + 1
    if raw[last] in _TRAILING_SPACE and raw[end:end + 1] == " ":
        end += 1
    return end


def _replacement(raw: str, first: int, last: int, marks: list[int]) -> str:
    chars = list(raw[first:_end(raw, last)])
    quote_marks = [i for i in marks if raw[i] == '"']
    for _n, i in enumerate(marks):
        ch = raw[i]
        if ch == '"':
            if len(quote_marks) % 2:
                continue
            chars[i - first] = "“" if quote_marks.index(i) % 2 == 0 else "”"
        else:
            chars[i - first] = _FULL[ch]
            if ch in _TRAILING_SPACE and i + 1 - first < len(chars) and chars[i + 1 - first] == " ":
                chars[i + 1 - first] = ""
    return "".join(chars)


@hookimpl
def govlint_check(document):
    texts = list(document.prose())
    every = "\n".join(t.raw for t in texts)       # (the marks are counted in all texts at once)
    full = sum(every.count(m) for m in _FULL_MARKS)
    curly = any("“" in t.raw or "”" in t.raw for t in texts)
    found = [(t, halfwidth_marks(t.raw, curly)) for t in texts]
    half = sum(1 for t, marks in found for i in marks if t.raw[i] != '"')
    # only where full-width is the file's own convention: a text written throughout with
    # ASCII punctuation (a converter's doing) is consistent, not mixed
    punctuation_mixed = full >= 3 and full >= half
    for text, marks in found:
        if not punctuation_mixed:
            marks = [i for i in marks if text.raw[i] == '"']
        if not marks:
            continue
        first, last = marks[0], marks[-1]
        span = text.sub(first, _end(text.raw, last))
        fix = None
        if text.placed and not text.pieces:     # the replacement is made of raw: one line's text
            fix = Fix(span.start, span.end, _replacement(text.raw, first, last, marks))
        shown = "".join(sorted({text.raw[i] for i in marks}))
        yield Finding(span, f"中文句子中混用了半角标点“{shown}”（共{len(marks)}处），应使用全角标点",
                      f"half-width punctuation {shown} in Chinese text ({len(marks)} places)", fix=fix)
