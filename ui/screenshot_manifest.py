"""Which source files each screenshot shows, so the user guide can tell a stale picture.

`make screenshots` records, beside the PNG files, the `ui/` modules that define the screen of
each picture (its class and the classes it is built on) and a digest of their text
(`screens.json`). tests/ui/test_guide.py recomputes the digest of every picture the guide
shows: a screen changed since its picture was taken fails there, with the command that takes
the pictures again. The interface translations are left out on purpose: a new text anywhere
would make every Korean and Chinese picture stale at once.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from pathlib import Path

MANIFEST_NAME = "screens.json"
ROOT = Path(__file__).resolve().parent.parent


def screen_sources(screen: object) -> list[str]:
    """The repository paths of the `ui` modules defining `screen`'s class and its bases."""
    sources: list[str] = []
    for cls in type(screen).__mro__:
        if not cls.__module__.startswith("ui."):
            continue
        path = Path(inspect.getfile(cls)).resolve().relative_to(ROOT).as_posix()
        if path not in sources:
            sources.append(path)
    return sorted(sources)


def digest(sources: list[str], root: Path = ROOT) -> str:
    """One SHA-256 over each source's path and text, in order."""
    hashed = hashlib.sha256()
    for source in sources:
        hashed.update(source.encode() + b"\0" + (root / source).read_bytes() + b"\0")
    return hashed.hexdigest()


def read_manifest(folder: Path) -> dict[str, dict[str, object]]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    loaded: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def record(folder: Path, picture: Path, screen: object) -> None:
    """Note `picture` as showing `screen` as its sources read now."""
    manifest = read_manifest(folder)
    sources = screen_sources(screen)
    manifest[picture.name] = {"sources": sources, "digest": digest(sources)}
    text = json.dumps(dict(sorted(manifest.items())), indent=1, ensure_ascii=False) + "\n"
    partial = folder / (MANIFEST_NAME + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(folder / MANIFEST_NAME)  # never a half-written manifest


def stale_reason(folder: Path, picture: str) -> str | None:
    """Why `picture` no longer shows its screen as the sources read now, or None."""
    entry = read_manifest(folder).get(picture)
    if entry is None:
        return f"{picture} is not among the pictures `make screenshots` takes"
    sources = [str(source) for source in entry["sources"]]  # type: ignore[attr-defined]
    missing = [source for source in sources if not (ROOT / source).exists()]
    if missing:
        return f"{picture} shows {', '.join(missing)}, which no longer exists"
    if digest(sources) != entry["digest"]:
        return f"{picture} is older than {', '.join(sources)}: run `make screenshots`"
    return None
