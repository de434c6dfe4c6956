"""A total and its parts, in any of the ways running text lists them.

"共收到申请52件，其中当面申请20件、网络申请30件", "发布信息300条，包括……", "共3件，分别为……",
"收到申请3件：网上2件、信函1件", "收到申请3件（网上2件、信函1件）", and a total one clause or
one sentence before its list ("共收到申请52件，内容主要涉及征地拆迁。其中，当面申请20件……").

The reading is one small parser over the counts of :mod:`govlint.model.quantities`:

1. an *opener* (其中, 包括, 包含, 含, 分别为, 主要是, a colon, a bracket) follows a count, the
   *total*.  After 其中 a clause without any number, or a sentence break, may stand between;
   another word or a colon may follow its total by a few words ("共收到申请5件，具体如下：")
   or open the next sentence ("……300条。主要包括……"); a bracket follows it directly;
2. the *list* runs from the opener to the end of the clause at the opener's bracket depth
   (a ；only continues a list that a colon opened), to the closing bracket when the list
   is in brackets, or to the next 其中;
3. each count at that depth is a *part*, named by the words before it; counts in nested
   brackets are details of a part.  A part whose clause opens on another measure
   ("均已办结10件", "同比增长", "累计浏览") ends the list: the words are read at the start
   of a clause, not anywhere inside a label;
4. the list is *complete* when it says so: a rest bucket (其他 anywhere in a label), 分别为,
   names of every category before the total ("建议、提案共21件"), or both halves of the
   standard applicant split (自然人 / 法人或其他组织);
5. a percentage right after a part ("8件，占80%", "8件（80%）") is that part's share.

Every offset is an offset into the string that was passed in.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from govlint.model.prose import SENTENCE_END, depths
from govlint.model.quantities import Count, counts, same_value

_STOP = re.compile("[" + re.escape(SENTENCE_END) + "]")
_ROUND = re.compile("[（()）]")

_OPENER = re.compile(r"其中|包括|包含|(?<![包内])含(?![量义金有])|分别(?:为|是|有)|主要(?:是|为|有|包括)|[:：]|[（(]")
_WORD_OPENER = re.compile(r"其中|包括|包含|含|分别(?:为|是|有)|主要(?:是|为|有|包括)")
# what a clause that starts another measure opens with ("均已办结", "占50%", "同比增长")
_NEW_MEASURE = re.compile(r"^(?:均|全部|都|已|按时|按期|如期|办结|答复|办理完|占|同比|较上年|比上年|较去年|比去年|"
                          r"累计|另外|此外|另有|同时|共计|合计|总计|共|增长|增加|减少|下降|上升|浏览|访问|点击|"
                          r"关注|粉丝|转载|阅读|平均|每|人均|内容涉及|主要涉及|收到|接到|接收|受理)")
# what stands right before a count that is a change, not an amount ("较上年增加20条", "同比减少了3件")
_CHANGE_BEFORE = re.compile(r"(?:增加|减少|增长|下降|上升|提高|降低|增多|(?<![至最])[多少]|(?<!新)增|减)了?(?:约|近|超过)?$")
# words after a count that make it a predicate on a figure already given ("10件均已办结")
_PREDICATE_AFTER = re.compile(r"^(?:均|全部|都|已|按时|按期|如期)")
_TOTAL_WORD = re.compile(r"(?:共|共计|合计|总计|累计)\s*$")
_CATEGORY_SPLIT = re.compile(r"、|以及|和|及|与|/")
# a rest bucket ("其他信息", "以其他方式公开"); "法人或其他组织" names a kind of applicant
_OTHER = re.compile(r"其他(?!组织)|其它(?!组织)")
_NATURAL = re.compile(r"^(?:自然人|公民|个人|群众)")
_LEGAL = re.compile(r"^(?:法人|企业|单位|组织)")
# the text itself says the parts may overlap
# ("一件多渠道发布", "同时在微信推送", "重复统计", "同一信息在多个平台发布"; "多渠道推进公开" alone
# says nothing of the figures, nor does the connective "同时，" / "与此同时")
_OVERLAP = re.compile(r"(?<!与此)(?:同时|同步)(?![，,])|一件多|一条多|重复|交叉|兼有|"
                      r"同一(?:条|件|篇|份)?(?:信息|内容|文件|稿件)")
# a part named by where it was published: one item goes out on several channels and counts
# once in the total (the statistics standard says so: 不同渠道和方式公开相同信息计1条), so
# channel figures may add up to more than the total
_CHANNEL = re.compile(r"通过|网站|门户|网页|微信|微博|新媒体|客户端|公众号|小程序|APP|App|app|抖音|头条|视频号|"
                      r"报刊|报纸|广播|电视|公告栏|公开栏|公示栏|宣传栏|电子屏|显示屏|政务服务网|发布会|平台|媒体")
# a kind of content ("概况类信息", "政务动态", "信息公开目录"): categories of one total
_CONTENT = re.compile(r"类|目录|动态|文件|政策|解读|公告|通知|规划|预算|决算|人事|概况")
# what may stand between a part and its share: "，占比", "（占", "，占申请总数的"
# (also "、占总数的60%", "占全部申请的60%")
_SHARE_LEAD = re.compile(r"[ \u3000]*(?:[，,、][ \u3000]*)?(?P<open>[（(])?[ \u3000]*"
                         r"(?P<word>占(?:[^，,。；;%％0-9]{0,8}?(?:总数|总量|总计|全部|总体|合计)[^，,。；;%％0-9]{0,6}?的?)?"
                         r"(?:比例|比重|比)?|(?:所占)?(?:比例|比重))?"
                         r"(?:为|达|约为|是)?[ \u3000]*$")
_LEAD = " \u3000\u00a0，,、：:；;"


@dataclass(frozen=True)
class Share:
    """A percentage the text gives for a part ("8件，占80%")."""

    part: Count
    percent: Count


@dataclass(frozen=True)
class Breakdown:
    """A total and the parts a list gives for it."""

    total: Count
    parts: tuple[Count, ...]      # counts of the list, in order (percentages left out)
    labels: tuple[str, ...]       # the words before each part ("概况类信息更新")
    complete: str | None          # "categories" | "other" | "respectively" | "applicants" when the list claims to be whole
    # when the list follows a sentence that states several figures ("新收219件，上年结转10件，
    # 办结218件。其中……"), any of them may be the total: the others
    alternatives: tuple[Count, ...] = ()
    overlap: bool = False         # the text says the parts may overlap ("一件多渠道", "同时")
    shares: tuple[Share, ...] = ()
    opener: str = ""              # the word or mark that opened the list ("其中", "：", "（")
    end: int = -1                 # where the list ends (a stop, a closing bracket, the next 其中)

    @property
    def same_unit_parts(self) -> tuple[Count, ...]:
        return tuple(p for p in self.parts if p.unit == self.total.unit)

    @property
    def channels(self) -> bool:
        """Every part is named by a channel ("通过门户网站公开4100条，通过政务微信公开2300条"):
        the same item may be counted under several of them."""
        return all(_CHANNEL.search(label) and not _CONTENT.search(label) for label in self.labels)

    @property
    def other_units(self) -> bool:
        """A part counted in another unit (16期 among 条): the total may include it."""
        return any(p.unit != self.total.unit for p in self.parts)

    def cuts(self) -> list[tuple[Count, ...]]:
        """The parts of the total's unit grouped into the cuts the text makes: a run of parts
        that reaches the total exactly is one whole cut, and what follows cuts the same total
        another way ("其中自然人8件、法人2件，网上7件、信函3件")."""
        groups, current, added = [], [], 0
        for part in self.same_unit_parts:
            current.append(part)
            added += part.value
            if same_value(added, self.total.value):
                groups.append(tuple(current))
                current, added = [], 0.0
        if current:
            groups.append(tuple(current))
        return groups


class _Reading:
    """One text made ready for the parser: bracket depths and pairs, its counts and
    percentages in order, and where the sentence around every offset starts."""

    def __init__(self, text: str):
        self.text = text
        self.depth = depths(text)
        every = counts(text)
        self.counts = [c for c in every if not c.is_percent]
        self.percents = [c for c in every if c.is_percent]
        self.in_percent = {i for p in self.percents for i in range(p.start, p.end)}
        self._count_starts = [c.start for c in self.counts]
        self._percent_starts = [p.start for p in self.percents]
        self.ending_at = {c.end: c for c in self.counts}
        # where each sentence starts: 0, and one past every stop outside brackets
        self._starts = [0] + [m.end() for m in _STOP.finditer(text) if self.depth[m.start()] == 0]
        self._closes: dict[int, int] = {}
        open_at: dict[str, list[int]] = {"（": [], "(": []}
        for mark in _ROUND.finditer(text):
            i, ch = mark.start(), mark.group()
            if ch in open_at:
                open_at[ch].append(i)
            elif open_at["（" if ch == "）" else "("]:
                self._closes[open_at["（" if ch == "）" else "("].pop()] = i

    def sentence_start(self, at: int) -> int:
        """Where the sentence that ``text[at]`` belongs to starts (a stop before ``at`` ends the one before)."""
        return self._starts[bisect.bisect_right(self._starts, max(0, min(at, len(self.text)))) - 1]

    def close_of(self, at: int) -> int:
        """Index of the bracket that closes the one opened at ``at`` (the end when none does)."""
        return self._closes.get(at, len(self.text))

    def counts_within(self, start: int, end: int) -> list[Count]:
        """The counts that start at or after ``start`` and end by ``end``, in order."""
        first = bisect.bisect_left(self._count_starts, start)
        out = []
        for count in self.counts[first:]:
            if count.start >= end:
                break
            if count.end <= end:
                out.append(count)
        return out

    def percent_after(self, at: int) -> Count | None:
        first = bisect.bisect_left(self._percent_starts, at)
        return self.percents[first] if first < len(self.percents) else None

    def top_text(self, start: int, end: int, base: int) -> str:
        """The characters of ``text[start:end]`` at bracket depth ``base`` (bracketed details left out)."""
        return "".join(ch for i, ch in enumerate(self.text[start:end], start) if self.depth[i] == base)

    def plain_between(self, start: int, end: int, base: int) -> bool:
        """Whether ``text[start:end]`` holds no number (percentages aside) and no list opener at depth ``base``."""
        text, depth = self.text, self.depth
        for i in range(start, end):
            if depth[i] != base:
                continue
            if text[i] in "0123456789０１２３４５６７８９" and i not in self.in_percent:
                return False
            if _WORD_OPENER.match(text, i):
                return False
        return True


def _total_before(r: _Reading, opener: re.Match):
    """The total an opener lists the parts of, and the bracket the list stands in (if any)."""
    text, depth = r.text, r.depth
    k = opener.start()
    word = _WORD_OPENER.fullmatch(opener.group(0)) is not None
    j, bracket_at = k - 1, None
    if not word:
        while j >= 0 and text[j] in " \u3000\u00a0":
            j -= 1
        if opener.group(0) in "（(":
            bracket_at = k
    else:
        while j >= 0 and text[j] in _LEAD + "（(" + ("。" if opener.group(0) == "其中" else ""):
            if text[j] in "（(":
                if bracket_at is not None:
                    break
                bracket_at = j
            j -= 1
    total = r.ending_at.get(j + 1)
    if total is not None and _is_change(text, total):
        return None, None
    if total is not None or opener.group(0) in "（(":
        return total, bracket_at
    # the total a clause (or one sentence) before its list: the last count before the opener,
    # with no other number between them, in this sentence or the one before.  After 其中 any
    # clause may stand between; another opener must follow its total closely ("共收到申请5件，
    # 具体如下：……") or open the next sentence ("……300条。主要包括……")
    here = r.sentence_start(k)
    lead = text[here:k].strip(_LEAD)
    opens_sentence = not lead or opener.group(0) != "其中" and lead in ("具体", "主要", "分别", "具体情况")
    start = r.sentence_start(here - 1) if opens_sentence and here else here
    before = [c for c in r.counts_within(start, k) if depth[c.num_start] == depth[k]]
    if not before or not r.plain_between(before[-1].end, k, depth[k]):
        return None, None
    between = text[before[-1].end:k].strip(_LEAD + "。")
    if opener.group(0) != "其中" and not opens_sentence and (len(between) > 12 or "。" in text[before[-1].end:k]):
        return None, None
    return (None, None) if _is_change(text, before[-1]) else (before[-1], None)


def _is_change(text: str, count) -> bool:
    """Whether ``count`` is a change from another figure ("较上年增加20条", "同比减少了3件"):
    the parts listed after it are parts of some total, never of the change."""
    return _CHANGE_BEFORE.search(text, max(0, count.num_start - 8), count.num_start) is not None


@functools.lru_cache(maxsize=512)
def breakdowns(text: str) -> tuple[Breakdown, ...]:
    """Every total with the list of its parts in ``text`` (see the module docstring)."""
    r = _Reading(text)
    depth = r.depth
    out: list[Breakdown] = []
    used: set[tuple[int, int]] = set()     # (total, end of list): 3件（其中……） is read once
    for opener in _OPENER.finditer(text):
        k = opener.start()
        if opener.group(0) in ":：（(" and _WORD_OPENER.match(text[opener.end():opener.end() + 8].lstrip(_LEAD)):
            continue   # "5件：其中……", "5件（其中……）": the word that follows opens the list
        total, bracket_at = _total_before(r, opener)
        if total is None:
            continue
        colon = opener.group(0) in ":：" or text[opener.end():opener.end() + 1] in ":：" \
            or text[:k].rstrip(" \u3000")[-1:] in (":", "：")
        if bracket_at is not None:
            base = depth[bracket_at]
            end = r.close_of(bracket_at)
        else:
            base = depth[k]
            ends = SENTENCE_END + ("" if colon else "；;")
            end = len(text)
            for i in range(opener.end(), len(text)):
                if depth[i] < base or depth[i] == base and (text[i] in ends or text.startswith("其中", i)):
                    end = i
                    break
        parts, labels = [], []
        cursor = opener.end()
        for count in r.counts_within(opener.end(), end):
            if depth[count.num_start] != base:
                continue
            label = r.top_text(cursor, count.start, base).strip(_LEAD)
            if "其中" in label:
                break   # a breakdown of the last part ("分办5件，其中2件……")
            clause_start = re.split(r"[，,；;]", label)[-1].strip(_LEAD) if parts else label
            if _NEW_MEASURE.match(clause_start) or _NEW_MEASURE.match(label):
                break   # another measure ("……，均已办结10件")
            if labels and clause_start.startswith("涉及") and not labels[0].startswith("涉及"):
                break   # the same total cut another way ("网上11件，信函5件，涉及规划类6件")
            after = text[count.end:count.end + 3]
            if _PREDICATE_AFTER.match(after) and not label:
                break   # "10件均已办结": a statement about a figure, not a part
            parts.append(count)
            labels.append(label)
            cursor = count.end
        if not parts or not any(p.unit == total.unit for p in parts) or (total.start, end) in used:
            continue
        used.add((total.start, end))
        alternatives = _alternatives(r, total, k)
        sentence = text[r.sentence_start(total.start):end]
        shares = tuple(_shares(r, parts))
        out.append(Breakdown(total, tuple(parts), tuple(labels),
                             _completeness(text, total, labels, opener.group(0)), alternatives,
                             bool(_OVERLAP.search(sentence)), shares, opener.group(0), end))
    return tuple(out)


def _alternatives(r: _Reading, total: Count, k: int) -> tuple[Count, ...]:
    """Other figures the list may break down instead: the sum of totals given side by side
    ("人大建议5件、政协提案8件，其中主办3件、协办10件"), and, when the list stands apart from
    its total (after a sentence break or a clause), the other figures of the total's sentence."""
    chain = _coordinate(r, total)
    joined = ()
    if len(chain) > 1:
        value = sum(c.value for c in chain)
        joined = (Count(value, total.unit, any(c.approx for c in chain), chain[0].start, total.end,
                        chain[0].num_start, total.num_end),)
    between = r.text[total.end:k]
    if "。" not in between and not between.strip(_LEAD + "（("):
        return joined
    return joined + tuple(c for c in r.counts_within(r.sentence_start(total.start), total.start)
                          if c.unit == total.unit and r.depth[c.num_start] == r.depth[total.num_start])


