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


#: Runs graphkit's command line and, at exit, writes the process's own peak resident memory
#: (``VmHWM``, kB) to the file named by $GRAPHKIT_TEST_PEAK. ``wait4``'s ``ru_maxrss`` is no
#: measure of the child alone: Linux counts in it the forked copy of the parent that ran
#: until ``exec``, so a test process grown to 500 MB (natasha's models, loaded by the Russian
#: tests) would make every child look that large.
_PEAK_WRAPPER = """
import atexit, os, sys

def _peak():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(os.environ["GRAPHKIT_TEST_PEAK"], "w", encoding="ascii") as out:
                    out.write(line.split()[1])

atexit.register(_peak)
sys.argv[0] = "graphkit"
from graphkit.cli import main
main()
"""


def run_graphkit(args: list[str], workdir: Path, *, as_owner: bool = False) -> Finished:
    """Run ``graphkit ARGS`` in a child; its own peak memory (``VmHWM`` at exit, else
    ``wait4``'s rusage) and CPU time.

    ``as_owner``: held to file modes even when run as root (which bypasses them)."""
    out, err, peak = workdir / "stdout", workdir / "stderr", workdir / "peak-kb"
    peak.unlink(missing_ok=True)
    command = [sys.executable, "-c", _PEAK_WRAPPER, *args]
    if as_owner and os.geteuid() == 0:
        if shutil.which("capsh") is None:
            pytest.skip("root ignores file modes, and capsh (libcap2-bin) is not here to drop that")
        command = ["capsh", f"--drop={_PERMISSION_CAPABILITIES}", "--", "-c", shlex.join(command)]
    with out.open("wb") as stdout, err.open("wb") as stderr:
        env = {**os.environ, "GRAPHKIT_TEST_PEAK": str(peak)}
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return Finished(
        code=child.returncode,
        stdout=out.read_text("utf-8"),
        stderr=err.read_text("utf-8"),
        max_rss_mb=(int(peak.read_text()) if peak.is_file() else usage.ru_maxrss) / 1024,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )
