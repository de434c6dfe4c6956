"""Where one sentence ends and the next begins with no stop between them.

A junction is read from both sides of a place with no punctuation:

- **what closes** the text before it: a closing formula that only ends a sentence
  (如下, 由……组成/构成, 如表所示, 为准, 起施行, 特此报告, 现予公布), a statement that ends on
  its figure (a count with its unit, "公开信息120条"; a stated period's "……至12月31日止"), a
  verb phrase that takes no object (均已办结, 按时完成, 予以公开), or the end of a list (……等);
- **what opens** the text after it: a time adverbial (全年, 本年度, 截至, a year read by the
  date tokenizer: 2022年), a new subject (我局, 本机关, 各部门), a discourse opener (此外,
  其中, 首先, 下一步), a numbered item ((一), 1., 一是) — each scored by what it is followed
  by: a comma or a predicate ("2022年，", "我局积极……") says a clause starts, a bare word
  may still be the object of the verb before it ("完成全年任务", "公布我局年度报告").

A junction is reported when both sides together are strong enough: a closing formula
needs no more than a plain opener, a closing figure or verb phrase needs an opener that
can only start a clause, the end of a list (等) or a plain word only an opener that is
followed by its comma and names no noun ("……工作此外，我局……").  Besides, the next marker
of an enumeration the text (or the heading it belongs to) has already started ("一是……二是……",
"（一）……（二）……", "1.……2.……") always starts a new item when it stands straight after a word.

A heading's title is a short name, so any word may end it: after it, an opener with its
comma starts the body ("一、总体情况2022年，我局……"), and so does a clause with a subject, an
item or a preposition after a title that ends on its topic ("政府信息管理我局严格……").

Adverbials are not sentences: "截至目前为止我局共……" and "自……至12月31日止，我局……" lack
at most a comma, and are not read as two sentences.

Every offset is an offset into the string passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from govlint.syntax.dates import tokens
from govlint.syntax.numerals import cn_to_int, to_halfwidth
from govlint.model.periods import period_word_before
from govlint.model.prose import depths, is_cjk
from govlint.model.quantities import counts

# how strongly each side says a sentence ends or starts: a junction needs both sides to
# add up to _ENOUGH
_ENOUGH = 4
_FORMULA, _FIGURE, _LIST_END = 3, 2, 1
_CLAUSE, _LIKELY, _PLAIN = 3, 2, 1


@dataclass(frozen=True)
class Junction:
    """Two sentences written as one: ``at`` is where the second starts."""

    at: int
    closing: str        # the words that close the first sentence ("报告如下", "120条")
    opening: str        # the words that open the second ("全年共", "2022年，")
    mark: str           # the stop that is missing: "。", "：" after 如下, "，" before a bare 其中

    @property
    def mark_name(self) -> str:
        return {"。": "句号", "：": "冒号", "，": "逗号", "；": "分号"}[self.mark]

    @property
    def mark_name_en(self) -> str:
        return {"。": "full stop", "：": "colon", "，": "comma", "；": "semicolon"}[self.mark]


# ── what closes a sentence ────────────────────────────────────────────────────

# "由A、B……组成" ends its sentence, but "由……抽调人员组成专班" goes on to its object, so it
# takes an opener like the other formulas; the list of parts has no comma in it
_MADE_OF = re.compile(r"(?:由|包括)[^。；;：:，,]{2,160}?(?:组成|构成)|(?:[一二三四五六七八九十]|[0-9]{1,2})(?:个|大)?部分(?:组成|构成)")
_CLOSING_FORMULA = re.compile(r"如下|所示|为准|起施行|起实施|特此(?:报告|说明|公告|函告)|"
                              r"现予(?:公布|公告|公开)")
# a verb phrase that takes no object: 均已办结, 按时完成, 予以公开
_CLOSING_VERB = re.compile(r"(?:已|均|全部|按时|如期|顺利|圆满|及时)[\u4e00-\u9fff]{0,3}?(?:办结|审结|完成|完毕|结束)|"
                           r"(?:予以|加以)[\u4e00-\u9fff]{2}")
# characters after which the next words are what the character governs, or the adverb that
# modifies them, not a new sentence (在2022年, 截至2022年, 的同时, 向我局, 也因此)
_GOVERNS = set("在于从自至到向对为是了把被将和与及或的地得之以由就即乃系也正并亦而还又才都")


def _closers(text: str) -> dict[int, tuple[int, int]]:
    """``{end: (start, strength)}`` of what may close a sentence, by the offset it ends at."""
    out: dict[int, tuple[int, int]] = {}

    def add(start, end, strength):
        if end not in out or out[end][1] < strength:
            out[end] = (start, strength)

    for match in _MADE_OF.finditer(text):
        add(match.start(), match.end(), _FORMULA)
    for match in _CLOSING_FORMULA.finditer(text):
        add(match.start(), match.end(), _FORMULA)
    for match in _CLOSING_VERB.finditer(text):
        add(match.start(), match.end(), _FIGURE)
    for date in tokens(text):
        # "统计期限为……至12月31日止" closes a statement; "自……至12月31日止，我局……" only an adverbial
        if date.day is not None and text[date.end:date.end + 1] == "止" and period_word_before(text, date.start):
            add(date.start, date.end + 1, _FIGURE)
    for count in counts(text):
        if text[count.num_start - 1:count.num_start] != "第":     # 第20条 is a citation
            add(count.start, count.end, _FIGURE)
    for match in re.finditer("等", text):
        add(match.start(), match.end(), _LIST_END)
    return out


# ── what opens a sentence ─────────────────────────────────────────────────────

# discourse openers that never name a thing, each with the words it may be part of
# (与此同时 is one opener, 除此外 another, 参与其中 no opener at all)
_DISCOURSE = re.compile(r"此外|另外|其中|首先|其次|再次|下一步|总之|综上所述|综上|与此同时|同时|另一方面|一方面|为此|因此")
# which of them can follow any word with their comma: 参与其中， 坚持到最后， 抓好……工作同时， are
# sentences, so 其中 / 同时 need a closer of their own
_CLAUSE_ONLY = {"此外", "另外", "首先", "其次", "下一步", "总之", "综上所述", "综上", "与此同时", "另一方面", "为此",
                "因此"}
# and which of them may stand without their comma and still start a clause
_BARE = {"此外", "另外", "其中", "首先", "其次", "下一步", "总之", "综上所述", "与此同时", "另一方面"}
_TIME = re.compile(r"全年|本年度|本年|今年|去年|上年度|上年|当年|年内|近年来|近年|目前|截至|截止")
# a preposition that opens a clause's adverbial: 根据《条例》规定，
_ADVERBIAL = re.compile(r"根据|按照|依据|为了|为进一步|通过|针对|围绕|结合")
# what only ever starts a sentence: a condition, the lead-in of a closing formula
# (如对本报告有疑问……, 现将有关情况报告如下)
_STARTS = re.compile(r"如对|如有|如需|若对|若有|现将|现就|所列|文中")
# the report as the subject of a sentence about itself (本报告中所列数据, 本报告由……组成), not
# as the object of a verb before it (印发200份本年度报告)
_REPORT = re.compile(r"本(?:年度)?报告(?=中|由|所|根据|依据|按照|的电子版|电子版|全文|包括|分为|共|是|为|数据|统计)")
_SUBJECT = re.compile(r"(?:我|本)(?:机关|单位|部门|中心|街道|办公室|局|委|办|厅|院|镇|乡|区(?!域)|县|市|省|署|处|所|站|队|司)|"
                      r"各(?:部门|单位|科室|股室|处室|乡镇|镇|街道|成员单位|县区|区县|县市区|村)")
# what a clause's predicate starts with: an adverb, a verb of the genre's work
_PREDICATE = re.compile(r"共|累计|积极|认真|严格|全面|高度|始终|坚持|进一步|不断|持续|切实|扎实|着力|大力|主动|深入|依法|"
                        r"按照|根据|通过|围绕|结合|紧紧|紧扣|牢固|坚决|未|无|没有|已|还|将|也|均|都|继续|加强|做好|落实|推进|"
                        r"完善|建立|健全|收到|受理|办理|发布|印发|制定|开展|组织|召开|新增|合计|总计|对|把|向|按时|及时|"
                        r"按期|定期")
# a numbered item: （一） (1) 1. 1、 一是 第一，
_ITEM = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、．.](?=[\u4e00-\u9fff])|"
                   r"[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,]")
_COMMA = "，,"


def _comma_at(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at] in _COMMA


def _after_subject(text: str, at: int) -> int:
    """How strongly what follows a subject or a time word at ``at`` says a clause starts."""
    if _comma_at(text, at):
        return _CLAUSE
    predicate = _PREDICATE.match(text, at)
    if predicate and "的" not in text[predicate.end():predicate.end() + 4]:
        return _LIKELY          # "我局公开的信息" is a noun, "我局积极推进" a clause
    return _PLAIN


def _opener(text: str, at: int) -> tuple[int, int] | None:
    """``(end, strength)`` of what opens a sentence at ``at``, or None."""
    item = _ITEM.match(text, at)
    if item:
        return item.end(), _CLAUSE
    start = _STARTS.match(text, at) or _REPORT.match(text, at)
    if start:
        return start.end(), _LIKELY
    word = _DISCOURSE.match(text, at)
    if word:
        end = word.end()
        if _comma_at(text, end):
            return end + 1, _CLAUSE
        return end, _LIKELY if word.group(0) in _BARE else _PLAIN
    date = _dates_at(text).get(at)
    if date is not None and date.year is not None and date.flaw is None:
        end = date.end + (text[date.end:date.end + 1] == "度")
        return _time_phrase(text, end)
    time = _TIME.match(text, at)
    if time:
        if time.group(0) in ("截至", "截止"):
            return time.end(), _LIKELY          # always the start of a time phrase
        return _time_phrase(text, time.end())
    subject = _SUBJECT.match(text, at)
    if subject:
        return subject.end(), _after_subject(text, subject.end())
    adverbial = _ADVERBIAL.match(text, at)
    if adverbial:
        return adverbial.end(), _PLAIN
    return None


@lru_cache(maxsize=256)
def _dates_at(text: str) -> dict:
    """The dates of ``text`` by the offset they start at."""
    return {date.start: date for date in tokens(text)}


def _time_phrase(text: str, end: int) -> tuple[int, int]:
    """A time adverbial ending at ``end``: how strongly its continuation says a clause starts."""
    if _comma_at(text, end):
        return end + 1, _CLAUSE
    subject = _SUBJECT.match(text, end)
    if subject:
        return subject.end(), max(_LIKELY, _after_subject(text, subject.end()))
    return end, _after_subject(text, end)


# the standard invitation to ask about the report, a sentence of its own (如对本报告有疑问)
_ASK = re.compile(r"如(?:对|有)(?:本|该)?(?:年度)?报告|如有(?:疑问|问题|意见|建议)")
_CLAUSE_START = re.compile(_ASK.pattern + "|" + _DISCOURSE.pattern)


def _clause_only(text: str, at: int) -> tuple[int, int] | None:
    """What opens a clause after any word: a discourse opener with its comma ("……工作此外，"),
    the invitation to ask about the report ("……下载如对本报告有疑问")."""
    ask = _ASK.match(text, at)
    if ask and text[at - 1:at] not in set("例比譬假诸犹宛"):
        return ask.end(), _CLAUSE
    word = _DISCOURSE.match(text, at)
    if word and word.group(0) in _CLAUSE_ONLY and _comma_at(text, word.end()):
        if not (word.group(0) == "此外" and text[at - 1:at] == "除"):     # 除此外，
            return word.end() + 1, _CLAUSE
    return None


# ── the next marker of an enumeration already started ─────────────────────────

_SEQUENCE = re.compile(r"(?P<shi>[一二三四五六七八九十]{1,3})是|[（(](?P<paren>[一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）]|"
                       r"(?P<dun>[一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fff])|"
                       r"(?<![0-9０-９.．])(?P<dot>[0-9]{1,2})[.．、](?=[\u4e00-\u9fff])")
_NUMERAL_WORD_BEFORE = set("第统唯专单同之任每某初星周礼其万一二三四五六七八九十百千零〇")
# what a number after it cites rather than numbers: 第二十条（二）, 附表（二）, 附件2.
_CITES = set("条款项章节目表图件号部分")
#: the kind of marker a heading's style writes (see :class:`govlint.syntax.nodes.Heading`)
MARKER_OF_STYLE = {"cn": "dun", "cn_paren": "paren-cn", "arabic": "dot", "arabic_paren": "paren-ar"}


def _ordinal(text: str) -> int | None:
    digits = to_halfwidth(text)
    return int(digits) if digits.isdigit() else cn_to_int(text)


def _marker_kind(match: re.Match) -> str:
    if match["paren"] is not None:
        return "paren-ar" if match["paren"].isdigit() else "paren-cn"
    return next(kind for kind in ("shi", "dun", "dot") if match[kind] is not None)


def _sequence_junctions(text: str, depth, item: tuple[str, int] | None) -> list[tuple[int, int, str]]:
    """``(at, end, missing mark)`` of each "二是" / "（二）" / "二、" / "2." that follows a word straight, when
    the same kind of marker numbered one less stands earlier in the text, or numbers the
    heading the text belongs to (``item``: its marker kind and number)."""
    seen: dict[str, set[int]] = {}
    if item is not None:
        seen[item[0]] = {item[1]}
    out = []
    for match in _SEQUENCE.finditer(text):
        kind = _marker_kind(match)
        number = _ordinal(match[kind if kind in ("shi", "dun", "dot") else "paren"])
        before = text[match.start() - 1:match.start()]
        if number is None or before in _NUMERAL_WORD_BEFORE or kind != "shi" and before in _CITES:
            continue
        numbers = seen.setdefault(kind, set())
        if number - 1 in numbers and is_cjk(before) and before not in _GOVERNS and _outside(text, depth, match.start()):
            # items of an inline list ("一是……；二是……") part with a semicolon, numbered paragraphs with a stop
            out.append((match.start(), match.end(), "；" if kind in ("shi", "dot") else "。"))
        numbers.add(number)
    return out


def _outside(text: str, depth, at: int) -> bool:
    """Whether ``at`` stands outside every bracket and quote, an opener there included."""
    if depth[at - 1]:
        return False
    return not depth[at] or depth[at] == 1 and text[at] in "（(“"


def junctions(text: str, item: tuple[str, int] | None = None, title: bool = False) -> list[Junction]:
    """Every place in ``text`` where one sentence runs into the next without a stop.
    ``item`` is the marker kind (:data:`MARKER_OF_STYLE`) and number of the heading whose
    title or run-in body ``text`` is: the next item's marker glued into it is a junction.
    With ``title`` the text is a heading's title, a name that ends on any word: whatever
    opens a clause with its comma after it starts the body ("总体情况2022年，我局……")."""
    return list(_junctions(text, item, title))


def heading_item(heading) -> tuple[str, int] | None:
    """The marker kind and number of a :class:`~govlint.syntax.nodes.Heading`, as
    :func:`junctions` takes them."""
    kind = MARKER_OF_STYLE.get(heading.style)
    return (kind, heading.number) if kind and heading.number is not None else None


def title_junctions(heading) -> list[Junction]:
    """Where a heading's title runs into its body or into the next item."""
    return junctions(heading.title.raw, heading_item(heading), title=True)


@lru_cache(maxsize=4096)
def _junctions(text: str, item: tuple[str, int] | None = None, title: bool = False) -> tuple[Junction, ...]:
    depth = depths(text)
    found: dict[int, Junction] = {}
    for at, (start, strength) in _closers(text).items():
        if at >= len(text) or not _outside(text, depth, at):
            continue
        opened = _opener(text, at)
        if opened is None or strength + opened[1] < _ENOUGH:
            continue
        end = opened[0]
        found[at] = _junction(text, at, end, _missing_mark(text, start, at, end))
    for word in _CLAUSE_START.finditer(text):
        at = word.start()
        if not at or at in found or depth[at]:
            continue
        before = text[at - 1]
        if not (is_cjk(before) and before not in _GOVERNS and not depth[at - 1] or before in "”’）)》"):
            continue
        opened = _clause_only(text, at)
        if opened:
            found[at] = _junction(text, at, opened[0], "。")
    if title:
        # a title is a short name with no comma in it: "（三）进入2023年，……" is an item written
        # as a sentence, not a title glued to its body
        first_comma = min((i for i in (text.find("，"), text.find(",")) if i >= 0), default=len(text))
        for at in range(_SHORTEST_TITLE, min(len(text), first_comma)):
            if at in found or not _outside(text, depth, at):
                continue
            before = text[at - 1]
            if not is_cjk(before) or before in _GOVERNS:
                continue
            # a title ends on what a section is about (……情况, ……工作, ……机制): after it a clause that
            # starts with a subject and its predicate, an item or a preposition is the body ("主动公开
            # 情况我局积极……", "政府信息管理一是……", "依申请公开情况根据《条例》……"); after another
            # word only an opener with its comma is ("第（一）项", "工作全年总体情况" are no body)
            named = _TITLE_END.fullmatch(text, max(0, at - 2), at) is not None
            if _ITEM.match(text, at) and not named:
                continue
            opened = _opener(text, at)
            if opened is None:
                continue
            body = opened[1] >= _LIKELY or _ITEM.match(text, at) or _ADVERBIAL.match(text, at)
            if (opened[1] >= _CLAUSE and _comma_at(text, opened[0] - 1)) or named and body:
                found[at] = _junction(text, at, opened[0], "。")
    for at, end, mark in _sequence_junctions(text, depth, item):
        if at not in found:
            found[at] = _junction(text, at, end, mark)
    return tuple(found[at] for at in sorted(found))


