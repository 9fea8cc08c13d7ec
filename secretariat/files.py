"""Files written whole or not at all: a temporary `.part` beside the target, renamed at the end.

Every write path (exports, backups, archives, exchange files, a new database) writes to
`.<name>.<pid>@<host>-<token>.part` in the target's folder, on the same disk, and renames it
into place once it is complete; a failure or a cancel removes it. A process killed outright
(kill -9, a power cut) cannot clean up, so the next write to that folder (and the next open
of a database, for its own folder) removes the `.part` files of processes no longer running:
the process id and the machine in the name say whose a file is, so a file another running
export is still writing is left alone, on this machine or (a shared folder) on another.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path

PART_SUFFIX = ".part"
# `.NAME.PID@HOST-TOKEN.part`, optionally followed by a piece name (`.sheet3`) before
# `.part`. SQLite's own side files of a database being built (`-journal`, `-wal`, `-shm`)
# count too.
_PART_NAME = re.compile(
    r"^\..+\.(?P<pid>\d+)@(?P<host>[0-9a-f]{8})-[0-9a-f]{8,32}(\.[\w-]+)?"
    r"\.part(-journal|-wal|-shm)?$"
)


@cache
def host_tag() -> str:
    """This machine, in 8 characters: whose process ids a `.part` name holds."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def part_path(target: Path, piece: str = "") -> Path:
    """A fresh temporary name beside `target`, ours by its pattern and process id."""
    extra = f".{piece}" if piece else ""
    token = uuid.uuid4().hex[:12]
    own = f"{os.getpid()}@{host_tag()}"
    return target.with_name(f".{target.name}.{own}-{token}{extra}{PART_SUFFIX}")


def piece_path(part: Path, piece: str) -> Path:
    """A further temporary file belonging to `part` (a sheet of a workbook being written)."""
    return part.with_name(f"{part.name.removesuffix(PART_SUFFIX)}.{piece}{PART_SUFFIX}")


def owner_pid(path: Path) -> int | None:
    """The process that wrote a `.part` file of ours, or None for any other file."""
    match = _PART_NAME.match(path.name)
    return int(match["pid"]) if match else None


def _written_here(path: Path) -> bool:
    match = _PART_NAME.match(path.name)
    return match is not None and match["host"] == host_tag()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: running
        return True
    return True


def stale_parts(folder: Path) -> list[Path]:
    """The `.part` files in `folder` left by processes of ours that are no longer running."""
    try:
        candidates = list(folder.glob(f".*{PART_SUFFIX}*"))
    except OSError:
        return []
    stale = []
    for path in candidates:
        pid = owner_pid(path)
        if pid is not None and _written_here(path) and not _running(pid):
            stale.append(path)
    return sorted(stale)


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove what killed writes left in `folder` (read-only media: nothing is removed)."""
    removed = []
    for path in stale_parts(folder):
        with contextlib.suppress(OSError):
            _remove(path)
            removed.append(path)
    return removed


def _remove(path: Path) -> None:
    if path.is_dir():
        for child in path.iterdir():
            child.unlink()
        path.rmdir()
    else:
        path.unlink()


def discard(*paths: Path) -> None:
    """Remove temporary files, ignoring those already gone (or that cannot be removed)."""
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


@contextlib.contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write; on success it becomes `target` (an
    earlier file there is replaced only then), on any failure or cancel it is removed."""
    remove_stale_parts(target.parent)
    part = part_path(target)
    try:
        yield part
        part.replace(target)
    except BaseException:
        discard(part)
        raise
