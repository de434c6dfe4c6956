"""用了别的层级机关的自称：市级部门的报告里出现“全厅”“我省”，县级报告里出现“我市”。

## 它检查什么
从标题（或落款）中的机关名称判断报告机关的层级（省、市、县、乡镇），再找只属于其他层级的自称：
- “全厅”“我厅”“本厅”“厅机关”“厅党组”只属于省级厅（市、县的局不称“厅”）；
- 省级以下报告里的“我省”“本省”；
- 县（旗）的报告里的“我市”“本市”，市级、省级报告里的“我县”“本县”；
- 县级以上报告里的“我镇”“我乡”“我街道”。

别的机关的名称（“省科技厅印发的……”）不是自称，不报告；层级看不出来时不检查。
县级市的名称与地级市写法相同，所以“我市”只在名称里带“县”“旗”的报告中检查。

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

from govlint import Finding, hookimpl
from govlint.agency import reporting_agency
from govlint.prose import CJK

CODE = "W204"
NAME = "wrong-level-term"
SEVERITY = "error"

_NON_CJK_BEFORE = rf"(?<![{CJK}])"
_TERMS = (
    # (pattern, levels where it is wrong, the level it belongs to)
    (re.compile(r"全厅|我厅|本厅|" + _NON_CJK_BEFORE + r"厅(?:机关|党组|领导班子)"),
     ("city", "county", "township"), "省级厅"),
    (re.compile(r"我省|本省"), ("city", "county", "township"), "省级"),
    (re.compile(r"我县|本县"), ("province", "city"), "县级"),
    (re.compile(r"(?:我|本)(?:镇|街道)|我乡(?!村|镇)|本乡(?!村|镇)"), ("province", "city", "county"), "乡镇"),
)
_CITY_IN_COUNTY = re.compile(r"我市|本市")
_LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇"}


@hookimpl
def govlint_check(report):
    agency = reporting_agency(report)
    if agency is None or agency.level is None:
        return
    terms = list(_TERMS)
    if agency.level == "county" and re.search(r"(?:县|旗)[^市区]*$", agency.name):
        terms.append((_CITY_IN_COUNTY, ("county",), "市级"))
    for text in report.prose():
        for pattern, wrong_at, owner in terms:
            if agency.level not in wrong_at:
                continue
            for match in pattern.finditer(text.raw):
                word = match.group(0)
                yield Finding(text.sub(match.start(), match.end()),
                              f"“{word}”是{owner}机关的自称，而本报告的机关“{agency.name}”是{_LEVEL_ZH[agency.level]}："
                              "疑为照抄其他机关的文字",
                              f"“{word}” belongs to another level of government than {agency.name} "
                              f"({agency.level}); text copied from another agency?")
