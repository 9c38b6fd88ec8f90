"""Where an export lands: does the folder look like it is synced to a cloud service? Pure (no Qt).

Used by the wizard to warn before writing a plaintext file somewhere it may be copied
off the device. The check looks at the folder names in the path (and in the path with
symbolic links resolved) and at marker files the sync clients leave in their root
folders. It cannot see everything — for example macOS can sync the whole Desktop and
Documents folders to iCloud with no trace in the path — so the warning says "looks".
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# (service, pattern for one folder name, case-insensitive)
_FOLDER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (service, re.compile(pattern, re.IGNORECASE))
    for service, pattern in (
        ("Dropbox", r"^dropbox(\s*\(.*\)|[-\s].*)?$"),
        ("OneDrive", r"^onedrive([-\s].*)?$"),
        ("Google Drive", r"^(google\s?drive|googledrive)([-\s].*)?$|^my drive$|^shared drives$"),
        ("iCloud", r"^(icloud\s?drive|iclouddrive)(\s*\(.*\))?$|^mobile documents$|^com~apple~clouddocs$"),
        ("Nextcloud", r"^nextcloud(\d*|[-\s].*)$"),
        ("ownCloud", r"^owncloud(\d*|[-\s].*)$"),
        ("pCloud", r"^pcloud(\s?drive|\s?sync)?$"),
        ("Sync.com", r"^sync(\.com)?$"),
        ("MEGA", r"^mega(sync)?(\s?downloads)?$"),
        ("Box", r"^box(\s?sync)$"),
    )
)
# marker files a client keeps in the root of the folder it syncs
_MARKERS: tuple[tuple[str, str], ...] = (
    ("Dropbox", ".dropbox"),
    ("Dropbox", ".dropbox.cache"),
    ("MEGA", ".megaignore"),
    ("Syncthing", ".stfolder"),
    ("pCloud", ".pcloud"),
)
_MARKER_PREFIXES: tuple[tuple[str, str], ...] = (
    ("Nextcloud or ownCloud", ".sync_"),  # .sync_<hash>.db
    ("Nextcloud or ownCloud", "._sync_"),
)
_MAX_MARKER_DEPTH = 12


def _folder_service(name: str) -> str | None:
    for service, pattern in _FOLDER_PATTERNS:
        if pattern.match(name.strip()):
            return service
    return None


def _marker_service(folder: Path) -> str | None:
    try:
        names = set(os.listdir(folder))
    except OSError:
        return None
    for service, marker in _MARKERS:
        if marker in names:
            return service
    for service, prefix in _MARKER_PREFIXES:
        if any(n.startswith(prefix) and n.endswith(".db") for n in names):
            return service
    return None


def synced_service(path: str | os.PathLike) -> str | None:
    """The sync service a file at `path` (or the folder `path`) would probably be copied by, or None."""
    given = Path(os.path.expanduser(os.fspath(path)))
    candidates = [given]
    try:
        resolved = given.resolve()
        if resolved != given:
            candidates.append(resolved)
    except (OSError, RuntimeError):
        pass
    for candidate in candidates:
        for part in candidate.parts:
            service = _folder_service(part)
            if service:
                return service
    for candidate in candidates:
        if any(part.casefold() == "cloudstorage" for part in candidate.parts):
            return "a cloud storage provider"  # macOS ~/Library/CloudStorage/<provider>
    for candidate in candidates:
        folder = candidate if candidate.is_dir() else candidate.parent
        for depth, ancestor in enumerate([folder, *folder.parents]):
            if depth >= _MAX_MARKER_DEPTH:
                break
            service = _marker_service(ancestor)
            if service:
                return service
    return None


def looks_synced(path: str | os.PathLike) -> bool:
    return synced_service(path) is not None
