"""The statistics period a report gives for its own figures ("本报告所列数据的统计期限为
2021年1月1日至12月31日"): where the words that name it stand, and the date it starts on.

The dates are the date tokenizer's (:mod:`govlint.syntax.dates`), so a period written
二〇二一年一月一日, 2021 年 1 月 1 日 or 自2021年1月1日起 is read like any other date.
Every offset is an offset into the string passed in.
"""

from __future__ import annotations

import bisect
import re

from govlint.syntax.dates import FoundDate, tokens

# the report's own figures: 数据 alone, or after 报告 / 所列 / 表中 …, not some other body's
# (疫情防控数据统计截至…)
_FIGURES = r"(?:(?<![\u4e00-\u9fff])|(?<=报告)|(?<=报告中的)|(?<=报告中)|(?<=所列)|(?<=表中)|(?<=以上)|(?<=上述))数据"
#: the words that say "the statistics period is": 统计期限、统计期、统计时间 …, 所列数据, and the
#: figures' own dates (数据的统计起止时间为…, 数据起止日期为…, 数据统计至…)
PERIOD_WORD = re.compile(r"统计(?:期限|期间|时限|时间|时段|区间|周期|范围|期|限)|所列数据"
                         rf"|{_FIGURES}[^，,。；;]{{0,4}}?(?:统计)?(?:起止|截止)(?:时间|日期)|{_FIGURES}[^，,。；;]{{0,2}}?统计(?:至|到|截至|截止)")
CLAUSE_END = "。；;！？"
_COMMA = "，,"
# a date that bounds something else rather than starting the period ("2020年1月1日前受理的")
_BEFORE = re.compile(r"[ \u3000]*(?:以前|之前|前)")


def period_word_before(raw: str, at: int, ends: str = CLAUSE_END) -> bool:
    """Whether a period word stands before ``at`` in its clause (a clause ends at ``ends``)."""
    start = max(raw.rfind(ch, 0, at) for ch in ends) + 1
    return bool(PERIOD_WORD.search(raw, start, at))


def period_starts(raw: str) -> list[FoundDate]:
    """The date each statistics period of ``raw`` starts on: the first whole date after a
    period word, in the same clause ("统计期限为2021年1月1日至……" → 2021年1月1日).
    A text without a period word (nearly every sentence) is not read for dates."""
    words = list(PERIOD_WORD.finditer(raw))
    if not words:
        return []
    found = [d for d in tokens(raw) if d.flaw is None and d.is_complete and not _BEFORE.match(raw, d.end)]
    starts = [d.start for d in found]
    # where the clause around each offset ends: read once from the end, so the text is read once
    clause_end = [len(raw)] * (len(raw) + 1)
    for i in range(len(raw) - 1, -1, -1):
        clause_end[i] = i if raw[i] in CLAUSE_END + _COMMA else clause_end[i + 1]
    out = []
    for word in words:
        first = bisect.bisect_left(starts, word.end())
        if first < len(found) and found[first].start < clause_end[word.end()] and found[first] not in out[-1:]:
            out.append(found[first])
    return out
