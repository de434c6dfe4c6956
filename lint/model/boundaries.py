"""Where sentences end: the stop a paragraph must close with, the stops a run-on
paragraph lost inside it, and whether two pieces of text are one sentence that a
line break cut.

The reading is shared by the rules on sentence boundaries (L104 broken paragraph,
L105 missing stop); where two sentences run together inside a paragraph is
:mod:`govlint.model.run_ons`.  Every offset is an offset into the string passed in.
"""

from __future__ import annotations

import re

from govlint.model.prose import is_cjk
from govlint.model.quantities import counts

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


# what a sentence cannot stop on: a bracket or quote left open, a function word that needs
# what follows (的 和 对 …, unless it ends a word: 目的, 核对, 参与), or a verb that needs its
# object (清理 更新 …) when what follows is only that object ("过期链接和错误信息。")
_OPENS = (("（(", "）)"), ("“", "”"), ("《", "》"), ("【", "】"), ("〔", "〕"))
_FUNCTION_WORD_END = re.compile(r"(?:的|和|与|及|以及|或|或者|对|把|将|向|从|并|被|由|按照|根据|围绕|关于)$")
_VERB_END = re.compile(r"(?:清理|更新|发布|公开|报送|制定|印发|建立|开展|组织|召开|设置|开设|办理|答复|受理|"
                       r"审核|核查|维护|整合|梳理|编制|修订|解读|执行|贯彻|推行|提供|畅通|拓宽|加大|提高|"
                       r"提升|强化|加强|完善|健全|规范|优化|推进|推动|做好|抓好|落实|深化|扩大|增强)$")
_OBJECT_ONLY = 12   # a tail that is one clause this short, ended by its stop, can be a verb's object


def _left_open(head: str) -> bool:
    """Whether ``head`` ends inside a bracket or a quote it opened."""
    return any(sum(map(head.count, opening)) > sum(map(head.count, closing)) for opening, closing in _OPENS)


def _ends_on_function_word(head: str) -> bool:
    """Whether ``head`` stops on a function word that is not the end of a longer word."""
    found = _FUNCTION_WORD_END.search(head)
    if found is None:
        return False
    from govlint.model.proofread.model import load

    model = load()
    word = found.group(0)
    return not any(model.cls(head[-len(word) - k:]) is not None for k in (1, 2) if len(head) >= len(word) + k)


def continues(head: str, tail: str) -> bool:
    """Whether ``tail`` can only be the rest of the sentence ``head`` breaks off in: it
    starts with what no sentence starts with, or (when it opens no new sentence) its first
    clause is too short to be a sentence, ``head`` stops where no sentence can (inside a
    bracket or quote, on 的 or 和), or ``head`` stops on a verb and ``tail`` is only its object."""
    if not tail:
        return False
    if tail[0] in CARRIES_ON:
        return True
    last = counts(head)[-1:]
    if last and last[0].end == len(head):
        return False    # "……公开信息120条": a finished statement without its full stop
    if OPENER.match(tail):
        return False
    first = _CLAUSE.match(tail).group(0)
    if len(first) <= _SHORT and len(first) < len(tail):
        return True
    if _left_open(head) or _ends_on_function_word(head):
        return True
    object_only = len(first) <= _OBJECT_ONLY and tail[len(first):len(first) + 1] in ("。", "；", ";")
    return object_only and _VERB_END.search(head) is not None


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
