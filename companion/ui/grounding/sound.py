"""Optional sound: a soft chime at phase changes and spoken guidance. Both off by default.

The chime is a short tone generated in memory (never a temporary file) and played through
QtMultimedia's QAudioSink from a QBuffer; speech uses QtTextToSpeech with the system's
engine. Neither is imported until someone turns it on. Where Qt has no audio output or
no speech engine (or the module cannot load), `available` is False and nothing happens:
the exercise works the same without sound.
"""

from __future__ import annotations

import math
import struct

from PySide6.QtCore import QObject, QThread, Signal, Slot

SAMPLE_RATE = 22050
TONE_HZ = 528.0
TONE_SECONDS = 1.1
ATTACK_SECONDS = 0.04  # fades in, never a sudden click
PEAK = 0.22  # of full scale, before the volume setting


def soft_tone_pcm(sample_rate: int = SAMPLE_RATE, seconds: float = TONE_SECONDS, hz: float = TONE_HZ) -> bytes:
    """Mono signed 16-bit little-endian samples of a soft bell-like tone (pure, for tests too)."""
    count = int(sample_rate * seconds)
    attack = max(1, int(sample_rate * ATTACK_SECONDS))
    out = bytearray()
    for n in range(count):
        t = n / sample_rate
        rise = 0.5 - 0.5 * math.cos(math.pi * min(1.0, n / attack))
        fall = math.exp(-3.2 * t) * (0.5 + 0.5 * math.cos(math.pi * n / count))  # reaches 0 at the end
        value = math.sin(2 * math.pi * hz * t) + 0.18 * math.sin(2 * math.pi * 2 * hz * t)
        out += struct.pack("<h", int(32767 * PEAK * rise * fall * value / 1.18))
    return bytes(out)


class ChimePlayer(QObject):
    """Plays the soft tone. `probe()` loads QtMultimedia once; afterwards `available` is known."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.available: bool | None = None  # None: not probed yet
        self.volume = 0.6
        self._pcm = b""
        self._sink = None
        self._buffer = None
        self._mm = None

    def probe(self) -> bool:
        if self.available is not None:
            return self.available
        try:
            from PySide6 import QtMultimedia

            device = QtMultimedia.QMediaDevices.defaultAudioOutput()
            self.available = not device.isNull()
            self._mm = QtMultimedia
        except Exception:  # noqa: BLE001 - no audio stack here: silently unavailable
            self.available = False
        return self.available

    def play(self) -> None:
        if not self.probe():
            return
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        mm = self._mm
        try:
            if not self._pcm:
                self._pcm = soft_tone_pcm()
            fmt = mm.QAudioFormat()
            fmt.setSampleRate(SAMPLE_RATE)
            fmt.setChannelCount(1)
            fmt.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
            if self._sink is not None:
                self._sink.stop()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(self._pcm))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._sink = mm.QAudioSink(mm.QMediaDevices.defaultAudioOutput(), fmt, self)
            self._sink.setVolume(max(0.0, min(1.0, self.volume)))
            self._sink.start(self._buffer)
        except Exception:  # noqa: BLE001 - a sound problem never interrupts an exercise
            self.available = False

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.stop()


class _SpeechWorker(QObject):
    """Lives on its own thread: a speech engine that is slow (or stuck) connecting to its
    service must never freeze the window, and Pause, Stop and Quick exit must keep working."""

    ready = Signal(bool)

    def __init__(self):
        super().__init__()
        self._tts = None

    @Slot()
    def open(self) -> None:
        ok = False
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
            if engines:
                self._tts = QTextToSpeech(engines[0], self)
                ok = self._tts.state() != QTextToSpeech.State.Error
        except Exception:  # noqa: BLE001 - no speech engine: silently unavailable
            ok = False
        self.ready.emit(ok)

    @Slot(str, float)
    def say(self, text: str, volume: float) -> None:
        if self._tts is not None:
            self._tts.setVolume(max(0.0, min(1.0, volume)))
            self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()


class SpeechService(QObject):
    """Spoken guidance through the OS speech engine, where Qt offers one; one per application.

    `available` is None until the engine has answered (on the speech thread), then True or
    False; `availability_known` says so. Text asked for before then is spoken once it is ready.
    """

    availability_known = Signal(bool)
    _open = Signal()
    _say = Signal(str, float)
    _stop = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.available: bool | None = None
        self._thread: QThread | None = None
        self._worker: _SpeechWorker | None = None

    def probe(self) -> bool | None:
        """Start the engine (once, off the GUI thread); what is known so far."""
        if self._thread is None:
            self._thread = QThread()
            self._thread.setObjectName("companion-speech")
            self._worker = _SpeechWorker()
            self._worker.moveToThread(self._thread)
            self._open.connect(self._worker.open)
            self._say.connect(self._worker.say)
            self._stop.connect(self._worker.stop)
            self._worker.ready.connect(self._on_ready)
            self._thread.start()
            self._open.emit()
        return self.available

    def say(self, text: str, volume: float) -> None:
        if text and self.available is not False:
            self.probe()
            self._say.emit(text, float(volume))

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.emit()

    def _on_ready(self, ok: bool) -> None:
        self.available = ok
        self.availability_known.emit(ok)

    def shutdown(self, wait_ms: int = 500) -> None:
        """Stop the speech thread (at exit). A thread stuck inside the engine is ended."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.quit()
        if not thread.wait(wait_ms):
            thread.terminate()
            thread.wait(wait_ms)


_SPEECH: list[SpeechService] = []


def speech_service() -> SpeechService:
    """The application's one SpeechService (made on first use; ended at exit)."""
    if not _SPEECH:
        import atexit

        from PySide6.QtCore import QCoreApplication

        service = SpeechService()
        _SPEECH.append(service)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(service.shutdown)
        atexit.register(service.shutdown)
    return _SPEECH[0]


class SoundChoices:
    """What the person chose (kept in the vault's settings when unlocked; off otherwise)."""

    __slots__ = ("chime", "speech", "volume")

    def __init__(self, chime: bool = False, speech: bool = False, volume: int = 60):
        self.chime, self.speech, self.volume = bool(chime), bool(speech), int(volume)

    @property
    def any(self) -> bool:
        return self.chime or self.speech
