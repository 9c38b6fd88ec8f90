"""Settings needed before the journal is unlocked, kept in a small JSON file outside the vault.

Only what the unlock screen itself must honour lives here: where the journal is, how
the window looks (theme, text size, motion), the disguise, the language, and how quick exit works
(it must work on the unlock screen too). Nothing here is journal content. Everything
else (auto-lock time, backups, ...) is stored inside the encrypted vault.
"""

from __future__ import annotations

from pathlib import Path

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # up to 200% (WCAG 1.4.4)
MOTION = ("system", "reduce", "full")
DISGUISES = ("off", "notes", "tasks")
QUICK_EXIT_ACTIONS = ("quit", "minimise", "neutral")
QUICK_EXIT_SHORTCUTS = ("", "F12", "Ctrl+Shift+X", "Ctrl+Alt+Space", "Pause")
LANGUAGES = ("system", "en", "es")  # "system" follows the OS; see companion.ui.i18n


DEFAULTS = {
    "vault_path": "",
    "theme": "system",
    "text_scale": 1.0,
    "motion": "system",
    "disguise": "off",
    "quick_exit_action": "quit",
    "quick_exit_shift": True,
    "quick_exit_shortcut": "",
    "language": "system",
}


class StartupSettings:
    """The startup file's values (a plain class: a dataclass would cost start-up time)."""

    __slots__ = tuple(DEFAULTS)

    def __init__(self, **values):
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise TypeError(f"unknown startup settings: {sorted(unknown)}")
        for name, default in DEFAULTS.items():
            setattr(self, name, values.get(name, default))

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in DEFAULTS}

    def replace(self, **changes) -> "StartupSettings":
        return StartupSettings(**{**self.as_dict(), **changes})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StartupSettings) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"StartupSettings({self.as_dict()!r})"

    @classmethod
    def load(cls, path: Path) -> "StartupSettings":
        """Read the file, keeping defaults for anything missing, unknown or damaged."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            return cls()
        import json

        try:
            raw = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(raw, dict):
            return cls()
        return cls(**{k: v for k, v in raw.items() if k in DEFAULTS}).sanitised()

    def sanitised(self) -> "StartupSettings":
        defaults = StartupSettings()
        if not isinstance(self.vault_path, str):
            self.vault_path = ""
        if self.theme not in THEMES:
            self.theme = defaults.theme
        try:
            self.text_scale = min(TEXT_SCALES, key=lambda s: abs(s - float(self.text_scale)))
        except (TypeError, ValueError):
            self.text_scale = defaults.text_scale
        if self.motion not in MOTION:
            self.motion = defaults.motion
        if self.disguise not in DISGUISES:
            self.disguise = defaults.disguise
        if self.quick_exit_action not in QUICK_EXIT_ACTIONS:
            self.quick_exit_action = defaults.quick_exit_action
        self.quick_exit_shift = bool(self.quick_exit_shift)
        if self.quick_exit_shortcut not in QUICK_EXIT_SHORTCUTS:
            self.quick_exit_shortcut = defaults.quick_exit_shortcut
        if self.language not in LANGUAGES:
            self.language = defaults.language
        return self

    def save(self, path: Path) -> None:
        import json

        from companion.security.atomic import write_atomic

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, json.dumps(self.as_dict(), indent=2, sort_keys=True).encode("utf-8"))
