"""导语说“由……等六部分组成”，列出的部分却不是六个。

## 它检查什么
报告开头介绍全文结构的句子（“本报告由总体情况、……、其他需要报告的事项等六部分组成”
“全文包括……四个部分”“主要从……六个方面”）所说的部分数，与句中实际列出的部分数不一致。
一个部分的名称里本身带顿号时（“政府信息公开行政复议、行政诉讼情况”）按一个部分计。
列举之后、数字之前的“共”“总共”“合计”“等”（“……其他需要报告的事项，共六个部分”）不算一个部分。
没有写数字的介绍（“全文包括……等。”）不检查。

## 为什么重要
结构介绍是读者看到的第一句话，数目对不上往往说明导语是从别的报告（或旧格式）
抄来没有改，或者漏写了某一部分。

## 示例
```
本报告由总体情况、主动公开政府信息情况、存在的主要问题及改进情况等四部分组成。
```

## 应写作
```
本报告由总体情况、主动公开政府信息情况、存在的主要问题及改进情况等三部分组成。
```
"""

from govlint import Finding, hookimpl

CODE = "P103"
NAME = "part-count"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for text, listing in document.part_listings:
        if len(listing.parts) == listing.number:
            continue
        yield Finding(text.sub(listing.start, listing.end),
                      f"导语说全文共{listing.stated}部分，实际列出了{len(listing.parts)}个部分："
                      + "；".join(listing.parts),
                      f"the introduction announces {listing.number} parts but lists {len(listing.parts)}")
