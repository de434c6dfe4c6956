"""Label normalisation: compare text by meaning, not by the bytes a converter left.

Full-width and half-width forms are folded (NFKC), spaces of every kind are
removed, common traditional characters are mapped to simplified ones and
quotation marks are unified.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TRADITIONAL = str.maketrans({
    "報": "报", "條": "条", "機": "机", "關": "关", "開": "开", "資": "资", "訊": "讯",
    "議": "议", "訴": "诉", "請": "请", "數": "数", "總": "总", "計": "计", "處": "处",
    "內": "内", "國": "国", "務": "务", "門": "门", "體": "体", "況": "况", "題": "题",
    "進": "进", "許": "许", "規": "规", "範": "范", "辦": "办", "會": "会", "屬": "属",
    "織": "织", "業": "业", "構": "构", "權": "权", "維": "维", "結": "结", "糾": "纠",
    "審": "审", "復": "复", "費": "费", "當": "当", "網": "网", "絡": "络", "統": "统",
    "為": "为", "與": "与", "項": "项", "發": "发", "廢": "废", "現": "现", "號": "号",
    "實": "实", "無": "无", "層": "层", "轉": "转", "繼": "继", "續": "续", "據": "据",
})
_SPACE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")


@functools.lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """The comparable form of a label: NFKC, simplified, no spaces, unified quotes."""
    text = unicodedata.normalize("NFKC", text).translate(_TRADITIONAL)
    text = _SPACE.sub("", text)
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