def _coordinate(r: _Reading, total: Count) -> list[Count]:
    """The counts joined to ``total`` by 、 / 和 / 及 / 与 within one clause, ending with it."""
    chain = [total]
    earlier = r.counts_within(r.sentence_start(total.start), total.start)
    for count in reversed(earlier):
        if count.unit != total.unit or r.depth[count.num_start] != r.depth[total.num_start]:
            break
        between = r.text[count.end:chain[0].start]
        if not re.match(r"^[ \u3000]*(?:、|和|及|与|以及)[^，,。；;：:]*$", between):
            break
        chain.insert(0, count)
    return chain


def _shares(r: _Reading, parts: list[Count]):
    for part in parts:
        following = r.percent_after(part.end)
        if following is None or following.start - part.end > 16:
            continue
        lead = _SHARE_LEAD.fullmatch(r.text, part.end, following.start)
        if lead and (lead["word"] or lead["open"]):
            yield Share(part, following)


def _completeness(text: str, total: Count, labels: list[str], opener: str) -> str | None:
    if any(_OTHER.search(label) for label in labels):
        return "other"
    if opener.startswith("分别"):
        return "respectively"
    if (len(labels) >= 2 and any(_NATURAL.match(label) for label in labels)
            and any(_LEGAL.match(label) for label in labels)
            and all(_NATURAL.match(label) or _LEGAL.match(label) for label in labels)):
        return "applicants"
    head = text[:total.start]
    word = _TOTAL_WORD.search(head)
    if not word:
        return None
    head = head[:word.start()]
    cut = max(head.rfind(ch) for ch in "，,。；;：:")
    names = [n.strip(_LEAD) for n in _CATEGORY_SPLIT.split(head[cut + 1:])]
    names = [n for n in names if n]
    if len(names) < 2 or len(names) != len(labels):
        return None
    for name, label in zip(names, labels):
        if not label or not (label in name or name in label):
            return None
    return "categories"
