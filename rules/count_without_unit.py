"""数字后面缺了单位：“发布政策解读信息37公开渠道包括……”“移动客户端公开政府信息0，……”。

## 它检查什么
年度报告里计数的数字都带单位（条、件、篇、次、个……）。一个阿拉伯数字紧跟在这类被计数的
名词后面（信息、数量、文件、申请、解读、动态、公告、建议、提案、留言……），后面却既没有单位，
也不是日期、时间、编号、版本、范围（“2021年”“24小时”“2.0版”“1至12月”“12345热线”“第20条”），就报告。
数字后面直接接着下一个分句（“信息数量304利用本镇……”）时一定报告；
后面是标点时，只在同一段里别的数字带着单位时报告（这一段的写法说明这里漏了单位）。
段落停在一个光秃秃的数字上的，由 W101（句子不完整）报告，这里不重复。
名词和数字之间隔着空格或制表符的（表格的一行被当成了文字：“本年新制作数量 37”）不报告。

## 为什么重要
没有单位的数字读者不知道数的是什么，常常是编辑时删掉了单位和后面的标点，两个分句粘在了一起。

## 示例
```
全年发布政策解读信息37公开渠道包括门户网站和政务微信。
```

## 应写作
```
全年发布政策解读信息37条，公开渠道包括门户网站和政务微信。
```
"""

from govlint import COUNT_UNITS, Finding, bare_numbers, counts, hookimpl, is_cjk

CODE = "W221"
NAME = "count-without-unit"
SEVERITY = "warning"


@hookimpl
def govlint_check(document):
    for text in document.prose(logical=True):
        bare = bare_numbers(text.raw)
        if not bare:
            continue
        with_units = any(c.unit in COUNT_UNITS for c in counts(text.raw))
        for number in bare:
            following = text.raw[number.end:number.end + 1]
            if not text.raw[number.end:].strip(" \u3000"):
                continue   # a paragraph that stops on a bare number is W101's (unfinished sentence)
            if not (is_cjk(following) or with_units):
                continue
            written = text.raw[number.start:number.end]
            yield Finding(text.sub(number.start, number.end),
                          f"“{number.noun}{written}”后面缺少单位（条、件、个……）",
                          f"the count {written} after {number.noun} has no unit")
