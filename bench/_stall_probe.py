"""What the UI thread is doing when the heartbeat is late: a sampler thread beside `bench/faults.py`'s heartbeat.

While the heartbeat is later than `threshold_ms`, the sampler records, every `period_ms`:
- the UI thread's Python stack (`sys._current_frames()`): the last Python frame it entered, even when it is in
  Qt's C++ since;
- its kernel state from /proc (`R` running or runnable; `S` with the syscall it sleeps in: `futex` is the GIL
  or a lock, `poll` the event loop waiting for events);
- the top Python frame of every other thread.
When the gap closes, the CPU each thread of the process used during it (/proc/…/schedstat) and the time the UI
thread waited for a CPU (runqueue: another process had it) are added. So a gap reads as: UI thread running
(Python or Qt work, with its stack), waiting for the GIL (futex, while some worker burned CPU), or waiting for a
CPU (the machine's noise).

`python bench/_stall_probe.py [--quick] [--out FILE]` runs faults.py's stall walk only (its own PostgreSQL,
no proxy then through the 200 ms proxy) with the probe, and prints the gaps over the threshold with their
diagnosis; `--out` writes them as JSON lines. `bench/faults.py --probe FILE` attaches it to the full bench.
There the busy turns of the UI thread's event loop over 8 ms are timed too, with the UI thread's own CPU
time in them, and the worker answers (`gui/tasks.py` callbacks) over 25 ms with their name and profile.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYSCALLS = {7: "poll", 271: "ppoll", 202: "futex", 232: "epoll_wait", 281: "epoll_pwait", 0: "read", 1: "write",
            23: "select", 270: "pselect6", 35: "nanosleep", 230: "clock_nanosleep", 45: "recvfrom", 44: "sendto",
            47: "recvmsg", 46: "sendmsg", 17: "pread64", 18: "pwrite64", 74: "fsync", 75: "fdatasync"}


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def thread_state(tid: int) -> str:
    """`R`, or `S:<syscall>` for a sleeping thread (x86-64 syscall numbers)."""
    stat = _read(f"/proc/self/task/{tid}/stat")
    state = stat.rsplit(")", 1)[-1].split()[0] if stat else "?"
    if state == "R":
        return "R"
    call = _read(f"/proc/self/task/{tid}/syscall").split()
    if call and call[0].lstrip("-").isdigit():
        return f"{state}:{SYSCALLS.get(int(call[0]), call[0])}"
    return f"{state}:{call[0] if call else '?'}"


def schedstats() -> dict[int, tuple[int, int, str]]:
    """(ns on a CPU, ns waiting for a CPU, thread name) of every thread of this process."""
    out = {}
    for name in os.listdir("/proc/self/task"):
        fields = _read(f"/proc/self/task/{name}/schedstat").split()
        if len(fields) >= 2:
            out[int(name)] = (int(fields[0]), int(fields[1]), _read(f"/proc/self/task/{name}/comm").strip())
    return out


def frame_text(frame: Any, depth: int) -> list[str]:
    stack = traceback.extract_stack(frame)[-depth:]
    return [f"{Path(s.filename).name}:{s.lineno} {s.name}" for s in reversed(stack)]


@dataclass
class Gap:
    phase: str
    started: float  # the heartbeat's last beat (perf_counter)
    ms: float = 0.0
    samples: int = 0
    main_states: Counter = field(default_factory=Counter)
    main_stacks: Counter = field(default_factory=Counter)
    others: Counter = field(default_factory=Counter)  # top frame of other threads running Python
    cpu_ms: dict[str, float] = field(default_factory=dict)  # per thread during the gap
    main_cpu_ms: float = 0.0
    main_runqueue_ms: float = 0.0
    _sched: dict[int, tuple[int, int, str]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"phase": self.phase, "ms": round(self.ms, 1), "samples": self.samples,
                "main_cpu_ms": round(self.main_cpu_ms, 1), "main_runqueue_ms": round(self.main_runqueue_ms, 1),
                "cpu_ms": self.cpu_ms, "main_states": dict(self.main_states.most_common()),
                "main_stacks": [[n, s] for s, n in self.main_stacks.most_common(6)],
                "others": [[n, s] for s, n in self.others.most_common(8)]}


class StallProbe:
    """Samples the UI thread while `heartbeat` (an object with `last`, perf_counter of its last beat) is late."""

    def __init__(self, heartbeat: Any, *, threshold_ms: float = 25.0, period_ms: float = 3.0, depth: int = 8) -> None:
        self.heartbeat, self.threshold, self.period = heartbeat, threshold_ms / 1000, period_ms / 1000
        self.depth = depth
        self.phase = ""
        self.gaps: list[Gap] = []
        self.main = threading.main_thread()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-probe", daemon=True)

    def start(self) -> StallProbe:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        me, main_tid = threading.get_native_id(), self.main.native_id
        gap: Gap | None = None
        before = schedstats()  # the latest reading taken while the heartbeat was on time
        while not self._stop.wait(self.period):
            last = self.heartbeat.last
            late = time.perf_counter() - last
            if gap is not None and last != gap.started:  # the heartbeat beat again: the gap is closed
                self._close(gap, last, before, me, main_tid)
                gap = None
            if late < self.threshold:
                before = schedstats()
                continue
            if gap is None:
                gap = Gap(self.phase, last)
                gap._sched = before
            gap.samples += 1
            gap.main_states[thread_state(main_tid)] += 1
            frames = sys._current_frames()
            main_frame = frames.get(self.main.ident)
            if main_frame is not None:
                gap.main_stacks[" < ".join(frame_text(main_frame, self.depth))] += 1
            for ident, frame in frames.items():
                if ident in (self.main.ident, threading.get_ident()):
                    continue
                top = frame_text(frame, 3)
                gap.others[" < ".join(top)] += 1

    def _close(self, gap: Gap, beat: float, before: dict[int, tuple[int, int, str]], me: int, main_tid: int) -> None:
        gap.ms = (beat - gap.started) * 1000
        after = schedstats()
        for tid, (cpu, wait, name) in after.items():
            cpu0, wait0, _ = before.get(tid, (0, 0, name))
            used = (cpu - cpu0) / 1e6
            if tid == main_tid:
                gap.main_cpu_ms, gap.main_runqueue_ms = used, (wait - wait0) / 1e6
            elif tid != me and used >= 1:
                label = f"{name}#{tid}"
                gap.cpu_ms[label] = round(used, 1)
        self.gaps.append(gap)

    def worst(self, n: int = 12) -> list[Gap]:
        return sorted(self.gaps, key=lambda g: g.ms, reverse=True)[:n]

    def report(self, out: Any = sys.stderr, n: int = 12) -> None:
        for g in self.worst(n):
            states = ", ".join(f"{k}×{v}" for k, v in g.main_states.most_common())
            print(f"\n== {g.phase}: {g.ms:.0f} ms gap; UI thread on CPU {g.main_cpu_ms:.0f} ms, waiting for a "
                  f"CPU {g.main_runqueue_ms:.0f} ms; states {states}; other threads' CPU {g.cpu_ms}", file=out)
            for stack, count in g.main_stacks.most_common(4):
                print(f"   UI ×{count}: {stack}", file=out)
            for stack, count in g.others.most_common(6):
                print(f"   other ×{count}: {stack}", file=out)

    def write(self, path: str) -> None:
        with open(path, "w") as f:
            for g in sorted(self.gaps, key=lambda g: g.started):
                f.write(json.dumps(g.as_json()) + "\n")


@dataclass
class Slice:
    phase: str
    ms: float
    cpu_ms: float  # the UI thread's own CPU time in it (the rest: waiting for the GIL or for a CPU)
    what: str
    profile: str = ""


def slice_timer(probe: StallProbe) -> list[Slice]:
    """Times each busy turn of the UI thread's event loop (from the dispatcher's `awake` to its next
    `aboutToBlock`), and each worker answer (`gui/tasks.py` callbacks) with its profile when over 25 ms."""
    import cProfile
    import io
    import pstats

    from PySide6.QtCore import QAbstractEventDispatcher

    from relais_desk.gui import tasks

    slices: list[Slice] = []
    dispatcher = QAbstractEventDispatcher.instance()
    woke = [time.perf_counter(), time.thread_time()]

    def awake() -> None:
        woke[:] = [time.perf_counter(), time.thread_time()]

    def about_to_block() -> None:
        ms = (time.perf_counter() - woke[0]) * 1000
        if ms > 8:
            slices.append(Slice(probe.phase, round(ms, 1), round((time.thread_time() - woke[1]) * 1000, 1),
                                "event-loop turn"))

    dispatcher.awake.connect(awake)
    dispatcher.aboutToBlock.connect(about_to_block)
    deliver = tasks._deliver

    def profiled(callback: Any, value: Any) -> None:
        profile = cProfile.Profile()
        t0, c0 = time.perf_counter(), time.thread_time()
        profile.enable()
        try:
            deliver(callback, value)
        finally:
            profile.disable()
            ms = (time.perf_counter() - t0) * 1000
            if ms > 25:
                text = io.StringIO()
                pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(25)
                slices.append(Slice(probe.phase, round(ms, 1), round((time.thread_time() - c0) * 1000, 1),
                                    f"answer {getattr(callback, '__qualname__', repr(callback))}", text.getvalue()))

    tasks._deliver = profiled
    return slices


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import faults  # (sets the offscreen platform and a throwaway config before Qt starts)

    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    app, heartbeat = faults.start_app()
    probe = StallProbe(heartbeat).start()
    slices = slice_timer(probe)
    cluster = faults.pg_cluster.start_cluster()
    try:
        url = faults.demo_on(cluster)
        figures = faults.ui_stall(cluster, url, heartbeat, probe=probe)
    finally:
        faults.pg_cluster.remove_cluster(cluster)
    probe.stop()
    heartbeat.timer.stop()
    probe.report()
    print("\n== UI-thread slices over 8 ms (wall ms, UI thread's CPU ms, what):", file=sys.stderr)
    for s in sorted(slices, key=lambda s: s.ms, reverse=True)[:30]:
        print(f"   {s.phase:<22}{s.ms:7.1f}{s.cpu_ms:7.1f}  {s.what}", file=sys.stderr)
    for s in sorted((s for s in slices if s.profile), key=lambda s: s.ms, reverse=True)[:4]:
        print(f"\n== {s.phase} {s.ms} ms {s.what}\n{s.profile}", file=sys.stderr)
    if out:
        probe.write(out)
        with open(out, "a") as f:
            for s in slices:
                f.write(json.dumps({"slice": s.what, "phase": s.phase, "ms": s.ms, "cpu_ms": s.cpu_ms}) + "\n")
    print(json.dumps(figures))
    del app


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # as faults.py: no interpreter teardown under Qt
