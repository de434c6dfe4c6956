"""错别字：音近、形近的字写错，多字、叠字、漏字，以及常见的混用词。

## 它检查什么
公文里写错的字：一个字换成读音相近或字形相近的字以后，能组成常用得多的词，而原文在那里
组不成词（或只组成罕见的词），例如“依申清”（依申请）、“办理效律”（效率）、“条列要求”（条例）、
“满竟度”（满意度）、“规范姓文件”（规范性文件）。
还有词里多出的字、重复写了的字和漏掉的字：去掉或补上这个字，原文才成为一个常用的长词，
例如“依申请乙公开”（多了“乙”）、“政府信息公公开”（“公”多写了一遍）、“依申公开”（“申”后缺“请”）。
这几种只在长词让判断确定时才报告；“的的”“性性”这类虚词和后缀的叠写由 W202 报告。
判断依据是随包提供的词频词典（结巴分词词典与政务公开常用语）和同音、形近字表，
不联网，结果与运行环境无关。另有一份常见错别字与混用词的词表
（`rules/data/confusions.toml`，如“落靠”→“落实”、“适应新形式”→“新形势”），其中的写法一律报告。

不报告：书名号《》里的标题、简短引语、地名和单位名称（“××村”“××集团”之前的字）、
常见的人名写法（“联系人：×××”、姓氏加一两个字后接顿号、括号或职务）、
本报告机关自己的名称、报告用“以下简称”引入的简称（“（以下简称智政）”之后的“智政”），以及用户词表中 `allow = [...]` 列出的词；正常的叠用
（“常常”“研究研究”）和插在词中间的常用字（“政府各部门”“统战部部长”）也不报告。
在配置中用 `dictionaries = ["my-words.toml"]` 加入自己的词表（同样的格式，可含 `allow`）。

## 为什么重要
错别字是公开发布的年度报告里最常见的问题，损害机关的严肃性；有的还会改变意思
（“形式”与“形势”）。

## 示例
```
切实落靠政府信息发布责任，依申清公开办理规范，政府信息公公开工作有序，办理效律明显提高。
```

## 应写作
```
切实落实政府信息发布责任，依申请公开办理规范，政府信息公开工作有序，办理效率明显提高。
```

## 修复
`--fix` 不改：建议的写法写在提示里，由起草人确认（音近、形近、多字、漏字的判断是推测，
词表中的写法也可能出现在专名里）。确认以后，`--fix --unsafe-fixes`（或先用
`--diff --unsafe-fixes` 查看）把这些建议一次改上。
"""

from govlint import (
    Finding, Fix, allowed_words as allowed, confusions, doubled_characters, hookimpl, proofread,
    short_forms_introduced as introduced, short_stems,
)

CODE = "W201"
NAME = "word-confusion"
SEVERITY = "warning"
FIXABLE = "unsafe"   # its corrections are applied only by --fix --unsafe-fixes


def _own_words(document) -> list[str]:
    agency = document.agency
    if agency is None:
        return []
    words = [agency.name]
    for stem, suffix in short_stems(agency):     # 县众诚局, and 众诚局 without the unit
        words += [stem + suffix, stem[1:] + suffix]
    return words


@hookimpl
def govlint_check(context, document):
    dictionaries = context.get("dictionaries") or ()
    known = confusions(dictionaries)
    notes = {entry.wrong: f"（{entry.note}）" for entry in known if entry.note}
    prose = list(document.prose())
    # the report's own words: its name, and the short forms it introduces anywhere (简称特医)
    allow = (*allowed(dictionaries), *_own_words(document), *(form for text in prose for form in introduced(text.raw)))
    for text in prose:
        doubled_by_w202 = None      # (read only for a text with a doubled character)
        for slip in proofread(text.raw, known, allow):
            if slip.kind == "doubled":
                if doubled_by_w202 is None:
                    doubled_by_w202 = {at for start, end, _ in doubled_characters(text.raw) for at in range(start, end)}
                if slip.start in doubled_by_w202:
                    continue        # W202 reports it, with its fix
            span = text.sub(slip.start, slip.end)
            fix = _suggestion(document.report.text, text, slip)
            if slip.certain:
                yield Finding(span, f"“{slip.wrong}”疑为“{slip.right}”之误{notes.get(slip.wrong, '')}",
                              f"“{slip.wrong}” is probably a mistake for “{slip.right}”", fix)
                continue
            yield Finding(span, *_messages(slip, text.raw[slip.start:slip.end]), fix)


def _suggestion(whole: str, text, slip) -> Fix | None:
    """The correction as an unsafe fix: the written word around the slip replaced by the
    meant one, or None when that word cannot be placed exactly in the file's text."""
    raw, size = text.raw, len(slip.wrong)
    for at in range(max(0, slip.end - size), min(slip.start, len(raw) - size) + 1):
        if raw[at:at + size] == slip.wrong:
            span = text.sub(at, at + size)
            if whole[span.start:span.end] == slip.wrong:
                return Fix(span.start, span.end, slip.right, safe=False)
    return None


def _messages(slip, char: str) -> tuple[str, str]:
    """The Chinese and English message for a slip the model found at ``char``."""
    head_zh = f"“{slip.wrong}”疑为“{slip.right}”之误"
    head_en = f"“{slip.wrong}” is probably a slip for “{slip.right}”"
    if slip.kind == "doubled":
        return f"{head_zh}（“{char}”多写了一遍）", f"{head_en} (“{char}” written twice)"
    if slip.kind == "stray":
        return f"{head_zh}（多了“{char}”）", f"{head_en} (“{char}” does not belong)"
    if slip.kind == "missing":
        lost = _inserted(slip.wrong, slip.right)
        return f"{head_zh}（“{char}”后缺“{lost}”）", f"{head_en} (“{lost}” missing after “{char}”)"
    meant = "".join(b for a, b in zip(slip.wrong, slip.right) if a != b) or slip.right
    return f"{head_zh}（“{char}”应为“{meant}”）", f"{head_en} (“{char}” for “{meant}”)"


def _inserted(short: str, long: str) -> str:
    """The character ``long`` has that ``short`` lacks (one left out)."""
    at = next((k for k, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    return long[at]
