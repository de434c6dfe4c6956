"""Errors the user can act on: one line in their language, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something govlint cannot use, said in Chinese (``reason``) and English (``reason_en``).

    ``path`` names the file when there is one; the CLI prints ``path: reason``.
    """

    def __init__(self, reason: str, reason_en: str, path: str | None = None):
        super().__init__(f"{path}: {reason_en}" if path else reason_en)
        self.path = path
        self.reason = reason
        self.reason_en = reason_en

    def line(self, lang: str = "zh") -> str:
        reason = self.reason if lang == "zh" else self.reason_en
        return f"{self.path}: {reason}" if self.path else reason
