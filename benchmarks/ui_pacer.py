"""The breath pacer: how smooth its animation is, and how exactly it meets the phase boundaries.

    .venv/bin/python benchmarks/ui_pacer.py [--frames-seconds 10] [--real-seconds 30] [--fast-minutes 2]

1. Smoothness: the real PlayerWidget animates box breathing for ~10 s; every paint of the
   pacer is timestamped (time.monotonic). Reported: frame interval mean, p50, p95, max and
   frames per second (target 60 fps = 16.7 ms), plus the cost of one paint.
2. Timing accuracy: each time the player shows a new breathing phase, the error is the time
   it showed it minus the exact boundary. The exact boundary is found by bisecting the pure
   GuidedSession (state_at) between the previous refresh and that moment, to 1 µs, so it also
   holds across a pace change. Run once on the real monotonic clock (30 s) and once on a
   test clock running 10x (2 minutes of exercise in 12 s, with a pace change half way).
   Errors are given in real milliseconds. The last boundaries are compared with the first:
   with nothing accumulated, late boundaries are no worse than early ones.

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a platform is set; the paint cost there is
the raster work without a compositor.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


KEEP: list = []  # widgets stay alive until exit (patched methods form cycles the GC must not break mid-run)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def box_exercise(cycles: int = 50):
    from companion.exercises.model import Exercise

    return Exercise.from_dict({
        "format_version": 1, "id": "bench-box", "version": 1, "title": "Box breathing (benchmark)",
        "summary": "Four counts each.", "category": "breathing", "duration_minutes": 10, "intensity": "gentle",
        "source": "benchmark", "steps": [{"text": "In, hold, out, rest.", "breathing": {"phases": [
            {"kind": "in", "seconds": 4}, {"kind": "hold", "seconds": 4},
            {"kind": "out", "seconds": 4}, {"kind": "hold_empty", "seconds": 4}], "cycles": cycles}}],
    })


def run_loop(app, seconds: float) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()


def smoothness(app, seconds: float) -> dict:
    from companion.ui.grounding.player import PlayerWidget

    player = PlayerWidget(reduced_motion=False)
    KEEP.append(player)
    player.resize(900, 640)
    player.show()
    app.processEvents()
    pacer = player.pacer
    paint_costs: list[float] = []
    original = type(pacer).paintEvent

    def timed_paint(event, _orig=original, _pacer=pacer):
        start = time.perf_counter()
        _orig(_pacer, event)
        paint_costs.append((time.perf_counter() - start) * 1000)

    pacer.paintEvent = timed_paint
    player.begin(box_exercise())
    pacer.frame_times = []
    run_loop(app, seconds)
    times = pacer.frame_times
    player.stop()
    player.hide()
    intervals = [(b - a) * 1000 for a, b in itertools.pairwise(times)]
    return {
        "frames": len(times),
        "seconds": times[-1] - times[0] if len(times) > 1 else 0.0,
        "fps": (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0,
        "mean": statistics.fmean(intervals), "p50": pct(intervals, 0.5), "p95": pct(intervals, 0.95),
        "max": max(intervals), "over_33ms": sum(1 for i in intervals if i > 33.4),
        "paint_mean": statistics.fmean(paint_costs), "paint_p95": pct(paint_costs, 0.95),
    }


def accuracy(app, seconds_real: float, rate: float, pace_change_at: float | None) -> dict:
    """Phase boundary errors in real ms on a clock running `rate` times real time."""
    from companion.ui.grounding.player import PlayerWidget

    base = time.monotonic()

    def clock() -> float:
        return base + (time.monotonic() - base) * rate

    player = PlayerWidget(reduced_motion=False, clock=clock)
    KEEP.append(player)
    player.clock_rate = rate
    player.resize(900, 640)
    player.show()
    app.processEvents()
    errors: list[float] = []
    original_show = player._show
    last_refresh = [clock()]
    pace_changed = [pace_change_at is None]

    def key(state):
        return (state.step_index, state.cycle, state.phase)

    def show(state, _orig=original_show):
        now = player._now
        previous = player._shown_phase
        session = player.session
        if previous is not None and key(state) != previous and state.phase is not None:
            lo, hi = last_refresh[0], now  # the boundary lies between the previous refresh and now
            while hi - lo > 1e-6:
                mid = (lo + hi) / 2
                if key(session.state_at(mid)) == previous:
                    lo = mid
                else:
                    hi = mid
            errors.append((now - hi) / rate * 1000)  # real milliseconds late
        last_refresh[0] = now
        _orig(state)
        if not pace_changed[0] and now - base >= pace_change_at:
            pace_changed[0] = True
            player.slower()
            player.slower()  # 1.0 -> 1.5: every phase now lasts 6 clock seconds

    player._show = show
    player.begin(box_exercise())
    run_loop(app, seconds_real)
    player.stop()
    player.hide()
    tail = min(10, len(errors) // 3) or 1
    return {
        "boundaries": len(errors), "mean": statistics.fmean(errors), "p95": pct(errors, 0.95),
        "max": max(errors), "min": min(errors),
        "first_mean": statistics.fmean(errors[:tail]), "last_mean": statistics.fmean(errors[-tail:]),
        "exercise_seconds": seconds_real * rate,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames-seconds", type=float, default=10.0)
    parser.add_argument("--real-seconds", type=float, default=30.0)
    parser.add_argument("--fast-minutes", type=float, default=2.0)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    import companion.ui  # noqa: F401 - shiboken workaround before Qt is used

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ui_common import quiet_qt_messages

    quiet_qt_messages()
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    from companion.ui import theme

    theme.apply(app, "light", 1.0)
    print(f"platform: {app.platformName()}, Qt {__import__('PySide6').__version__}")

    s = smoothness(app, args.frames_seconds)
    print(f"\nsmoothness over {s['seconds']:.1f} s: {s['frames']} frames, {s['fps']:.1f} fps")
    print(f"  frame interval ms: mean {s['mean']:.2f}, p50 {s['p50']:.2f}, p95 {s['p95']:.2f}, max {s['max']:.2f} "
          f"(target 16.7); intervals over 33.4 ms: {s['over_33ms']}")
    print(f"  one pacer paint: mean {s['paint_mean']:.2f} ms, p95 {s['paint_p95']:.2f} ms")

    r = accuracy(app, args.real_seconds, 1.0, None)
    print(f"\ntiming on the real monotonic clock, {args.real_seconds:.0f} s: {r['boundaries']} phase boundaries")
    print(f"  shown late by (real ms): mean {r['mean']:.2f}, p95 {r['p95']:.2f}, max {r['max']:.2f}, "
          f"min {r['min']:.2f}; first {r['first_mean']:.2f} vs last {r['last_mean']:.2f}")

    fast_seconds = args.fast_minutes * 60 / 10
    f = accuracy(app, fast_seconds, 10.0, pace_change_at=args.fast_minutes * 60 / 2)
    print(f"\ntiming on a 10x test clock, {f['exercise_seconds'] / 60:.1f} exercise minutes in {fast_seconds:.0f} s, "
          f"pace 1.0 -> 1.5 half way: {f['boundaries']} phase boundaries")
    print(f"  shown late by (real ms): mean {f['mean']:.2f}, p95 {f['p95']:.2f}, max {f['max']:.2f}, "
          f"min {f['min']:.2f}; first {f['first_mean']:.2f} vs last {f['last_mean']:.2f}")
    print(f"  (in exercise time that is x10: mean {f['mean'] * 10:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
