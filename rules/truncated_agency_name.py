"""本机关的简称写残了：“市科技共收到……”（应为“市科技局”）。

## 它检查什么
根据标题中的机关名称（如“淄博市科学技术局”）得出它的简称（“市科技局”“市科学技术局”），
再找正文中作主语却漏了“局”“委”的写法：“市科技共收到申请3件”“区审计认真落实……”。
只在简称后面紧跟“共”“认真”“严格”“按照”“通过”“收到”之类谓语开头时报告，
“市科技创新”“市科技工作会议”这样的词组不报告。

## 为什么重要
机关名称是报告的主语，写残了既不规范，也可能让读者弄不清说的是哪个单位。

## 示例
```
2021年，市科技共收到政府信息公开申请3件。
```

## 应写作
```
2021年，市科技局共收到政府信息公开申请3件。
```
"""

import re

from govlint import Finding, hookimpl
from govlint.agency import reporting_agency, short_stems

CODE = "W206"
NAME = "truncated-agency-name"
SEVERITY = "warning"

# what a subject is followed by: an adverb or the verb of the sentence
_PREDICATE = ("共|认真|高度|积极|严格|坚持|按照|始终|进一步|全年|依法|切实|主动|及时|通过|围绕|结合|紧紧|深入|"
              "不断|持续|全面|收到|受理|未|已经|将|把|对|于|根据|依据|进行|开展|做好|加强|强化|"
              "在(?!线)")


@hookimpl
def govlint_check(report):
    agency = reporting_agency(report)
    if agency is None:
        return
    stems = short_stems(agency)
    if not stems:
        return
    pattern = re.compile("(" + "|".join(re.escape(stem) for stem, _ in stems) + ")(?=" + _PREDICATE + ")")
    suffix = dict(stems)
    for text in report.prose():
        for match in pattern.finditer(text.raw):
            stem = match.group(1)
            full = stem + suffix[stem]
            yield Finding(text.sub(match.start(), match.end()),
                          f"机关简称“{stem}”不完整，应为“{full}”",
                          f"the agency's short name “{stem}” is truncated; write “{full}”")
