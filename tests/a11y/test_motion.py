"""Motion and sound (WCAG 2.2.2, 1.4.2), on every screen and in the grounding player.

With reduced motion, nothing animates: no running QAbstractAnimation, no repeating timer
fast enough to drive frames (≤ 100 ms), no busy bar that sweeps. With motion allowed,
anything that moves longer than 5 seconds has a visible Pause or Stop. Sound is never
playing unless someone turned it on.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QObject, QTimer
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton

from companion.ui.startup import StartupSettings
from tests.a11y.screens import FileDialogCloser, Stop, paced, run_with_qtbot, walk
from tests.ui.conftest import unlock

FRAME_TIMER_MS = 100


def _objects() -> list[QObject]:
    app = QApplication.instance()
    roots = [app, *QApplication.topLevelWidgets()]
    found = []
    for root in roots:
        found.append(root)
        found.extend(root.findChildren(QObject))
    return found


def moving(objects) -> list[str]:
    """What is animating right now."""
    found = []
    for obj in objects:
        if isinstance(obj, QAbstractAnimation) and obj.state() == QAbstractAnimation.State.Running:
            length = obj.totalDuration()
            found.append(f"{type(obj).__name__} of {'endless' if length < 0 else f'{length} ms'} "
                         f"on {type(obj.parent()).__name__}")
        elif isinstance(obj, QTimer) and obj.isActive() and not obj.isSingleShot() \
                and obj.interval() <= FRAME_TIMER_MS and not isinstance(obj.parent(), FileDialogCloser):
            found.append(f"a {obj.interval()} ms timer on {type(obj.parent()).__name__}")
        elif isinstance(obj, QProgressBar) and obj.isVisible() and obj.minimum() == obj.maximum() == 0:
            found.append(f"a sweeping busy bar ({obj.accessibleName() or 'unnamed'})")
    return found


def sounding(objects) -> list[str]:
    """Sound that is playing: QtMultimedia players, sinks and effects, and speech."""
    found = []
    for obj in objects:
        name = type(obj).__name__
        if name in ("QMediaPlayer",) and obj.playbackState() != obj.PlaybackState.StoppedState:
            found.append(name)
        elif name == "QSoundEffect" and obj.isPlaying():
            found.append(name)
        elif name == "QAudioSink" and obj.state().name == "ActiveState":
            found.append(name)
        elif name == "QTextToSpeech" and obj.state().name == "Speaking":
            found.append(name)
    return found


def test_reduced_motion_stills_every_screen_and_the_player(qtbot, make_app, vault_dir, light_theme):
    harness = make_app(vault_dir, StartupSettings(theme="light", motion="reduce"))
    window = harness.window
    assert window.reduced_motion
    unlock(qtbot, harness)
    problems: list[str] = []

    def visit(stop: Stop) -> None:
        qtbot.wait(50)
        objects = _objects()
        problems.extend(f"{stop.name}: {m}" for m in moving(objects))
        problems.extend(f"{stop.name}: sound playing ({s}) though nobody turned it on" for s in sounding(objects))

    names = run_with_qtbot(qtbot, walk(window, player_until=paced), visit)
    assert len(names) > len(window.sections)
    assert problems == [], "\n".join(problems)


def test_with_motion_allowed_anything_moving_can_be_paused_or_stopped(qtbot, make_app, vault_dir, light_theme):
    harness = make_app(vault_dir, StartupSettings(theme="light", motion="full"))
    window = harness.window
    assert not window.reduced_motion
    unlock(qtbot, harness)
    problems: list[str] = []
    animated = []

    def visit(stop: Stop) -> None:
        qtbot.wait(50)
        objects = _objects()
        now = moving(objects)
        problems.extend(f"{stop.name}: sound playing ({s}) though nobody turned it on" for s in sounding(objects))
        if not now:
            return
        animated.append(stop.name)
        qtbot.wait(5200)  # WCAG 2.2.2: motion that goes on past five seconds ...
        if not moving(_objects()):
            return
        controls = [b for b in stop.root.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
        words = " ".join(f"{b.text()} {b.accessibleName()}".lower() for b in controls)
        if "pause" not in words and "stop" not in words:  # ... needs a way to pause, stop or hide it
            problems.append(f"{stop.name}: {now} goes on past 5 s with no Pause or Stop on screen")

    run_with_qtbot(qtbot, walk(window, dialogs=False, player_until=lambda: bool(moving(_objects()))), visit)
    assert problems == [], "\n".join(problems)
    if any(s.key == "grounding" for s in window.sections):
        assert "grounding player, breathing" in animated, "the breath pacer moves when motion is allowed"
