"""本机关的名称作主语时写残了：“市科技共收到……”（市科技局）、“我积极推进……”（我局）、“局始终坚持……”。

## 它检查什么
先从报告本身得出本机关怎么称呼自己：标题（或落款）中的全称及其简称（“淄博市科学技术局”
→“市科技局”“市科学技术局”），以及正文里用的“我局”“本委”“我镇”之类。然后找分句开头作主语、
却少了字的写法，后面紧跟着谓语（“共”“认真”“积极”“始终”“收到”“推进”……）：
- 简称漏了“局”“委”：“市科技共收到申请3件”“区农业农村始终坚持……”；
- “我”“本”后面漏了机关的字：“我积极推进……”（正文别处写的是“我局”）；
- 只剩机关的字，前面的“我”或地名丢了：“局始终坚持……”（本机关是“局”）。
“市科技创新”“市科技工作会议”“局党组”“局领导”“我们”这样的词组不报告；
简称只在分句开头（标点之后，或“2021年”之类时间词之后）才检查。

## 为什么重要
机关名称是报告的主语，写残了既不规范，也可能让读者弄不清说的是哪个单位。

## 示例
```
2021年，市科技共收到政府信息公开申请3件。
我积极推进政务公开，局始终坚持以公开为常态。
```

## 应写作
```
2021年，市科技局共收到政府信息公开申请3件。
我局积极推进政务公开，我局始终坚持以公开为常态。
```
"""

import re

from govlint import Finding, hookimpl

CODE = "W206"
NAME = "truncated-agency-name"
SEVERITY = "warning"

# what a subject is followed by: an adverb or the verb of the sentence
_PREDICATE = ("共|认真|高度|积极|严格|坚持|按照|始终|进一步|全年|依法|切实|主动|及时|通过|围绕|结合|紧紧|深入|"
              "不断|持续|全面|收到|受理|未|已经|将|把|对|于|根据|依据|进行|开展|做好|加强|强化|"
              "在(?!线)")
# after a lone 我 / a lone 局: adverbs and verbs only a subject takes (我将 / 我对 are left out)
_SUBJECT_PREDICATE = ("共|认真|高度|积极|严格|坚持|始终|进一步|依法|切实|主动|及时|不断|持续|全面|深入|紧紧|"
                      "收到|受理|推进|开展|做好|加强|强化|落实|建立|完善|制定|印发|召开|组织|全年|本年度?")
# a clause start: after a stop, or after a time word that opens the clause ("2021年市科技……")
_CLAUSE_START = r"(?:^|(?<=[。！？；;，,：:、）)\s\u3000])|(?<=年)|(?<=年度)|(?<=以来))"


def _message(written: str, full: str):
    return (f"机关名称“{written}”不完整，应为“{full}”",
            f"the agency's name “{written}” is truncated; write “{full}”")


@hookimpl
def govlint_check(document):
    names = document.self_names
    # (what the pattern needs, the pattern, the full name): a pattern tries every character
    # for a clause start, so a text without the word it needs is not searched with it
    checks = []
    if names.stems:
        stems = "|".join(re.escape(stem) for stem, _ in names.stems)
        suffix = dict(names.stems)
        checks.append((re.compile(stems), re.compile(_CLAUSE_START + "(" + stems + ")(?=" + _PREDICATE + ")"),
                       lambda stem: stem + suffix[stem]))
    if names.kinds:
        # 我 with nothing after it, where the report calls itself 我局 / 我镇 elsewhere (this
        # needs no title: the report's own words say what it calls itself)
        own = names.kinds[0]
        checks.append((re.compile("我"), re.compile(_CLAUSE_START + "(我)(?=" + _SUBJECT_PREDICATE + ")"),
                       lambda word: "我" + own))
    if names.agency is not None and names.suffix and len(names.suffix) == 1:
        checks.append((re.compile(re.escape(names.suffix)),
                       re.compile(r"(?:^|(?<=[。！？；;，,：:]))[ \u3000]*(" + re.escape(names.suffix) + ")(?="
                                  + _SUBJECT_PREDICATE + ")"), lambda word: "我" + word))
    for text in document.prose(logical=True):
        for needed, pattern, full in checks:
            if not needed.search(text.raw):
                continue
            for match in pattern.finditer(text.raw):
                written = match.group(1)
                message, message_en = _message(written, full(written))
                yield Finding(text.sub(match.start(1), match.end(1)), message, message_en)
