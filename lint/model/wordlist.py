"""Word lists kept as data: the shipped confusion dictionary and the user's own.

A dictionary is a TOML file of ``[[word]]`` entries (see
``rules/data/confusions.toml`` for the schema) and an optional
``allow = ["松山社区", …]`` list of words that are right wherever they stand, or
a plain text list of ``错词 正词`` pairs, one a line.  The shipped file is always
loaded; files named in the configuration (``context.get("dictionaries")``) are
added after it, so a user can extend the list without touching the package.
The proofreader (:mod:`govlint.model.proofread`) consults both: the entries as known
slips, the allowed words as text it never flags.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from govlint import package_files, toml_reader
from govlint.text_memo import TextMemo, file_stamp



class DictionaryError(ValueError):
    """A dictionary file that cannot be read or does not follow the schema."""


@dataclass(frozen=True)
class Confusion:
    """A known confusion: a wrong string, the right one, and the contexts it counts in."""

    wrong: str
    right: str
    before: tuple[str, ...] = ()    # the wrong string counts only after one of these …
    after: tuple[str, ...] = ()     # … or before one of these (either list may match)
    exceptions: tuple[str, ...] = ()
    note: str = ""

    def occurrences(self, text: str):
        """Offsets ``(start, end)`` where ``text`` has this confusion."""
        at = text.find(self.wrong)
        while at >= 0:
            end = at + len(self.wrong)
            if self._in_context(text, at, end) and not self._excepted(text, at, end):
                yield at, end
            at = text.find(self.wrong, at + 1)

    def _in_context(self, text: str, start: int, end: int) -> bool:
        if not self.before and not self.after:
            return True
        return (any(text.endswith(b, 0, start) for b in self.before)
                or any(text.startswith(a, end) for a in self.after))

    def _excepted(self, text: str, start: int, end: int) -> bool:
        for longer in self.exceptions:
            offset = longer.find(self.wrong)
            while offset >= 0:
                if text.startswith(longer, start - offset):
                    return True
                offset = longer.find(self.wrong, offset + 1)
        return False


def _entries(data: dict, origin: str) -> list[Confusion]:
    words = data.get("word", [])
    if not isinstance(words, list):
        raise DictionaryError(f"{origin}: 'word' must be an array of tables ([[word]])")
    out = []
    for i, item in enumerate(words, 1):
        if not isinstance(item, dict):
            raise DictionaryError(f"{origin}: entry {i} must be a table ([[word]])")
        if not _is_text(item.get("wrong")) or not _is_text(item.get("right")):
            raise DictionaryError(f"{origin}: entry {i} needs 'wrong' and 'right' as non-empty text")
        for key in ("before", "after", "except"):
            value = item.get(key, [])
            if not isinstance(value, list) or not all(_is_text(v) for v in value):
                raise DictionaryError(f"{origin}: entry {i}: '{key}' must be a list of non-empty texts")
        if not isinstance(item.get("note", ""), str):
            raise DictionaryError(f"{origin}: entry {i}: 'note' must be text")
        out.append(Confusion(item["wrong"], item["right"], tuple(item.get("before", ())),
                             tuple(item.get("after", ())), tuple(item.get("except", ())), item.get("note", "")))
    return out


def _read(path: str) -> str:
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


def _is_text(value) -> bool:
    return isinstance(value, str) and bool(value)


#: the shipped list as read, kept across runs keyed by its text (reading TOML with the
#: pure-Python parser costs a few milliseconds of every run, and the list seldom changes)
_SHIPPED = TextMemo("shipped-confusions", lambda: file_stamp(__file__), limit=1)


@functools.lru_cache(maxsize=1)
def shipped_confusions() -> tuple[Confusion, ...]:
    text = package_files.read_text("govlint.rules", "data", "confusions.toml")
    fields = _SHIPPED.remembered(text, lambda: tuple(dataclasses.astuple(entry) for entry in
                                                      _entries(toml_reader.loads(text), "confusions.toml")))
    return tuple(Confusion(*entry) for entry in fields)


@functools.lru_cache(maxsize=32)
def load_allowed(path: str) -> tuple[str, ...]:
    """The ``allow`` list of a TOML dictionary (a plain text list has none)."""
    if not path.lower().endswith(".toml"):
        return ()
    load_dictionary(path)      # the same checks and the same clear error
    data = toml_reader.loads(_read(path))
    words = data.get("allow", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DictionaryError(f"{path}: 'allow' must be a list of words")
    return tuple(w.strip() for w in words if w.strip())


def allowed(extra_files=()) -> tuple[str, ...]:
    """The words the user's dictionaries allow, in the order given."""
    return tuple(w for path in extra_files or () for w in load_allowed(str(path)))


@functools.lru_cache(maxsize=32)
def load_dictionary(path: str) -> tuple[Confusion, ...]:
    """The entries of a user's dictionary file; :class:`DictionaryError` when it cannot be used.

    A ``.toml`` file follows the schema of the shipped list; any other file is a
    plain list, one ``错词 正词`` pair a line (separated by a tab, spaces or →),
    ``#`` starting a comment.
    """
    try:
        text = _read(path)
        if path.lower().endswith(".toml"):
            return tuple(_entries(toml_reader.loads(text), path))
    except (OSError, UnicodeDecodeError, toml_reader.TOMLDecodeError) as exc:
        raise DictionaryError(f"{path}: {exc}") from None
    except RecursionError:
        raise DictionaryError(f"{path}: nested too deep") from None
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p for p in line.replace("→", " ").replace("\t", " ").split(" ") if p]
        if len(parts) != 2:
            raise DictionaryError(f"{path}:{number}: expected two words, the wrong one and the right one")
        entries.append(Confusion(parts[0], parts[1]))
    return tuple(entries)


def confusions(extra_files=()) -> tuple[Confusion, ...]:
    """The shipped confusions followed by those of ``extra_files`` (TOML, same schema).

    A user entry with the same ``wrong`` string replaces the shipped one.
    """
    merged: dict[str, Confusion] = {c.wrong: c for c in shipped_confusions()}
    for path in extra_files or ():
        for entry in load_dictionary(str(path)):
            merged[entry.wrong] = entry
    return tuple(merged.values())
