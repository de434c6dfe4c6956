"""用了别的层级机关的自称：市级部门的报告里出现“全厅”“我省”，县级报告里出现“我市”，乡镇报告里以“全县”为本机关数字的主语。

## 它检查什么
从标题（或落款）中的机关名称判断报告机关的层级（省、市、县、乡镇），再找只属于其他层级的自称：
- “全厅”“我厅”“本厅”“厅机关”“厅党组”只属于省级厅（市、县的局不称“厅”）；
- 省级以下报告里的“我省”“本省”；
- 县（旗）的报告里的“我市”“本市”，市级、省级报告里的“我县”“本县”；
- 县级以上报告里的“我镇”“我乡”“我街道”。

- 比本机关高一级以上的“全省”“全市”“全县”作了本机关自己工作的主语：分句以它开头，接着是
  “共收到”“受理”“发布”“公开”“办结”之类的动词，分句里还有件数（乡镇报告里的“全县共受理申请5件”，
  县级报告里的“全市主动公开信息300条”）。

别的机关的名称（“省科技厅印发的……”）不是自称，不报告；引用上级部署、要求、会议、排名的分句
（“按照全省统一部署”“根据我省工作要点”“在全市排名第一”）也不报告。层级看不出来时不检查。
县级市的名称与地级市写法相同，所以“我市”只在名称里带“县”“旗”的报告中检查，“全市”只在
乡镇的报告中算作高一级。

## 为什么重要
这样的词几乎总是从上级或别的机关的报告里整段照抄留下的，说明内容并非本机关的实际情况。

## 示例
```
（济宁市某局的报告）将信息公开纳入全厅考评工作方案。
```

## 应写作
```
将信息公开纳入全局考评工作方案。
```
"""

import re

from govlint import CJK, COUNT_UNITS, Finding, counts, hookimpl

CODE = "W204"
NAME = "wrong-level-term"
SEVERITY = "error"

_NON_CJK_BEFORE = rf"(?<![{CJK}])"
_TERMS = (
    # (pattern, words one of which every match holds, levels where it is wrong, the level it belongs to)
    (re.compile(r"全厅|我厅|本厅|" + _NON_CJK_BEFORE + r"厅(?:机关|党组|领导班子)"), ("厅",),
     ("city", "county", "township"), "省级厅"),
    (re.compile(r"我省|本省"), ("省",), ("city", "county", "township"), "省级"),
    (re.compile(r"我县|本县"), ("县",), ("province", "city"), "县级"),
    (re.compile(r"(?:我|本)(?:镇|街道)|我乡(?!村|镇)|本乡(?!村|镇)"), ("镇", "街道", "乡"),
     ("province", "city", "county"), "乡镇"),
)
_CITY_IN_COUNTY = (re.compile(r"我市|本市"), ("市",), ("county",), "市级")
_LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇"}
_RANK = {"province": 0, "city": 1, "county": 2, "township": 3}
# a wider area as the subject of the agency's own work: "全省共受理申请5件", "全市主动公开信息300条"
# (the look-ahead first: a clause start is looked for only where a match can start)
_WIDE = re.compile(r"(?=[ \u3000\d全])(?:^|(?<=[。！？；;，,：:]))[ \u3000]*(?:\d{4}年度?[，,]?)?(?P<term>全(?P<area>省|市|县))"
                   r"(?:共|累计|全年|本年度?|共计)?(?:共)?(?=收到|受理|接收|办理|办结|答复|发布|公开|主动公开|新增|制发|印发)")
_AREA_LEVEL = {"省": "province", "市": "city", "县": "county"}
# a clause that cites the superior's deployment or ranks the agency within the wider area
_CITED = re.compile(r"按照|根据|依据|落实|贯彻|参照|响应|部署|要求|统一|会议|通知|要点|方案|排名|考核|评估|率先|前列|范围内|之首")
_CLAUSE = re.compile(r"[^。！？；;，,]+")


@hookimpl
def govlint_check(document):
    agency = document.agency
    if agency is None or agency.level is None:
        return
    terms = list(_TERMS)
    if agency.level == "county" and re.search(r"(?:县|旗)[^市区]*$", agency.name):
        terms.append(_CITY_IN_COUNTY)
    terms = [(pattern, words, owner) for pattern, words, wrong_at, owner in terms if agency.level in wrong_at]
    for text in document.prose(logical=True):
        if "全" in text.raw:       # (every wide area is 全省, 全市 or 全县)
            yield from _wide_terms(text, agency)
        for pattern, words, owner in terms:
            if not any(word in text.raw for word in words):
                continue    # (a text without the words is not searched: most have none)
            for match in pattern.finditer(text.raw):
                if owner in ("省级", "市级") and _cited(text.raw, match.start()):
                    continue   # "根据我省工作要点": the superior's deployment, cited
                word = match.group(0)
                yield Finding(text.sub(match.start(), match.end()),
                              f"“{word}”是{owner}机关的自称，而本报告的机关“{agency.name}”是{_LEVEL_ZH[agency.level]}："
                              "疑为照抄其他机关的文字",
                              f"“{word}” belongs to another level of government than {agency.name} "
                              f"({agency.level}); text copied from another agency?")


def _clause_at(raw: str, at: int) -> str:
    return next((m.group(0) for m in _CLAUSE.finditer(raw) if m.start() <= at < m.end()), "")


def _cited(raw: str, at: int) -> bool:
    """Whether the clause around ``at`` cites a superior's deployment or ranks the agency."""
    return bool(_CITED.search(_clause_at(raw, at)))


def _wide_terms(text, agency):
    """A wider area than the agency's own as the subject of its own figures."""
    for match in _WIDE.finditer(text.raw):
        level = _AREA_LEVEL[match["area"]]
        if level == "city" and agency.level != "township":
            continue   # a county-level 市 is written like a prefecture: only a township's 全市 is wider
        if _RANK[level] >= _RANK[agency.level] or _cited(text.raw, match.start("term")):
            continue
        clause = _clause_at(text.raw, match.start("term"))
        if not any(c.unit in COUNT_UNITS and not c.approx for c in counts(clause)):
            continue
        word = match["term"]
        yield Finding(text.sub(match.start("term"), match.end("term")),
                      f"“{word}”是{_LEVEL_ZH[level]}的范围，而本报告的机关“{agency.name}”是{_LEVEL_ZH[agency.level]}："
                      "本机关自己的数字不应以它为主语，疑为照抄上级机关的文字",
                      f"“{word}” is the area of a {level}-level government; {agency.name} is {agency.level}-level")
