"""数字丢了：并列的几项里有一项只剩单位（“网上申请8件、当面申请件”），或句首的“年”前面没有年份（“。年，共办理……”）。

## 它检查什么
- 一句话里几个并列的分句都以同一个名词和同一个单位结尾、中间写着数字（“网上申请8件”
  “信函申请2件”），其中一个分句以同样的名词和单位结尾，数字却没有了（“当面申请件”）；
  名词和单位本身连成一个词的（“电子邮件”“行政诉讼案件”）不算，因为它们和并列项的名词不同。
- 句子或段落以“年，”“年度，”“年以来”开头：年份的数字丢了（“2022年，”只剩“年，”）。
  “年内”“年初”“年底”“年度报告”这样的词不报告；上一段以数字结束（段落在年份后面断开）时也不报告。

## 为什么重要
少了数字，读者无法知道这一项是多少，分项也无法和总数核对；丢了年份的句子分不清说的是哪一年。

## 示例
```
共收到申请10件，其中网上申请8件、当面申请件。
年，我局共办理申请10件。
```

## 应写作
```
共收到申请10件，其中网上申请8件、当面申请2件。
2022年，我局共办理申请10件。
```
"""

import re

from govlint import Finding, hookimpl, missing_counts

CODE = "W222"
NAME = "number-missing"
SEVERITY = "warning"

# a sentence (or a paragraph) that opens on 年 with no year before it (the look-ahead first:
# a sentence start is looked for only where a space or 年 stands)
_YEARLESS = re.compile(r"(?=[ \u3000年])(?:^|(?<=[。！？!?；;]))[ \u3000]*(?P<nian>年度?)(?=[ \u3000]*[，,]|以来)")


@hookimpl
def govlint_check(document):
    previous = ""
    for text in document.prose(logical=True):
        for missing in missing_counts(text.raw):
            yield Finding(text.sub(missing.start, missing.end),
                          f"“{missing.head}{missing.unit}”之间缺少数字：并列的各项都写了件数，这一项却没有",
                          f"a count is missing before {missing.unit}: the parallel items all give a number")
        for match in _YEARLESS.finditer(text.raw) if "年" in text.raw else ():   # (no 年, no match)
            if not text.raw[:match.start("nian")].strip(" \u3000") and previous[-1:].isdigit():
                continue   # "……2022" / "年，……": a paragraph broken after the year (L104's finding)
            yield Finding(text.sub(match.start("nian"), match.end("nian")),
                          f"句首的“{match['nian']}”前面缺少年份",
                          f"the year number before {match['nian']} is missing at the start of the sentence")
        previous = text.raw.rstrip(" \u3000")
