"""Running one build and measuring it: wall time, and CPU time and peak memory through `/usr/bin/time -v`."""
import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass

GNU_TIME = "/usr/bin/time"


@dataclass
class Measurement:
    seconds: float
    peak_kib: int | None  # these two are None when /usr/bin/time is not installed
    cpu_seconds: float | None  # user + system: less sensitive than wall time to other work on the machine


class BuildFailed(Exception):
    pass


def has_gnu_time():
    return os.access(GNU_TIME, os.X_OK)


def run_measured(command, label):
    """Runs `command` and measures it; raises BuildFailed with the end of its output."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as report:
        wrapped = [GNU_TIME, "-v", "-o", report.name, *command] if has_gnu_time() else list(command)
        started = time.perf_counter()
        result = subprocess.run(wrapped, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            tail = "\n".join(result.stdout.splitlines()[-20:])
            raise BuildFailed(f"{label} failed (exit {result.returncode}): {' '.join(command)}\n{tail}")
        usage = report.read()
    return Measurement(seconds, usage_value(r"Maximum resident set size \(kbytes\)", usage, int), cpu_seconds(usage))


def usage_value(name, usage, kind):
    """The value of one line of `/usr/bin/time -v`'s report, or None."""
    match = re.search(name + r": ([\d.]+)", usage)
    return kind(match.group(1)) if match else None


def cpu_seconds(usage):
    user = usage_value(r"User time \(seconds\)", usage, float)
    system = usage_value(r"System time \(seconds\)", usage, float)
    return None if user is None or system is None else user + system
