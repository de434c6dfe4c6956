"""Contact lines read as fields: 联系人：王某　联系电话：1234567　电子邮箱：ab@163.com.

:func:`fields` splits a text into the contact fields it holds, each with its kind, its
label and its value, so that rules can ask whether a field is empty, whether an e-mail
address is one, and whether two fields ran together.  Offsets point into the string passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# label → kind, longest first within each kind so that 联系电话 wins over 电话
_LABELS = (
    ("name", r"联系人(?:及|和|与|、|/)?(?:联系)?(?:电话|方式)?|联系人员|联系人姓名"),
    ("phone", r"(?:联系|咨询|办公|值班|监督|投诉|举报)?电话(?:号码)?|手机(?:号码)?|传真(?:号码)?"),
    ("email", r"电子(?:邮箱|信箱|邮件)(?:地址)?|邮箱(?:地址)?|[Ee]-?[Mm]ail"),
    ("address", r"(?:通讯|通信|联系|办公)?地址"),
    ("postcode", r"邮政编码|邮编"),
    ("web", r"网址|网站地址"),
)
#: every character a label of _LABELS can start with: the labels are tried only where one
#: stands (most texts hold no field, and trying each label at every character was most of
#: the time :func:`fields` took)
_LABEL_START = "联咨办值监投举电手传邮Ee通地网"
_LABEL = re.compile(f"(?=[{_LABEL_START}])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS) + ")"
                    + r"(?P<colon>[ \u3000]*[:：][ \u3000\u00a0]*|为|是|(?=[（(]))")
#: what may stand between two fields
SEPARATORS = set(" \u3000\u00a0\t，,；;。、|/")
_EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@[A-Za-z0-9\-]+)?(?:\.[A-Za-z0-9\-]+)+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+")


@dataclass(frozen=True)
class Field:
    """One labelled field of a contact line (联系电话：…): its kind, label and value with their
    offsets."""

    kind: str               # "name" | "phone" | "email" | "address" | "postcode" | "web"
    label: str
    label_start: int
    value_start: int
    value_end: int          # the value runs to the next separator or the next label
    value: str
    colon: bool             # the label ends with ：/:, not with 为/是


def fields(raw: str) -> list[Field]:
    """The contact fields in ``raw``, in order.  A label counts only where a colon follows
    it (for a telephone or an e-mail also 为 / 是 or a bracket: 电子邮箱（ab@163.com）):
    "电话咨询350人次" is no field."""
    found = []
    if _LABEL.search(raw) is None:
        return found    # (as in most texts)
    matches = [m for m in _LABEL.finditer(raw)]
    for i, match in enumerate(matches):
        kind = next(k for k, _ in _LABELS if match[k])
        if kind == "address" and match.start() and raw[match.start() - 1] in "网邮":
            continue        # 网址 / 邮箱地址 read elsewhere
        colon = match["colon"].strip(" \u3000\u00a0") in (":", "：")
        if not colon and kind not in ("email", "phone"):
            continue
        start = match.end()
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(raw)
        end = start
        while end < stop and (raw[end] not in SEPARATORS or kind == "address" and raw[end] in " \u3000"):
            end += 1
        found.append(Field(kind, match.group(kind), match.start(), start, end, raw[start:end], colon))
    return found


def email_problem(value: str) -> str | None:
    """What is wrong with an e-mail address as written: "no-at" (xgl163.com), "no-dot"
    (xgl@163com), or None when it reads as one (or is no address at all)."""
    match = _EMAIL_LIKE.match(value.strip("（()）<>[]"))
    if not match:
        return None
    text = match.group(0)
    if "@" not in text:
        return "no-at" if re.search(r"[A-Za-z0-9]\.[A-Za-z]{2,}$", text) and not text.lower().startswith("www.") \
            else None
    if "." not in text.split("@", 1)[1]:
        return "no-dot"
    return None


def run_together(raw: str, found: list[Field]) -> list[tuple[Field, Field]]:
    """Pairs of consecutive fields with nothing between the first one's value and the second
    one's label: "联系电话：1234567电子邮箱：…", "联系人：王某联系电话：…"."""
    out = []
    for first, second in zip(found, found[1:]):
        if not second.colon or second.label_start != first.value_end or not first.value:
            continue
        last = raw[first.value_end - 1]
        if last.isascii() and last.isalnum() or last in "０１２３４５６７８９":
            out.append((first, second))
        elif first.kind == "name" and len(first.value) <= 4:
            out.append((first, second))
    return out
