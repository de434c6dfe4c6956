"""标点重复：同一个标点紧挨着写了两遍（“，，”“。。”“、、”“；；”），或者逗号、顿号、分号后面紧跟句号（“，。”）。

## 它检查什么
正文里两个表示停顿的标点紧挨着：
- 同一个标点连写两个：“，，”“。。”“、、”“；；”“：：”“！！”“？？”；
- 两个不同的停顿标点挨在一起：“、，”“。，”“，；”“；，”（删去哪一个要看句子，只报告，不自动修复）；
- 句中的停顿（，、；）后面紧跟句号：“……进一步加强，。”——要么多了前一个标点，要么句子没有写完。

省略号“……”、破折号“——”、问号和叹号连用（“？！”）不是重复；引号、括号、书名号和标点相邻
（“。”）”“）。”）是正常写法；三个以上连写的句号（“。。。”，有人用来代替省略号）含义不明，不报告。

## 为什么重要
重复的标点是删改句子时没有删干净的痕迹，读者会怀疑全文没有校对；“，。”还常常说明句子被删掉了半截。

## 示例
```
我局认真落实《条例》要求，，全面推进政务公开。
全年共受理申请3件，均已按时答复，。
```

## 应写作
```
我局认真落实《条例》要求，全面推进政务公开。
全年共受理申请3件，均已按时答复。
```

## 修复
同一个标点写了两遍时删去一个，不改变意思，可以自动修复；“，。”要由人判断是多了标点还是句子没写完，只报告。
"""

import re

from govlint import Finding, Fix, hookimpl

CODE = "L111"
NAME = "doubled-punctuation"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

# a pause mark written twice (never three times: 。。。 stands in for an ellipsis), or a
# pause inside a sentence right before its full stop
_DOUBLED = re.compile(r"(?<![，。、；：！？])([，。、；：！？])\1(?![，。、；：！？])")
_PAUSE_THEN_STOP = re.compile(r"(?<![，。、；：])[，、；]。(?![，。、；：])")
# two different marks of a pause side by side ("、，" "。，" "，；"): one of them is left over
_TWO_MARKS = re.compile(r"(?=[，、；：。][，、；：])(?<![，。、；：！？])([，、；：。])(?!\1)([，、；：])(?![，。、；：！？])")


@hookimpl
def govlint_check(document):
    for hit in document.search(_DOUBLED):
        mark = hit.match.group(1)
        extra = hit.text.sub(hit.match.start() + 1, hit.match.end())
        fix = Fix(extra.start, extra.end, "") if extra != hit.text.span else None
        yield Finding(hit.span, f"“{mark}”写了两遍，删去一个", f"“{mark}” is written twice: delete one", fix=fix)
    for hit in document.search(_TWO_MARKS):
        marks = hit.match.group(0)
        yield Finding(hit.span, f"两个标点“{marks}”紧挨着：删去多余的一个",
                      f"two marks side by side: “{marks}”; delete the one left over")
    for hit in document.search(_PAUSE_THEN_STOP):
        pause = hit.match.group()[0]
        yield Finding(hit.span, f"“{pause}”后面紧跟句号：删去“{pause}”，或者把句子写完",
                      f"“{pause}” right before the full stop: delete it, or finish the sentence")
