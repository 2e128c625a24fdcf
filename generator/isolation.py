"""Heavy stages in a forked child process.

Python keeps the memory of freed small objects for itself, so a stage run after another in
the same process needs its own memory on top of what the first one freed; and a process
that has finished with MkDocs still holds its gigabytes while Pagefind indexes. Run in a
child, a stage's memory is the system's again when it returns. Where the system cannot
fork, the stage runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class StageDied(RuntimeError):
    """The child died without an answer (killed, out of memory); ``code`` is its exit code."""

    def __init__(self, code: int):
        super().__init__(f"the build process died (exit code {code})")
        self.code = code


def isolated(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` in a forked child; its result, or its exception, comes back pickled."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return function(*args)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(sender, function, args))
    child.start()
    sender.close()
    try:
        ok, value = receiver.recv()
    except EOFError:
        child.join()
        raise StageDied(child.exitcode if child.exitcode is not None else 1) from None
    finally:
        receiver.close()
    child.join()
    if not ok:
        raise value
    return value


def _run(sender, function: Callable[..., object], args: tuple) -> None:
    try:
        answer = (True, function(*args))
    except BaseException as error:  # noqa: BLE001 - handed to the parent, which raises it
        answer = (False, error)
    try:
        sender.send(answer)
    except Exception as error:  # an exception that does not pickle: its message
        sender.send((False, RuntimeError(f"{type(answer[1]).__name__}: {answer[1]}")))
        del error
    sender.close()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)  # no atexit handlers or buffers of the parent's: they are the parent's
