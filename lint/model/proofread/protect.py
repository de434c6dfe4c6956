"""The parts of a text the proofreader leaves alone: proper names and quoted titles.

Names of places, bodies, firms and people are where a word model is weakest
(松山社区 is not in any dictionary, and 松散 is): the characters right before a
place or organisation suffix are taken as a name, and so is a common surname
with one or two characters standing alone before a bracket, a comma or a post,
or the name after a label such as 联系人：.  Titles quoted in 《》 are quoted as
they were published, and a short phrase in quotation marks is usually a coined
slogan or a name (“最多跑一次”).  A report's own words (its agency's name, the
short forms it introduces with 简称, the user's allow-list) are protected wherever
they occur.
"""

from __future__ import annotations

import re

#: words that end a name of a place, a body or a firm (longest first)
_SUFFIXES = sorted("""村 镇 乡 街道 社区 居委会 居民区 村委会 区 县 旗 盟 州 省 市 路 街 巷 弄 大道 里 苑 园 小区
    集团 公司 百货 超市 商行 酒店 宾馆 医院 卫生院 学校 小学 中学 大学 学院 幼儿园 银行 湖 河 江 山 岭 峰
    桥 站 厂 矿 场 港 湾 岛 庄 屯 寨 沟 坪 坝 塘 洲 营""".split(), key=len, reverse=True)
#: suffixes that are themselves part of the name (国防科工局: 局 is not 具; 洪泽区: 区 is not 渠)
_BODY_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])[局厅署委区县市镇乡村]")
#: the commonest surnames: a person's name is one of them and one or two characters,
#: standing on its own before a bracket, a form of address or a post
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
             "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
             "万钱严覃武戴莫孔向汤")
_PERSON = re.compile(rf"(?<![\u4e00-\u9fff])[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
                     r"(?=[（(、，,\s]|同志|先生|女士|[局处科部厅院所]长|主任|书记|委员|副|$)")
# a name after its label: "联系人：王建伟"
_LABELLED = re.compile(r"(?:联系人|负责人|经办人|审核人|签发人|发言人|起草人|承办人)[：:\s]*([\u4e00-\u9fff]{2,4})")


def _followed_by(words) -> str:
    """A lookahead: one of ``words`` comes next.  The same test as ``(?=word|word|…)``,
    made cheap for the regular expression engine, which tries it after every character:
    first one class of the characters the words begin with, then the one-character words
    as a class and only those longer words that do not begin with one of them (街道 comes
    next wherever 街 does)."""
    single = {word for word in words if len(word) == 1}
    longer = [word for word in words if len(word) > 1 and word[0] not in single]
    firsts = "".join(sorted(single | {word[0] for word in longer}))
    return f"(?=[{re.escape(firsts)}])(?=[{re.escape(''.join(sorted(single)))}]|{'|'.join(map(re.escape, longer))})"


_NAME = re.compile(r"[\u4e00-\u9fff]{1,3}" + _followed_by(_SUFFIXES))
_TITLE = re.compile(r"《[^《》]*》")
_SHORT_QUOTE = re.compile(r"“[^“”]{1,10}”|‘[^‘’]{1,10}’|「[^「」]{1,10}」")
#: how many characters before a suffix are taken as the name
NAME_LENGTH = 2
#: a short form the text introduces: "（以下简称特医）", "简称“放管服”"
_INTRODUCED = re.compile(r"(?:以下简称|简称|以下称|下称)(?:为)?[：:]?[“‘「]?([\u4e00-\u9fff]{2,8})(?=[”’」）)，,。；;、\s]|$)")


def introduced(text: str) -> list[str]:
    """The short forms ``text`` introduces (特医 in "（以下简称特医）"): coined words, right
    wherever the report uses them."""
    if "称" not in text:         # (every form of 简称 has it: most texts are passed over)
        return []
    return [match.group(1) for match in _INTRODUCED.finditer(text)]


def protected(text: str, words=()) -> set[int]:
    """Offsets in ``text`` the proofreader must not flag."""
    out: set[int] = set()
    for pattern in (_TITLE, _SHORT_QUOTE):
        for match in pattern.finditer(text):
            out.update(range(match.start(), match.end()))
    for match in _LABELLED.finditer(text):
        out.update(range(match.start(1), match.end(1)))
    for pattern in (_PERSON, _BODY_SUFFIX):
        for match in pattern.finditer(text):
            out.update(range(match.start(), match.end()))
    for match in _NAME.finditer(text):
        out.update(range(max(match.start(), match.end() - NAME_LENGTH), match.end()))
    for word in (*words, *introduced(text)):
        if not word:
            continue
        at = text.find(word)
        while at >= 0:
            out.update(range(at, at + len(word)))
            at = text.find(word, at + 1)
    return out
