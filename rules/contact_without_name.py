"""联系人一栏没有写姓名：“联系人及电话：3379870”。

## 它检查什么
“联系人”“联系人及电话”“联系人和联系方式”之后直接是电话号码、另一个栏目名或什么也没有，
缺少联系人的姓名。栏目由联系方式的分词器（``govlint.model.contacts``）读出。写了姓名（“联系人：王某，电话：1234567”）的不报告。

## 为什么重要
统计表和报告中的联系人是公众和上级机关核实情况的渠道，只留号码不留姓名，
说明栏目没有填完。

## 示例
```
单位名称：某市某局　联系人及电话：1234567
```

## 应写作
```
单位名称：某市某局　联系人及电话：王某　1234567
```
"""

from govlint import Finding, hookimpl

CODE = "W207"
NAME = "contact-without-name"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for text, found in document.contacts:
        for field in found:
            if field.kind != "name" or not field.colon:
                continue
            value = field.value.lstrip(" \u3000\u00a0")
            if value and value[0] not in "0123456789０１２３４５６７８９(（+":
                continue
            yield Finding(text.sub(field.label_start, field.value_start), "联系人一栏只有电话或为空，缺少联系人姓名",
                          "the contact line gives no name")
