"""Where sentences end: the stop a paragraph must close with, the stops a run-on
paragraph lost inside it, and whether two pieces of text are one sentence that a
line break cut.

The reading is shared by the rules on sentence boundaries (L104 broken paragraph,
L105 missing stop).  Every offset is an offset into the string passed in.
"""

from __future__ import annotations

import re

from govlint.model.prose import counts, depths, is_cjk

#: marks a sentence, a clause-final list item or a lead-in may end with
STOPS = set("。！？!?；;：:…")
#: closing marks that may stand after the stop (“……。”）) or in front of a lost one
CLOSERS = set("”’」』》）)】〕]")

# what opens a new item of a list: 一是, （一）, 1., 附件, a bullet
NEW_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|"
                      r"第[一二三四五六七八九十]|附件|附表|注[:：]|[•·●■◆※★-])")
# words a new sentence opens with: a time, a subject, a connective
OPENER = re.compile(r"^(?:[0-9０-９]|下一步|同时|此外|另外|其中|目前|今后|总之|为此|因此|所以|但|然而|首先|其次|"
                    r"再次|最后|一方面|另一方面|近年|全年|本年|今年|去年|上年|当年|年内|我|本|该|全|各|在|按照|根据|"
                    r"依据|通过|针对|围绕|结合|截至|截止|经|对|为|如|若|总|综上|具体|主要|其|这|此|所列|报告)")
# characters no sentence starts with: the text carries on the sentence before it
CARRIES_ON = set("，,、；;的")
_CLAUSE = re.compile(r"[^，,。；;：:！？!?]*")
_SHORT = 6      # a first clause this short is the rest of a broken sentence, not a sentence


def continues(head: str, tail: str) -> bool:
    """Whether ``tail`` can only be the rest of the sentence ``head`` breaks off in."""
    if not tail:
        return False
    if tail[0] in CARRIES_ON:
        return True
    last = counts(head)[-1:]
    if last and last[0].end == len(head):
        return False    # "……公开信息120条": a finished statement without its full stop
    first = _CLAUSE.match(tail).group(0)
    return len(first) <= _SHORT and len(first) < len(tail) and not OPENER.match(tail)


def missing_end(raw: str) -> int | None:
    """The offset of the last character when ``raw`` ends a sentence of words without a
    stop — after a word, or after a closing bracket or quote with no stop inside it
    ("……准确无误", "……（以下简称《条例》）").  None when it ends with a stop, with a
    figure (a count left unfinished is another defect), or with anything else."""
    text = raw.rstrip(" \u3000\u00a0\t")
    if not text:
        return None
    i = len(text) - 1
    while i >= 0 and text[i] in CLOSERS:
        i -= 1
    if i < 0 or text[i] in STOPS or not is_cjk(text[i]) or text[i] in "余多":
        return None
    return len(text) - 1


# the words that close a sentence: after 如下 comes a colon, after "由……组成/构成" a stop
_CLOSING = re.compile(r"如下|由[^。；;，,]{2,80}?(?:组成|构成)")
_AFTER_CLOSING_NOT_NEW = re.compile(r"[的了部要人员单成图表述几方面分]")


_YEAR_STARTS = re.compile(r"(?:19|20)[0-9]{2}[ \u3000]*年")


def run_together(raw: str) -> list[int]:
    """Offsets in ``raw`` where one sentence runs straight into the next without a stop:
    after a closing formula (现将有关情况报告如下, 具体情况如下, 本报告由……六个部分组成) or after a count
    that ends a statement when a year opens the next one (……公开信息120条2022年我局……)."""
    depth = depths(raw)
    out = [c.end for c in counts(raw) if not c.is_percent and _YEAR_STARTS.match(raw, c.end)]
    for match in _CLOSING.finditer(raw):
        at = match.end()
        if at >= len(raw) or depth[match.start()] or depth[at - 1]:
            continue
        following = raw[at]
        if not (is_cjk(following) or following.isdigit()) or _AFTER_CLOSING_NOT_NEW.match(following):
            continue
        if OPENER.match(raw[at:]) or NEW_ITEM.match(raw[at:]) or following.isdigit():
            out.append(at)
    return sorted(out)
