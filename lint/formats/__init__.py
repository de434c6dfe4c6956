"""Output formats.  Each is one function ``render(diagnostics, context) -> str``."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import json_format, text_format


@dataclass(frozen=True)
class RenderContext:
    lang: str = "zh"
    lines: dict = field(default_factory=dict)   # path -> tuple of source lines (for text output)
    rules: dict = field(default_factory=dict)   # code -> RuleInfo (for formats that list rules)
    color: bool = False


FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
}
