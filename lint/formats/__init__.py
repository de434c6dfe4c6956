"""Output formats.  Each is one function ``render(diagnostics, context) -> str``."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..baseline import identities, relative_path
from ..locations import Place, place_of, with_place


@dataclass(frozen=True)
class RenderContext:
    lang: str = "zh"
    lines: dict = field(default_factory=dict)   # path -> tuple of source lines (text output, fingerprints)
    rules: dict = field(default_factory=dict)   # code -> RuleInfo (for formats that list rules)
    color: bool = False                         # text: colour the severity, code and caret
    show_source: bool = True                    # text: the source line and caret under each finding
    root: str = ""                              # the directory paths are made relative to (CI formats)
    version: str = ""                           # govlint's version (SARIF, HTML)
    reports: dict = field(default_factory=dict)  # path -> Report, in the order checked (HTML draws them)

    def path(self, path: str) -> str:
        """``path`` relative to ``root``, with forward slashes, as CI systems want it."""
        return relative_path(path, self.root)

    def place(self, item) -> Place:
        """Where a diagnostic or note is in the user's file (see locations.py)."""
        return place_of(item)

    def message(self, item) -> str:
        """A diagnostic's or note's message in the user's language, with the place in words
        for a .docx or .pdf (paragraph, table cell, page and line)."""
        return with_place(item.text(self.lang), place_of(item), self.lang)

    def identities(self, diagnostics):
        """Each diagnostic's identity (rule, path, pointed-at text, occurrence), as baselines use."""
        return identities(diagnostics, self.lines, self.root)


from . import github_format, gitlab_format, html_format, json_format, sarif_format, text_format  # noqa: E402

FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
    "github": github_format.render,
    "gitlab": gitlab_format.render,
    "sarif": sarif_format.render,
    "html": html_format.render,
}
