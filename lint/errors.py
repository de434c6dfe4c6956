"""Errors the user can act on: one line in their language, never a traceback."""

from __future__ import annotations

import re


class UserError(Exception):
    """Something govlint cannot use, said in Chinese (``reason``) and English (``reason_en``).

    ``path`` names the file when there is one; the CLI prints ``path: reason``.
    """

    def __init__(self, reason: str, reason_en: str, path: str | None = None):
        reason, reason_en = _one_line(reason), _one_line(reason_en)   # a library's message may not be
        super().__init__(f"{path}: {reason_en}" if path else reason_en)
        self.path = path
        self.reason = reason
        self.reason_en = reason_en

    def __reduce__(self):   # picklable, so that an error can cross from a worker process
        return _rebuild, (type(self), self.reason, self.reason_en, self.path)

    def line(self, lang: str = "zh") -> str:
        reason = self.reason if lang == "zh" else self.reason_en
        return f"{self.path}: {reason}" if self.path else reason


def _rebuild(kind, reason, reason_en, path):
    error = Exception.__new__(kind)
    UserError.__init__(error, reason, reason_en, path)
    return error


def _one_line(text: str) -> str:
    return re.sub(r"\s*[\r\n]+\s*", " ", text).strip()
