"""The report parser as lark's stand-alone generator writes it, kept compiled in the cache
folder, so that a run does not import lark at all.

Importing lark (its grammar compiler, the Earley parser, the cache machinery that pulls
in :mod:`hashlib`, :mod:`tempfile` and :mod:`pickle`) and loading its cached tables took
about a seventh of a one-file run.  Lark's stand-alone generator
(``lark.tools.standalone``) writes the LALR parser of a grammar as one Python module:
lark's own parsing and lexing code with the parse tables as data, importing nothing of
lark.  :func:`load` keeps that module, compiled, in the cache folder
(:mod:`govlint.cache`) and runs it; the parser it builds is lark's own code on lark's
own tables, so the trees are the ones :class:`lark.Lark` gives.

The stored module is keyed by the grammar's text, the options and the installed lark
(the path, size and time of its ``__init__.py``: an upgrade rewrites it), and checked
by a checksum; a store that is missing, damaged, of another key or not writable only
means lark is imported and the parser built as before (and stored for the next run).

Two imports of the generated module are left out (:data:`_LEFT_OUT`), which took more
than half of running it: :mod:`pickle` and :mod:`base64`, which only lark's cache
files use, and :mod:`logging`, for a logger lark sets to report nothing below
CRITICAL and that writes nothing at that level when parsing; the module gets a logger
that says nothing (:class:`_Silent`) instead.  A lark whose generator writes other
lines is kept as it writes them.  The module is compiled with postponed annotations
(``from __future__ import annotations``): lark annotates its classes and functions
with :mod:`typing` expressions, and evaluating those each time the module ran was a
third of running it; nothing in it reads an annotation back.
"""

from __future__ import annotations

import __future__
import importlib.util
import marshal
import os
import sys
import types
import zlib
from typing import NamedTuple

from govlint.cache import interpreter_file, read_checked, write_checked

#: the parser's options (the generator writes them into the module it makes)
OPTIONS = {"parser": "lalr", "lexer": "contextual", "propagate_positions": False, "maybe_placeholders": False}

#: the name the stored module runs under
MODULE = "govlint.syntax._report_parser"


class Parser(NamedTuple):
    """What the report reader needs of a parser: ``parse(text) -> tree``, the error a
    line it cannot place raises, and the base class of every error it raises."""

    parse: object
    unexpected: type
    error: type


#: lines of the generated module → what runs instead
_LEFT_OUT = {
    "import logging\n": "logging = _silent_logging\n",
    "import pickle, zlib, base64\n": "import zlib\n",
}
#: bumped when the stored module is made differently from the same grammar and lark
_MADE = 3


class _Silent:
    """A logger that writes nothing, in place of lark's (set to CRITICAL, which it never logs at)."""

    def __init__(self, *args, **kwargs):
        pass

    def _nothing(self, *args, **kwargs):
        return None

    debug = info = warning = error = exception = critical = log = addHandler = setLevel = _nothing

    def isEnabledFor(self, level) -> bool:
        return False


_silent_logging = types.SimpleNamespace(Logger=_Silent, getLogger=_Silent, StreamHandler=_Silent,
                                        DEBUG=10, INFO=20, WARNING=30, ERROR=40, CRITICAL=50)


def _lark_stamp() -> str:
    """The installed lark, without importing it: its ``__init__``'s path, size and time."""
    try:
        spec = importlib.util.find_spec("lark")
        stat = os.stat(spec.origin)
    except (ImportError, ValueError, TypeError, AttributeError, OSError):
        return "lark: not found"
    return f"{spec.origin}|{stat.st_size}|{stat.st_mtime_ns}"


def _key(grammar: str) -> str:
    return (f"{zlib.crc32(grammar.encode('utf-8')):08x}|{len(grammar)}|{sorted(OPTIONS.items())}|"
            f"{_lark_stamp()}|made {_MADE}")


def _file(create: bool):
    """The store (one per interpreter build and lark installation: two environments
    that share the cache folder do not take turns rewriting one file)."""
    try:
        lark_at = importlib.util.find_spec("lark").origin
    except (ImportError, ValueError, AttributeError):
        lark_at = None
    return interpreter_file("report-parser", f"{importlib.util.MAGIC_NUMBER.hex()}|{lark_at}", create)


def _run(code: types.CodeType) -> Parser:
    module = types.ModuleType(MODULE)
    module.__dict__["__builtins__"] = __builtins__
    module.__dict__["_silent_logging"] = _silent_logging
    sys.modules[MODULE] = module      # (its classes name it as their module)
    exec(code, module.__dict__)
    return Parser(module.Lark_StandAlone().parse, module.UnexpectedInput, module.LarkError)


def _stored(grammar: str) -> Parser | None:
    path = _file(create=False)
    payload = read_checked(path) if path is not None else None
    if payload is None:
        return None
    try:
        key, code = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if key != _key(grammar) or type(code) is not types.CodeType:
        return None
    try:
        return _run(code)
    except Exception:   # a store this lark or Python cannot run: build as before
        sys.modules.pop(MODULE, None)
        return None


def _generated(built) -> types.CodeType:
    """The stand-alone module of the parser ``built``, compiled."""
    import io

    from lark.tools.standalone import gen_standalone

    out = io.StringIO()
    gen_standalone(built, out=out)
    source = out.getvalue()
    for line, instead in _LEFT_OUT.items():
        source = source.replace(line, instead)
    return compile(source, f"<{MODULE}: lark's stand-alone parser of grammar/report.lark>", "exec",
                   flags=__future__.annotations.compiler_flag, dont_inherit=True)


def load(grammar: str) -> Parser:
    """The LALR parser of ``grammar``: the stored stand-alone module when the cache
    folder holds one for this grammar and this lark, else lark's, built now (and, where
    there is a cache folder, written out for the next run)."""
    found = _stored(grammar)
    if found is not None:
        return found
    import lark

    built = lark.Lark(grammar, **OPTIONS)
    path = _file(create=True)
    if path is not None:
        try:
            code = _generated(built)
            write_checked(path, marshal.dumps((_key(grammar), code)))
        except Exception:   # a lark whose generator fails here: the parser built above serves
            pass
    return Parser(built.parse, lark.exceptions.UnexpectedInput, lark.exceptions.LarkError)
