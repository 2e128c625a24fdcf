"""Heavy stages run in a forked child: answers and errors come back, a death is reported."""

from __future__ import annotations

import os

import pytest

from generator.isolation import StageDied, isolated


def _pid_and_sum(a: int, b: int) -> tuple[int, int]:
    return os.getpid(), a + b


def _fails() -> None:
    raise ValueError("bad article folder")


def _dies() -> None:
    os._exit(37)


def test_the_stage_runs_in_another_process_and_answers():
    pid, total = isolated(_pid_and_sum, 2, 3)
    assert total == 5 and pid != os.getpid()


def test_its_exception_is_raised_here():
    with pytest.raises(ValueError, match="bad article folder"):
        isolated(_fails)


def test_a_child_that_dies_is_reported_with_its_exit_code():
    with pytest.raises(StageDied) as died:
        isolated(_dies)
    assert died.value.code == 37
