"""联系方式写坏了：电子邮箱丢了“@”，或者两个栏目连在一起、中间没有分隔。

## 它检查什么
报告中的联系方式由分词器读成一个个栏目（联系人、电话、传真、电子邮箱、地址、邮编、网址）：
- “电子邮箱”“邮箱”“E-mail”一栏的地址没有“@”（“xgl163.com”），或“@”之后没有点（“xgl@163com”）；
- 一个栏目的号码、地址或姓名之后紧接着下一个栏目名，中间没有空格或标点
  （“联系电话：0838-1234567电子邮箱：…”“联系人：王某联系电话：…”）。
以“www.”开头的网址、没有写成地址的文字（“邮箱：见门户网站”）不报告。

## 为什么重要
联系方式是公众和上级机关核实情况的渠道：丢了“@”的邮箱发不出信，连在一起的栏目让人分不清号码到哪里为止。

## 示例
```
联系电话：0838-1234567电子邮箱：qcnyj163.com
```

## 应写作
```
联系电话：0838-1234567　电子邮箱：qcnyj@163.com
```
"""

from govlint import Finding, contacts_run_together as run_together, email_problem, hookimpl

CODE = "L110"
NAME = "contact-field"
SEVERITY = "warning"

_EMAIL = {"no-at": ("缺少“@”", "has no @"), "no-dot": ("“@”之后缺少“.”", "has no dot after @")}


@hookimpl
def govlint_check(document):
    for text, found in document.contacts:
        for field in found:
            problem = email_problem(field.value) if field.kind == "email" else None
            if problem:
                zh, en = _EMAIL[problem]
                yield Finding(text.sub(field.value_start, field.value_end),
                              f"电子邮箱“{field.value}”{zh}，不是有效的邮箱地址",
                              f"the e-mail address “{field.value}” {en}")
        for first, second in run_together(text.raw, found):
            yield Finding(text.sub(first.value_end - 1, second.label_start + len(second.label)),
                          f"“{first.label}”与“{second.label}”两个栏目连在了一起，中间缺少空格或标点",
                          f"the contact fields “{first.label}” and “{second.label}” run together")
