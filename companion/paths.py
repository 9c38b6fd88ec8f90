"""Where Companion keeps things. Resolved once, on request, never at import time.

`COMPANION_HOME`, when set, relocates everything the app writes (vaults, backups,
settings, logs), which is what tests and scripts use.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "companion"


class AppPaths:
    """The three folders (immutable). A plain class: `dataclasses` costs start-up time (it imports
    inspect, ast and dis), and this module is the first one the app imports."""

    __slots__ = ("config_dir", "data_dir", "log_dir")
    data_dir: Path
    config_dir: Path
    log_dir: Path

    def __init__(self, data_dir: Path, config_dir: Path, log_dir: Path):
        object.__setattr__(self, "data_dir", data_dir)
        object.__setattr__(self, "config_dir", config_dir)
        object.__setattr__(self, "log_dir", log_dir)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"AppPaths is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"AppPaths is immutable; cannot delete {name!r}")

    def _key(self) -> tuple:
        return (self.data_dir, self.config_dir, self.log_dir)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"AppPaths(data_dir={self.data_dir!r}, config_dir={self.config_dir!r}, log_dir={self.log_dir!r})"

    @property
    def default_vault(self) -> Path:
        return self.data_dir / "vault"

    @property
    def startup_settings(self) -> Path:
        """Non-sensitive settings needed before unlock (vault path, UI scale)."""
        return self.config_dir / "startup.json"

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        home = home or os.environ.get("COMPANION_HOME")
        if home:
            root = Path(home).expanduser().resolve()
            return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_DIR_NAME, appauthor=False)
        return cls(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
        )


def vault_path(explicit: str | os.PathLike[str] | None = None, paths: AppPaths | None = None) -> Path:
    """The vault folder: `--vault DIR`, else the default vault under COMPANION_HOME or platformdirs."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    return (paths or AppPaths.resolve()).default_vault


def backups_dir_for(vault_dir: Path) -> Path:
    """Automatic backups live beside the vault files, in their own folder."""
    return vault_dir / "backups"
