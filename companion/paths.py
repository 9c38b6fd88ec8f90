"""Where Companion keeps things. Resolved once, on request, never at import time.

`COMPANION_HOME`, when set, relocates everything the app writes (vaults, backups,
settings, logs), which is what tests and scripts use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "companion"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_vault(self) -> Path:
        return self.data_dir / "vault"

    @property
    def startup_settings(self) -> Path:
        """Non-sensitive settings needed before unlock (vault path, UI scale)."""
        return self.config_dir / "startup.json"

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> "AppPaths":
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
