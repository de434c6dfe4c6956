"""What rules report and what the linter prints: findings, fixes, diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field

from govlint.syntax.locations import Place
from govlint.syntax.nodes import Span

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` (offsets into the normalised text) with ``replacement``.

    A fix is *safe* when it is certain to keep the meaning (a stray space, a doubled
    particle): ``--fix`` applies it.  An unsafe fix is a likely correction that a person
    must confirm (a character the proofreader thinks was mistyped): ``--fix`` and
    ``--diff`` apply it only with ``--unsafe-fixes``."""

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True)
class Note:
    """A related place: another cell an identity involves, the other half of a pair."""

    span: Span
    message: str
    message_en: str = ""
    place: Place | None = None   # where it is in the user's file, when that is not the text form

    def text(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" and self.message_en else self.message


@dataclass(frozen=True)
class Finding:
    """What a rule yields: where, and what is wrong in Chinese and in English."""

    span: Span
    message: str
    message_en: str = ""
    fix: Fix | None = None
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Diagnostic:
    """A finding stamped with the rule that made it and the file it is in."""

    path: str
    span: Span
    severity: str
    code: str
    name: str
    message: str
    message_en: str = ""
    fix: Fix | None = None
    notes: tuple[Note, ...] = field(default=())
    place: Place | None = None   # where it is in the user's file (.html, .docx, .pdf); see locations.py
    internal: bool = False          # a rule that failed, not a defect of the report

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def text(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" and self.message_en else self.message

    def sort_key(self):
        return (self.path, self.span.line, self.span.column, self.code)
