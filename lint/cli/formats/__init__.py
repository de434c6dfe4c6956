"""Output formats.  Each is one function ``render(diagnostics, context) -> str``."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from govlint.engine.baseline import identities, relative_path
from govlint.syntax.locations import Place, place_of, with_place


@dataclass(frozen=True)
class RenderContext:
    """What an output format needs besides the findings: language, source lines, rules and
    options."""

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


class _Formats(Mapping):
    """Each format's ``render`` function by name; a format's module (the HTML page's is
    large) is imported when that format is used, not at start-up."""

    _MODULES = {"text": "text_format", "json": "json_format", "github": "github_format",
                "gitlab": "gitlab_format", "sarif": "sarif_format", "html": "html_format"}

    def __getitem__(self, name: str):
        return importlib.import_module(f"{__name__}.{self._MODULES[name]}").render

    def __iter__(self):
        return iter(self._MODULES)

    def __len__(self) -> int:
        return len(self._MODULES)


FORMATS = _Formats()
