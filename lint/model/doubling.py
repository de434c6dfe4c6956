"""Characters and words written twice: "的的", "了了", "公开公开".

A doubled character is a slip unless its neighbours make the pair a word ("目的的确",
"了了解之"); a doubled word is any run of two to six Chinese characters written again at
once (every further copy counts with it), but not a word of one repeated character or
one that opens with 一 ("一一", "一步一步"), and not a word of two characters whose
second copy begins a longer word ("规范规范性文件": to regulate the normative documents;
"公开公开目录"): the first copy is then a verb and the second the start of its object.
Offsets are offsets into the string given.
"""

from __future__ import annotations

import re

from govlint.model.prose import CJK

# doubled characters that are a slip, with the neighbours that make the pair correct
# (previous characters, next characters)
_CHARS = {
    "的": ("目端", "确"),
    "了": ("不为除", "解之"),
    "性": ("个", "格别质能状命"),
    "化": ("", "学工解妆肥石验纤合作"),
    "在": ("存所实自", ""),
    "和": ("温平缓调总饱附柔祥谐融共", "气谐睦"),
    "与": ("参给赋授", ""),
    "并": ("合兼吞归", "购入"),
    "于": ("", ""),
    "已": ("", ""),
    "也": ("", ""),
    "被": ("", "子"),
    "按": ("", "钮键"),
}
_DOUBLE_CHAR = re.compile("(" + "|".join(_CHARS) + r")\1")
# the shortest word that repeats, and every further copy of it ("很长很长很长" is one slip);
# the look-ahead first asks for what every such place has, a character that comes again two
# to six characters on (cheaper to try at every character than the word and its copy)
_DOUBLE_WORD = re.compile(rf"(?=(.).{{1,5}}?\1)([{CJK}]{{2,6}}?)\2+")


def doubled_characters(raw: str):
    """``(start, end, character)`` for each doubled character that is a slip."""
    if _DOUBLE_CHAR.search(raw) is None:
        return          # (as in most texts)
    for match in _DOUBLE_CHAR.finditer(raw):
        ch = match.group(1)
        before_ok, after_ok = _CHARS[ch]
        prev = raw[match.start() - 1] if match.start() else ""
        nxt = raw[match.end()] if match.end() < len(raw) else ""
        if (prev and prev in before_ok) or (nxt and nxt in after_ok):
            continue
        if raw[match.start():match.end() + 2] == ch * 2 + "确确" or raw.startswith(ch * 4, match.start() - 2):
            continue
        yield match.start(), match.end(), ch


def doubled_words(raw: str):
    """``(start, end, word)`` for each word written twice or more in a row."""
    if _DOUBLE_WORD.search(raw) is None:
        return          # (as in most texts)
    for match in _DOUBLE_WORD.finditer(raw):
        word = match.group(2)
        if word[0] == "一" or len(set(word)) == 1 or _verb_and_object(raw, match.start(), match.end(), word):
            continue
        yield match.start(), match.end(), word


def _verb_and_object(raw: str, start: int, end: int, word: str) -> bool:
    """Whether a two-character ``word`` written twice at ``raw[start:end]`` reads as a verb and
    an object that begins with the same characters: the second copy with the one to three
    characters after it is a word of the lexicon (规范规范性文件, 公开公开目录), while the first
    copy is no part of a word with the characters before it (信息公开公开 stays a slip)."""
    if len(word) != 2 or end - start != 4:
        return False
    from govlint.model.proofread.model import RARE_CLASS, load

    model = load()

    def is_word(text: str) -> bool:
        cls = model.cls(text)
        return cls is not None and cls > RARE_CLASS

    if not any(is_word(raw[start + 2:start + 2 + size]) for size in (3, 4, 5) if start + 2 + size <= len(raw)):
        return False
    return not any(is_word(raw[start - size:start + 2]) for size in (1, 2) if start - size >= 0)
