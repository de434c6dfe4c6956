"""句子没有写完：动词后面缺少宾语。

## 它检查什么
一个分句只剩下“增强”“加强”“提高”“完善”“推进”“落实”这类动词（可带“进一步”“不断”
“切实”之类的副词）就以“。”或“；”结束，如“……规范信息发布与留言处理，增强。”
“……定期清理过期链接，不断优化。”——“增强”“优化”什么没有写出来。
带主语或助动词的说法（“力度有待加强。”“需进一步加强。”）不报告。
也报告在下一个标题之前、停在一个光秃秃的数字上的段落（“……主动公开政府信息260余”），
数字后面既没有量词也没有句号。电话、传真、邮编这类号码（五位以上的数字、“-”或“：”之后的数字、
联系方式一类的分句）不是没写完的数量，不报告；单元格粘连成文字的标准表格（“行政规范性文件1203”）
由 T001 报告，其中的数字也不在这里报告。

## 为什么重要
半截句子是删改后没有检查的痕迹，读者无法知道要说的是什么。

## 示例
```
优化网站栏目设置，规范信息发布与留言处理，增强。
```

## 应写作
```
优化网站栏目设置，规范信息发布与留言处理，增强网站服务能力。
```
"""

import re

from govlint import Finding, Heading, Paragraph, hookimpl

CODE = "W101"
NAME = "unfinished-sentence"
SEVERITY = "error"

VERBS = ("增强", "加强", "提高", "完善", "推进", "提升", "强化", "优化", "健全", "深化",
         "推动", "促进", "加快", "改进", "改善", "加大", "扩大", "做好", "抓好", "确保", "规范",
         "落实", "保障", "开展", "夯实", "拓宽", "细化", "压实", "拓展")
# adverbs of manner a bare verb may carry and still have no object ("，进一步规范。"); a modal
# verb or a subject makes the clause whole ("需进一步加强。", "力度有待加强。"), and after 更加
# the word is an adjective ("更加规范。")
ADVERBS = ("进一步", "不断", "切实", "持续", "全面", "着力", "大力", "继续", "认真", "积极", "深入",
           "扎实", "逐步", "有效", "努力", "加快")
# a clause that is nothing but one of the verbs (optionally joined by 并/和/及, with an
# adverb); the look-ahead of the characters a match starts with spares the clause-start test
_STARTS = " \u3000并和及以" + "".join(sorted({word[0] for word in VERBS + ADVERBS}))
_BARE = re.compile(rf"(?=[{_STARTS}])(?:(?<=[，,；;：:])|^)[ \u3000]*(?:并|并且|和|及|以及)?"
                   rf"(?:{'|'.join(ADVERBS)})?(" + "|".join(VERBS) + r")[ \u3000]*[。；;]")


# a paragraph that breaks off on a number: no unit, no full stop ("…公开政府信息260余")
_ENDS_ON_NUMBER = re.compile(r"(?<![0-9A-Za-z.])(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?[ \u3000]*$")
# a number that is a code, not a count: a phone or fax number, a postcode, a room number
_CODE_BEFORE = re.compile(r"(?:[-－—–/:：#＃]|电话|传真|邮编|邮政编码|手机|邮箱|热线|号码|编号|室|QQ)[ \u3000]*$")
# the clause the number ends: a contact or address line ("联系电话：0000-1234567")
_CONTACT = re.compile(r"电话|传真|邮编|邮政编码|手机|邮箱|电子邮件|联系|地址|网址|热线|号码|编号|QQ")


@hookimpl
def govlint_check(report, document):
    for hit in document.search(_BARE):
        verb = hit.match.group(1)
        yield Finding(hit.span_of(1), f"句子不完整：“{verb}”后面缺少宾语（{verb}什么？）",
                      f"unfinished sentence: “{verb}” has no object")
    yield from _broken_off(report, document)


def _broken_off(report, document):
    """Paragraphs that stop on a bare number right before the next heading (not at the
    end of the file, where a cut-off copy stops anywhere)."""
    blocks = report.blocks
    glued = [failure.extent for failure in document.tables.unrecognised if failure.extent is not None]
    for block, following in zip(blocks, blocks[1:]):
        if not (isinstance(block, Paragraph) and isinstance(following, Heading)):
            continue
        text = block.text
        if any(extent.start <= text.span.start and text.span.end <= extent.end for extent in glued):
            continue    # a row of a table glued into text: T001 says so
        match = _ending_number(text.raw)
        if match is None or len(text.raw) < 8 or _is_code(text.raw, match):
            continue
        yield Finding(text.sub(match.start(), match.end()),
                      f"句子不完整：段落在“{match.group(0).strip()}”处中断，缺少量词和句号",
                      f"unfinished sentence: the paragraph breaks off at “{match.group(0).strip()}” "
                      f"with no unit and no full stop")


_TAIL = 64   # no count a paragraph ends on is longer


def _ending_number(raw: str) -> re.Match | None:
    """The number ``raw`` ends on.  Only its last characters are searched: the pattern is
    anchored at the end, and trying every start in a long paragraph would be quadratic."""
    start = max(0, len(raw) - _TAIL)
    match = _ENDS_ON_NUMBER.search(raw, start)
    if match is not None and match.start() == start > 0 and _ENDS_ON_NUMBER.match(raw[start - 1]):
        return None     # a run of numerals longer than any count: not a number broken off
    return match


def _is_code(raw: str, match: re.Match) -> bool:
    """Whether the number a paragraph ends on is a phone number, a postcode or another code:
    five or more digits, a number after "-" or "：", or the last clause is a contact line."""
    digits = sum(ch.isdigit() for ch in match.group(0))
    clause = re.split(r"[，,。；;！？]", raw[:match.start()])[-1]
    near = max(0, match.start() - _TAIL)
    return digits >= 5 or bool(_CODE_BEFORE.search(raw, near, match.start())) or bool(_CONTACT.search(clause))