_SHOWN = 10     # characters of each side a message quotes at most
_SHORTEST_TITLE = 4
# the words a heading's title ends on: what its section is about
# (every word two characters: a title ends on one where the two characters before a place are one)
_TITLE_END = re.compile(r"情况|工作|建设|管理|公开|事项|问题|机制|制度|措施|平台|解读|回应|培训|监督|考核|领导|保障")
_PUNCTUATION = re.compile(r"[，,。；;：:！？!?、]")


def _junction(text: str, at: int, end: int, mark: str) -> Junction:
    """A :class:`Junction` quoting a few words of each side: the clause that closes (its last
    characters when it is long), the opening words (at least a few characters, up to the next mark)."""
    clause = max((m.end() for m in _PUNCTUATION.finditer(text, max(0, at - _SHOWN), at)), default=0)
    closing = text[max(clause, at - _SHOWN):at]
    stop = _PUNCTUATION.search(text, max(end, at + 1), at + _SHOWN)     # bounded: linear in the text
    reach = max(end, min(at + 4, stop.start() if stop else len(text)))
    return Junction(at, closing, text[at:min(reach, at + _SHOWN)].rstrip("，,"), mark)


def _missing_mark(text: str, start: int, at: int, end: int) -> str:
    closing, opening = text[start:at], text[at:end]
    if closing == "如下":
        return "："
    if opening in ("其中", "同时"):
        return "，"
    return "。"
