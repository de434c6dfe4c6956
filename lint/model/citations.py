"""Citations as reports write them: document numbers (发文字号 国办公开办函〔2021〕30号),
decrees (国务院令第711号) and the short forms a report introduces for them
(（以下简称《条例》）).

Each reader returns what it found with the canonical form beside the written one, so a
rule can say what the citation should look like.  Offsets point into the string passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_S = r"[ \u3000]*"

# 发文字号: the issuer's code (国办公开办函, 鲁政办字, 国发), the year in brackets, the number, 号.
# GB/T 9704 puts the year in 六角括号〔〕.  A court's case number（2021）川01行初3号 starts
# with its bracket and is not a 发文字号.
_ISSUER = r"[\u4e00-\u9fff]{1,12}(?:函|发|字|办|文|电|令|规|通|呈|告)"
_DOC_NUMBER = re.compile(
    rf"(?P<issuer>{_ISSUER}){_S}(?P<open>[〔\[【(（［〖{{<〈「])(?P<year>{_S}(?:19|20)[0-9]{{2}}{_S})"
    rf"(?P<close>[〕\]】)）］〗}}>〉」]){_S}(?P<di>第)?{_S}(?P<n>[0-9]{{1,4}}){_S}号"
)

# 国务院令第711号 / 中华人民共和国主席令第27号, and how they come out wrong:
# 国务院第711号令, 国务院令711号, 国务院令第711号令, 国务院711号令
_DECREE = re.compile(
    rf"(?P<who>国务院|主席){_S}(?P<ling>令)?{_S}(?P<di>第)?{_S}(?P<n>[0-9]{{1,4}}){_S}(?P<hao>号)?(?P<after>{_S}令)?"
)


@dataclass(frozen=True)
class Citation:
    """A decree number (国务院令第711号) or the number part of a document number (〔2021〕30号),
    as written and in its canonical form."""

    start: int
    end: int
    written: str
    canonical: str

    @property
    def is_canonical(self) -> bool:
        """Written in the canonical form (spaces around the figures aside: L107's business)."""
        return re.sub(r"[ \u3000]", "", self.written) == self.canonical


def doc_numbers(raw: str) -> list[Citation]:
    """Every 发文字号 in ``raw``, with its canonical form (year in 〔〕, no 第)."""
    out = []
    if "号" not in raw:
        return out      # (every number ends on 号: the search, slow, is spared most texts)
    for match in _DOC_NUMBER.finditer(raw):
        start = match.start("open")
        year = match["year"].strip(" \u3000")
        out.append(Citation(start, match.end(), raw[start:match.end()], f"〔{year}〕{match['n']}号"))
    return out


def decrees(raw: str) -> list[Citation]:
    """Every citation of a 国务院令 / 主席令 by number in ``raw``, with its canonical form."""
    out = []
    if _DECREE.search(raw) is None:
        return out      # (as in most texts)
    for match in _DECREE.finditer(raw):
        if not (match["ling"] or match["after"]) or not (match["hao"] or match["ling"] and match["di"]):
            continue        # 国务院2021年…, 国务院30个部门: no decree
        if match["who"] == "主席" and not raw[:match.start()].endswith(("国家", "共和国")):
            continue
        out.append(Citation(match.start(), match.end(), match.group(0),
                            f"{match['who']}令第{match['n']}号"))
    return out


# （以下简称《条例》） / 以下简称为“《条例》” / 下称《办法》 / （简称《条例》）
_INTRODUCED = re.compile(r"(?P<said>以下简称|以下称|下称|(?<=[（(])[ \u3000]*简称)(?:为)?[:：]?[“\"]?(?P<short>《[^《》]{1,12}》)")


@dataclass(frozen=True)
class ShortForm:
    """A short form a report introduces (以下简称《条例》) and where it is introduced."""

    short: str          # 《条例》
    start: int          # where the short form itself is written in the introduction
    end: int
    said: str = "以下简称"   # the words that introduce it, as written (以下简称, 下称, 简称)


def introductions(raw: str) -> list[ShortForm]:
    """Every short form ``raw`` introduces with 以下简称, 下称 or a bracketed 简称 (only titles in 《》: a short form
    in quotes is a plain word and may occur inside other words)."""
    return [ShortForm(m["short"], m.start("short"), m.end("short"), m["said"].strip(" \u3000"))
            for m in _INTRODUCED.finditer(raw)]
