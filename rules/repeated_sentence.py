"""同一个句子原样出现在两个部分里：从一个部分复制到另一个部分，没有改写。

## 它检查什么
一个不少于15个字（汉字、数字、字母，不计标点和空格）、以句号（问号、叹号）结束的句子，在报告的两个不同的一级部分
（一、总体情况；二、主动公开政府信息情况……）里一字不差地各出现一次，在后一次出现的地方报告，
并指出前一次在哪里。比较时忽略空格和全角、半角的差别。同一部分内的重复、标题、表格、没有句末标点的短行（图表说明、栏目名）不检查；
短句（“未收到政府信息公开申请。”）不检查。

## 为什么重要
整句照搬多半是编写时从另一个部分（或上一年的报告）复制过来忘了改，
后一处要么说的不是这一部分该说的内容，要么数字没有更新。

## 示例
```
一、总体情况
……我局严格落实信息发布保密审查制度，确保公开内容准确无误。
五、存在的主要问题及改进情况
……我局严格落实信息发布保密审查制度，确保公开内容准确无误。
```

## 应写作
在后一个部分写这一部分自己的内容，或删去重复的句子。
"""

import bisect
import re

from govlint import Finding, Note, hookimpl, normalize

CODE = "W224"
NAME = "repeated-sentence"
SEVERITY = "warning"

MIN_CHARS = 15
_STOPS = ("。", "！", "？", "!", "?")
_CONTENT = "\u4e00-\u9fff\u3400-\u4dbf0-9A-Za-z"
# MIN_CHARS characters of content (Chinese, digits, letters) at least, whatever stands between
_LONG_ENOUGH = re.compile(f"(?:[^{_CONTENT}]*[{_CONTENT}]){{{MIN_CHARS}}}")


def _section_of(starts: list[int], offset: int) -> int:
    """Index of the top-level section an offset lies in (-1 before the first one)."""
    return bisect.bisect_right(starts, offset) - 1


@hookimpl
def govlint_check(report, document):
    starts = [section.span.start for section in report.sections]
    if len(starts) < 2:
        return
    first: dict[str, tuple[int, object]] = {}      # the first sentence of each wording, and its section
    text = whole = None
    for one in document.sentences:      # a sentence wrapped over two lines is one sentence
        sentence = one.raw.strip(" \u3000\u00a0")
        if not sentence.endswith(_STOPS) or not _LONG_ENOUGH.match(sentence):
            continue
        if one.text is not text:        # (a text that lies in one section: so do its sentences)
            text = one.text
            whole = _section_of(starts, text.span.start)
            if whole != _section_of(starts, text.span.end):
                whole = None
        section = whole if whole is not None else _section_of(starts, one.span.start)
        if section < 0:
            continue
        key = normalize(sentence)
        if key not in first:
            first[key] = (section, one)
            continue
        earlier, before = first[key]
        if earlier == section:
            continue
        here, span = one.span, before.span
        shown = sentence if len(sentence) <= 30 else sentence[:30] + "…"
        yield Finding(here, f"这句话与第{span.line}行（另一个部分）一字不差：“{shown}”，疑为复制后没有改写",
                      f"this sentence repeats line {span.line} (another section) word for word",
                      notes=(Note(span, "第一次出现在这里", "first written here"),))
        first[key] = (section, before)
