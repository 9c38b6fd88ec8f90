"""Reading JSON members out of a zip without trusting it. Pure (no extraction to disk).

Nothing is ever written out, so a member name cannot escape anywhere; names that try
(absolute, `..`, drive letters) are still refused, as are encrypted members, archives
with too many members, members larger than the limit, and members whose compression
ratio marks them as zip bombs. Sizes are checked against the bytes actually read, not
only the sizes the archive claims.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from companion.errors import InvalidInputError

MAX_ARCHIVE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB


def _unsafe(name: str) -> bool:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part == ".." for part in PurePosixPath(name.replace("\\", "/")).parts)


def open_archive(path: Path, what: str) -> zipfile.ZipFile:
    try:
        if path.stat().st_size > MAX_ARCHIVE_BYTES:
            raise InvalidInputError(f"That {what} is too large to import in one go; nothing was imported.")
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InvalidInputError(f"That {what} is not a readable zip file; nothing was imported.") from exc
    except OSError as exc:
        raise InvalidInputError(f"{path} could not be read; nothing was imported.") from exc
    if len(archive.infolist()) > MAX_MEMBERS:
        archive.close()
        raise InvalidInputError(f"That {what} holds too many files; nothing was imported.")
    return archive


def members(archive: zipfile.ZipFile, what: str) -> list[zipfile.ZipInfo]:
    """Every file member, after the safety checks (directories left out)."""
    found = []
    for info in archive.infolist():
        if info.is_dir():
            continue
        if _unsafe(info.filename):
            raise InvalidInputError(f"That {what} contains a file with an unsafe name; nothing was imported.")
        found.append(info)
    return found


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> bytes:
    if info.flag_bits & 0x1:
        raise InvalidInputError(f"That {what} is password-protected; nothing was imported.")
    if info.file_size > MAX_MEMBER_BYTES:
        raise InvalidInputError(f"A file inside that {what} is too large to import; nothing was imported.")
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise InvalidInputError(f"That {what} looks damaged (a file inside is oddly compressed); nothing was imported.")
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise InvalidInputError(f"That {what} is damaged; nothing was imported.") from exc
    if len(data) > MAX_MEMBER_BYTES:  # zipfile itself checks the claimed size and the CRC
        raise InvalidInputError(f"A file inside that {what} is larger than it claims; nothing was imported.")
    return data
