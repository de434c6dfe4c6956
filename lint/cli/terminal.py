"""What text output does on a terminal: colour (on a terminal only, as NO_COLOR and
FORCE_COLOR say), control characters of the report made visible rather than sent
to the terminal, and a progress line while many files are checked."""

from __future__ import annotations

import os
import time

# characters that would move the cursor, change colours or reorder the text when
# printed: C0 controls but tab, DEL, C1 controls, and the bidirectional overrides
_BIDI = {0x200E, 0x200F, 0x061C} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def _unsafe(code: int) -> bool:
    return (code < 0x20 and code != 0x09) or 0x7F <= code <= 0x9F or code in _BIDI


def visible(ch: str) -> str:
    """``ch`` as it is safe to print: a control character becomes its escape (``\\x1b``)."""
    code = ord(ch)
    if not _unsafe(code):
        return ch
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character shown as its escape, so that a report
    holding terminal escape sequences cannot drive the terminal it is printed on."""
    if not any(_unsafe(ord(ch)) for ch in text):
        return text
    return "".join(visible(ch) for ch in text)


def wants_color(stream, choice: str = "auto", environ=None) -> bool:
    """Colour for ``stream``: ``always`` / ``never``, or with ``auto`` on a terminal
    only; a non-empty ``NO_COLOR`` turns it off and ``FORCE_COLOR`` on (no-color.org)."""
    if choice != "auto":
        return choice == "always"
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and environ.get("TERM") != "dumb"


_STYLES = {"bold": "1", "error": "1;31", "warning": "1;33", "info": "1;36", "caret": "1;32", "dim": "2"}


def paint(text: str, style: str, on: bool) -> str:
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if on and text else text


class Progress:
    """``检查中 12/480`` on one line of a terminal's stderr, rewritten as files are done
    and wiped at the end; silent when stderr is not a terminal or there are few files."""

    MIN_FILES = 10
    INTERVAL = 0.1   # seconds between redraws

    def __init__(self, total: int, stream, lang: str = "zh", enabled: bool | None = None):
        isatty = getattr(stream, "isatty", None)
        if enabled is None:
            enabled = bool(isatty and isatty()) and total >= self.MIN_FILES
        self.total, self.stream, self.lang, self.enabled = total, stream, lang, enabled
        self.done = 0
        self.shown = False
        self.last = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if not self.enabled or (now - self.last < self.INTERVAL and self.done < self.total):
            return
        self.last = now
        label = "检查中" if self.lang == "zh" else "checking"
        self.stream.write(f"\r{label} {self.done}/{self.total}\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Wipe the line (before other output goes to the terminal, and at the end)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
