"""Resource bounds measured with ``getrusage``: CPU seconds, not wall-clock time, so a
busy machine does not make a test fail; peak memory of a child process."""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


def cpu_seconds(work: Callable[[], object]) -> float:
    """The CPU time of this process spent in ``work()``, best of three."""
    best = float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_SELF)
        work()
        after = resource.getrusage(resource.RUSAGE_SELF)
        spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, spent)
    return best


def growth(work: Callable[[int], object], small: int, factor: int = 4) -> float:
    """How much more CPU ``work(factor * small)`` takes than ``work(small)``: about
    ``factor`` when linear, ``factor ** 2`` when quadratic."""
    work(small)  # warm caches (the KB, compiled patterns) outside the measure
    return cpu_seconds(lambda: work(factor * small)) / cpu_seconds(lambda: work(small))


@dataclass(frozen=True)
class Finished:
    """A graphkit command run in a child process, with its own resource use."""

    code: int
    stdout: str
    stderr: str
    max_rss_mb: float
    cpu_seconds: float


#: Root ignores file modes; without these capabilities it is held to them as their owner.
_PERMISSION_CAPABILITIES = "cap_dac_override,cap_dac_read_search,cap_fowner"


def run_graphkit(args: list[str], workdir: Path, *, as_owner: bool = False) -> Finished:
    """Run ``graphkit ARGS`` in a child; its peak memory from ``wait4``'s rusage.

    ``as_owner``: held to file modes even when run as root (which bypasses them)."""
    out, err = workdir / "stdout", workdir / "stderr"
    command = [sys.executable, "-m", "graphkit.cli", *args]
    if as_owner and os.geteuid() == 0:
        if shutil.which("capsh") is None:
            pytest.skip("root ignores file modes, and capsh (libcap2-bin) is not here to drop that")
        command = ["capsh", f"--drop={_PERMISSION_CAPABILITIES}", "--", "-c", shlex.join(command)]
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return Finished(
        code=child.returncode,
        stdout=out.read_text("utf-8"),
        stderr=err.read_text("utf-8"),
        max_rss_mb=usage.ru_maxrss / 1024,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )
