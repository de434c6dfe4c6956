"""简称在引入之前就用了：“《条例》”出现在“（以下简称《条例》）”之前。

## 它检查什么
报告用“以下简称”“下称”或括号里的“简称”为一个书名引入简称（“《中华人民共和国政府信息公开条例》（以下简称《条例》）”），
而在引入之前的正文里已经出现了这个简称。按全文顺序检查标题和正文；同一简称引入了几次的，
以第一次为准。标题里用简称、紧接着的正文再引入的（“（一）《条例》学习贯彻情况。……（以下简称《条例》）”）
是标题的通常写法，不报告。引号里的简称（“以下简称‘条例’”）是普通词语，可能是别的词的一部分，不检查。

## 为什么重要
简称要先写全称、再说明简称，读者才知道它指哪一份文件；先用后引，读到简称时无从知道所指。

## 示例
```
本报告根据《条例》要求编制。
2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》）。
```

## 应写作
```
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。
2021年，我局认真贯彻落实《条例》。
```
"""

import re

from govlint import Finding, Heading, Note, hookimpl, introductions

CODE = "W211"
NAME = "short-form-before-introduction"
SEVERITY = "warning"


_TITLE = re.compile(r"《[^《》]{1,40}》")


@hookimpl
def govlint_check(report, document):
    titles = {block.title.span.start for block in report.iter(Heading)}
    texts = list(document.prose(logical=True))
    first_use: dict[str, tuple[int, int]] = {}      # a title → where it is first written
    introduced: set[str] = set()
    for index, text in enumerate(texts):
        if "《" not in text.raw:
            continue        # no title, no short form (most texts)
        forms = introductions(text.raw)
        at_introduction = {form.start for form in forms}
        events = [(m.start(), m.group(0), None) for m in _TITLE.finditer(text.raw) if m.start() not in at_introduction]
        events += [(form.start, form.short, form) for form in forms]
        for offset, title, form in sorted(events, key=lambda e: e[0]):
            if form is None:
                if text.span.start not in titles:
                    first_use.setdefault(title, (index, offset))
                continue
            if title in introduced:
                continue
            introduced.add(title)
            use = first_use.get(title)
            if use is None:
                continue
            used_in = texts[use[0]]
            yield Finding(used_in.sub(use[1], use[1] + len(title)),
                          f"简称“{title}”在引入（{form.said}{title}）之前就用了",
                          f"the short form “{title}” is used before it is introduced",
                          notes=(Note(text.sub(form.start, form.end), f"简称“{title}”在这里才引入",
                                      f"“{title}” is introduced here"),))
