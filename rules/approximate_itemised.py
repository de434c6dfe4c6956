"""约数写在了一个分项齐全、加得出确数的数字上：“发布信息300余条，其中……其他信息100条”，各项正好是300条。

## 它检查什么
总数带“约”“余”“多”“近”“左右”“以上”之类的字眼，而紧跟着的分项列表写明是全部（有“其他”一项、
用“分别为”引出，或列全了总数前面点名的各个类别），每个分项都是确数，加起来正好等于总数的数字。
这时总数其实是确数，“余”“约”不该有。
只列了一部分的分项不检查（“300余条，其中工作动态200条”并不矛盾），分项本身带约数的也不检查。

## 为什么重要
确数写成约数，读者会以为数字没有统计清楚；分项齐全的总数应当准确给出。

## 示例
```
全年发布信息300余条，其中政策文件100条，工作动态150条，其他信息50条。
```

## 应写作
```
全年发布信息300条，其中政策文件100条，工作动态150条，其他信息50条。
```
"""

from govlint import Finding, hookimpl, same_value

CODE = "W223"
NAME = "approximate-itemised"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for text, item in document.breakdowns:
        total, parts = item.total, item.same_unit_parts
        if not total.approx or not item.complete or item.other_units or not parts:
            continue
        if any(p.approx for p in item.parts):
            continue
        added = sum(p.value for p in parts)
        if not same_value(added, total.value):
            continue
        written = text.raw[total.start:total.end]
        yield Finding(text.sub(total.start, total.end),
                      f"“{written}”是约数，而分项齐全、正好加起来是 {text.raw[total.num_start:total.num_end]}"
                      f"{total.unit}：应写确数",
                      f"“{written}” is approximate, but its complete list of parts adds up to exactly that figure")
