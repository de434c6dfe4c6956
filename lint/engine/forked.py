"""Work on one report shared out over forked processes.

A very large report (a year's full text pasted in, hundreds of pages from a PDF) keeps
the rules busy for seconds while the machine's other cores stand idle.  The report is
parsed once; :func:`run_shared` forks a child per extra core, each child inherits the
parsed report as it is in memory (nothing is copied or sent to it), and every process
takes the next item of work (a rule) when it is done with its last, so that a slow rule
does not leave the others waiting: this process from the front of the list, the
children from the back, until they meet.  A child sends back only what it found; an
item a child took and did not deliver (it failed or died in any way) is done again
here, so the result is always the one a single process gives.

Only where ``fork`` is the safe, usual way to start a process (Linux and the other
Unix systems but macOS); elsewhere, and for one process, everything runs here.
"""

from __future__ import annotations

import os
import signal
import sys

from govlint import text_memo


def can_fork() -> bool:
    """Whether this platform forks processes safely (not Windows, not macOS)."""
    return hasattr(os, "fork") and sys.platform != "darwin"


def run_shared(items: list, work, processes: int) -> list:
    """``[work(item) for item in items]``, computed by up to ``processes`` processes at
    once (this one and forked children).  ``work``'s results must pickle."""
    processes = min(processes, len(items))
    if processes < 2 or not can_fork():
        return [work(item) for item in items]
    import multiprocessing   # (only for a report this large: its import is not free)
    import pickle            # noqa: F401 - here, before forking, so that no child imports it itself

    # the next item from the front and, after the last one left, from the back
    ends = multiprocessing.get_context("fork").Array("l", [0, len(items)])

    def take(from_back: bool):
        with ends.get_lock():
            if ends[0] >= ends[1]:
                return None
            if from_back:
                ends[1] -= 1
                return ends[1]
            ends[0] += 1
            return ends[0] - 1

    def share(from_back: bool) -> dict:
        done = {}
        while (at := take(from_back)) is not None:
            done[at] = work(items[at])
        return done

    for stream in (sys.stdout, sys.stderr):     # a child must not write what is buffered here again
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    pending = [_fork(share) for _ in range(processes - 1)]
    try:
        done = share(False)
        while pending:
            found = _collect(*pending.pop())
            if found is not None and isinstance(found[0], dict):
                done.update(found[0])
    finally:
        for pid, reader in pending:   # interrupted here (Ctrl-C): no child outlives this
            _reap(pid, reader)
    return [done[at] if at in done else work(items[at]) for at in range(len(items))]


def _fork(share) -> tuple[int, int | None]:
    """Start a child running ``share(True)``; (its pid, the end of the pipe it writes to),
    or (-1, None) when no process can be started (its work is then done here)."""
    try:
        reader, writer = os.pipe()
    except OSError:
        return -1, None
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return -1, None
    if pid:
        os.close(writer)
        return pid, reader
    # the child: its result, or nothing, through the pipe, and out without running any
    # of the parent's clean-up (its atexit handlers, its finally blocks)
    code = 1
    try:
        os.close(reader)
        signal.signal(signal.SIGINT, signal.SIG_DFL)   # Ctrl-C stops the parent, which ends this one
        import pickle

        text_memo.hand_over()          # what it reads of the texts goes back with its results
        done = share(True)
        payload = pickle.dumps((done, text_memo.taken()), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as out:
            out.write(payload)
        code = 0
    except BaseException:  # noqa: BLE001 - whatever goes wrong, the parent does the share itself
        pass
    finally:
        os._exit(code)


def _collect(pid: int, reader: int | None):
    """``(result,)`` a child sent, or None when it sent nothing whole."""
    if reader is None:
        return None
    try:
        with os.fdopen(reader, "rb", closefd=False) as stream:
            payload = stream.read()
        _, status = os.waitpid(pid, 0)
    except (OSError, ChildProcessError):
        return None
    finally:
        os.close(reader)
    if os.waitstatus_to_exitcode(status) != 0 or not payload:
        return None
    import pickle

    try:
        found = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a damaged result is redone here
        return None
    if not (isinstance(found, tuple) and len(found) == 2):
        return None
    try:
        text_memo.absorb(found[1])
    except (TypeError, ValueError):   # a damaged hand-over: those readings are done again next time
        pass
    return found[:1]


def _reap(pid: int, reader: int | None) -> None:
    """End and wait for a child not collected (the parent was interrupted)."""
    if reader is not None:
        os.close(reader)
    if pid <= 0:
        return
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass
