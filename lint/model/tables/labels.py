"""Reading a label by meaning: its numbering (一、 （一） 1.) and the words after it,
compared with the template after normalisation (spaces from PDF extraction,
full-width forms, wrapped text)."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from govlint.syntax.normalize import normalize
from govlint.syntax.numerals import cn_to_int
from govlint.model.tables import vocabulary as t
_TOP = re.compile(r"^([一二三四五六七八九十]{1,3})[、.,:]")
_PAREN = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)")
_ITEM = re.compile(r"^(\d{1,2})[.、](?!\d)")
_QIZHONG = re.compile(r"^其中[:：]?")


@dataclass(frozen=True)
class Label:
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
    if words == official or (len(words) >= 3 and (official.startswith(words) or words in official)):
        return 1.0
    matcher = _matcher(official)
    matcher.set_seq1(words)
    return matcher.ratio()


@functools.lru_cache(maxsize=512)
def _matcher(official: str) -> difflib.SequenceMatcher:
    """A matcher holding ``official`` as its second sequence: difflib indexes that one, and
    the index serves every written label compared with it."""
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(official)
    return matcher


_HEADER = re.compile(r"勾稽关系|申请人情况|^法人或其他组织$|^(商业|企业|科研|机构|社会公益|组织|"
                     r"社会公益组织|法律服务机构|法律服务|自然人|商业企业|科研机构)$")


def is_application_header(text: str) -> bool:
    """A column header of table 三 (applicant kinds, the 勾稽关系 note)."""
    key = normalize(text)
    return bool(_HEADER.search(key)) or key in ("其他", "总计")


def match_application_row(text: str, group: str | None) -> str | None:
    """The key of the table 三 row a label names (None when it names none).

    ``group`` is the group the previous rows belong to, so that a bare
    "2.重复申请" is read inside （五）不予处理."""
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
        best, best_score = None, 0.0
        for name in groups:
            for spec in t.APPLICATION_ITEMS[name]:
                score = similar(label.rest, spec.label.split(".", 1)[1])
                if label.number == spec.number:
                    score += 0.15
                if score > best_score:
                    best, best_score = spec.key, score
        threshold = 0.75 if label.level == "item" else 0.9
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
