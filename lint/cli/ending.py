"""How the ``govlint`` command ends: with its exit code, and without the interpreter's tear-down.

When a Python program ends, the interpreter takes down every module and frees every
object one by one, and collects garbage once more.  For a one-file check that is some
20 ms of nothing useful, a tenth of the whole run, since the operating system frees a
process's memory at once anyway.  :func:`end` does what that tear-down does that can
matter (it runs the ``atexit`` handlers, plugins' included, and flushes standard output
and standard error) and then ends the process at once with ``os._exit``.

Everything govlint writes is complete before this point: fixed reports are written
atomically and the cache folder's stores are saved in :func:`govlint.cli.commands.main`.
The interpreter ends as usual when something may still be running or watching: another
thread, a tracer or profiler, ``-X dev``, or ``python -i`` (which goes on to its prompt).
"""

from __future__ import annotations

import os
import sys

#: exit code when the results could not be written out in full (as for other I/O errors)
UNWRITTEN = 2


def _quick_end_is_safe() -> bool:
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False   # a thread still running is joined by the interpreter's own ending
    if sys.flags.inspect or os.environ.get("PYTHONINSPECT"):
        return False   # `python -i`: the interpreter goes on to its prompt
    return sys.gettrace() is None and sys.getprofile() is None and not sys.flags.dev_mode


def _flush(stream) -> OSError | None:
    """Flush one stream; the error when it could not be (a closed pipe is no error)."""
    if stream is None:
        return None
    try:
        stream.flush()
    except BrokenPipeError:   # the reader went away (`govlint … | head`): what it read is all it wanted
        return None
    except ValueError:        # closed by the program itself
        return None
    except OSError as exc:
        return exc
    return None


def end(code: int):
    """End the process with ``code`` (never returns)."""
    if not _quick_end_is_safe():
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()
    failed = _flush(sys.stdout) or _flush(sys.__stdout__ if sys.__stdout__ is not sys.stdout else None)
    if failed is not None:
        try:
            print(f"govlint: 无法写出检查结果（cannot write the results）：{failed.strerror or failed}",
                  file=sys.stderr)
        except (OSError, ValueError):
            pass
        code = UNWRITTEN
    _flush(sys.stderr)
    _flush(sys.__stderr__)
    os._exit(code)


def run() -> None:
    """The ``govlint`` command: :func:`govlint.cli.commands.main` with its arguments, then :func:`end`."""
    from govlint.cli.commands import main

    end(main())
