"""Reading a label by meaning: its numbering (一、 （一） 1.) and the words after it,
compared with the template after normalisation (spaces from PDF extraction,
full-width forms, wrapped text)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from govlint.syntax import normalize as _normalize
from govlint.syntax import numerals as _numerals
from govlint.syntax.normalize import normalize
from govlint.syntax.numerals import cn_to_int
from govlint.model.tables import vocabulary as t
from govlint.text_memo import TextMemo, file_stamp
_TOP = re.compile(r"^([一二三四五六七八九十]{1,3})[、.,:]")
_PAREN = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)")
_ITEM = re.compile(r"^(\d{1,2})[.、](?!\d)")
_QIZHONG = re.compile(r"^其中[:：]?")


@dataclass(frozen=True)
class Label:
    """A row label split into its numbering (一、 （一） 1. 其中) and the words after it."""

    level: str | None     # "top" | "paren" | "item" | "其中" | None
    number: int | None
    rest: str             # normalised words after the numbering


def read_label(text: str) -> Label:
    key = normalize(text)
    for level, pattern in (("top", _TOP), ("paren", _PAREN), ("item", _ITEM)):
        match = pattern.match(key)
        if match:
            raw = match.group(1)
            number = int(raw) if raw.isdigit() else cn_to_int(raw)
            return Label(level, number, key[match.end():])
    match = _QIZHONG.match(key)
    if match:
        return Label("其中", None, key[match.end():])
    return Label(None, None, key)


# the same written labels meet the same official ones in every table: compare each pair once
@functools.lru_cache(maxsize=8192)
def similar(words: str, official: str) -> float:
    """How alike a written label is to an official one (1.0 = same words).
    A label cut off at the end of a file ("属于四类过程性信") counts as a match."""
    official = normalize(official)
    if not words:
        return 0.0
    if _contained(words, official):
        return 1.0
    matcher = _matcher(official)
    matcher.set_seq1(words)
    return matcher.ratio()


def _contained(words: str, official: str) -> bool:
    """The official label itself, or (three characters or more) a part of it."""
    return words == official or (len(words) >= 3 and (official.startswith(words) or words in official))


def _worth_comparing(words: str, official: str, bonus: float, best: float, threshold: float) -> bool:
    """Whether ``similar(words, official) + bonus`` could beat ``best`` and reach
    ``threshold``: False only when one of difflib's cheap upper bounds of the ratio
    (``real_quick_ratio``, then ``quick_ratio``) already falls short, so that skipping
    the full comparison changes no result.  The bounds use the ratio's own formula over
    the same lengths, so neither is ever below the ratio."""
    official = normalize(official)
    if not words or _contained(words, official):
        return True         # similar() answers these without difflib
    matcher = _matcher(official)
    matcher.set_seq1(words)
    for bound in (matcher.real_quick_ratio, matcher.quick_ratio):
        score = bound() + bonus
        if score <= best or score < threshold:
            return False
    return True


@functools.lru_cache(maxsize=512)
def _matcher(official: str) -> difflib.SequenceMatcher:
    """A matcher holding ``official`` as its second sequence: difflib indexes that one, and
    the index serves every written label compared with it."""
    import difflib   # (the rows labels name are mostly read back from the memo: _ROWS)

    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(official)
    return matcher


_HEADER = re.compile(r"勾稽关系|申请人情况|^法人或其他组织$|^(商业|企业|科研|机构|社会公益|组织|"
                     r"社会公益组织|法律服务机构|法律服务|自然人|商业企业|科研机构)$")


def is_application_header(text: str) -> bool:
    """A column header of table 三 (applicant kinds, the 勾稽关系 note)."""
    key = normalize(text)
    return bool(_HEADER.search(key)) or key in ("其他", "总计")


#: the row each label of table 三 names (fuzzy matching against every official label is
#: most of reading the table), kept across runs keyed by the group and the label as written:
#: a report checked again, or another report of the same template, reads it back
#: ("" stands for no row).  It depends on this module, the vocabulary and the normaliser.
_ROWS = TextMemo("table-labels", lambda: file_stamp(__file__, t.__file__, _normalize.__file__, _numerals.__file__),
                 limit=4000)


# table 三 is read label by label, and the recogniser asks about each label several times
@functools.lru_cache(maxsize=4096)
def match_application_row(text: str, group: str | None) -> str | None:
    """The key of the table 三 row a label names (None when it names none).

    ``group`` is the group the previous rows belong to, so that a bare
    "2.重复申请" is read inside （五）不予处理.  An item's label is compared with each
    official one only when it could still beat the best so far and reach the threshold."""
    found = _ROWS.remembered(f"{group or ''}\x1f{text}", lambda: _application_row(text, group) or "")
    return found or None


def _application_row(text: str, group: str | None) -> str | None:
    """:func:`match_application_row` itself, without the memo."""
    label = read_label(text)
    if not label.rest and label.level is None:
        return None
    if label.level == "top" or label.level is None:
        for spec in t.APPLICATION_TOP:
            if spec.pattern.search(label.rest):
                return spec.key
    if label.level in ("paren", None):
        for spec in t.APPLICATION_OUTCOMES:
            if spec.pattern.search(label.rest):
                return spec.key
        if label.level == "paren" and not label.rest and label.number:
            return next((s.key for s in t.APPLICATION_OUTCOMES if s.number == label.number), None)
    if label.level in ("item", None):
        groups = [group] if group in t.APPLICATION_ITEMS else list(t.GROUPS)
        threshold = 0.75 if label.level == "item" else 0.9
        best, best_score = None, 0.0
        for name in groups:
            for spec in t.APPLICATION_ITEMS[name]:
                bonus = 0.15 if label.number == spec.number else 0.0
                official = spec.label.split(".", 1)[1]
                # a score below the threshold never decides, one not above the best never replaces it
                if not _worth_comparing(label.rest, official, bonus, best_score, threshold):
                    continue
                score = similar(label.rest, official) + bonus
                if score > best_score:
                    best, best_score = spec.key, score
        if best is not None and best_score >= threshold:
            return best
        if label.level == "item" and group in t.APPLICATION_ITEMS and not label.rest:
            items = t.APPLICATION_ITEMS[group]
            if label.number and label.number <= len(items):
                return items[label.number - 1].key
    return None


def is_application_label(text: str) -> bool:
    """Does this text name a row of table 三 (used to keep such lines inside a table)?"""
    key = match_application_row(text, None)
    return key is not None and key != "三"
