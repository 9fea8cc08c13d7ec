"""The archive: every record of a database in one portable file, and its restore.

An archive is a zip of one JSON-lines part per table (`plan.jsonl`: a JSON object per row,
every column, ids and timestamps included) and `manifest.json` (format, schema revision,
counts and the SHA-256 of every part); docs/record-kinds.md describes it. `write_archive`
reads the database in one transaction and writes beside the target under a temporary name,
renamed at the end. `restore_archive` writes everything in one transaction into an empty
database, committed only once the whole file is checked (archive_check.py; on SQLite in one
pass, sqlite_restore.py).
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import zipfile
from collections.abc import Generator, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from secretariat import __version__
from secretariat.db import Database
from secretariat.files import part_path, remove_stale_parts
from secretariat.migrations import HEAD_REVISION
from secretariat.progress import Progress, Work
from secretariat.transfer.archive_check import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    Part,
    read_manifest,
    rows_of,
    verify_archive,
)
from secretariat.transfer.json_values import json_rows, sqlite_json_lines
from secretariat.transfer.sqlite_restore import restore_into_sqlite
from secretariat.transfer.tables import (
    TABLES,
    TableLoader,
    TransferError,
    begin_snapshot,
    require_empty,
    table_named,
)

__all__ = [
    "MANIFEST",
    "ArchiveSummary",
    "TransferError",
    "read_manifest",
    "restore_archive",
    "verify_archive",
    "write_archive",
]

PROGRESS_ROWS = 5000


@dataclass(frozen=True)
class ArchiveSummary:
    path: Path
    counts: dict[str, int]  # table -> records

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def write_archive(db: Database, path: Path) -> Work[ArchiveSummary]:
    """Write every record of `db` to `path` (a .zip); an earlier file stays until the end."""
    remove_stale_parts(path.parent)
    part = part_path(path)
    try:
        with (
            db.engine.connect() as connection,
            zipfile.ZipFile(
                part, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1
            ) as archive,
        ):
            begin_snapshot(connection)
            counts = yield from _write_parts(connection, archive)
            archive.writestr(MANIFEST, json.dumps(_manifest(counts), indent=2))
        part.replace(path)
    except OSError as error:  # a full disk: one line that names the file
        raise TransferError(f"cannot write {path}: {error.strerror or error}") from error
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
    return ArchiveSummary(path, {name: entry["records"] for name, entry in counts.items()})


def _write_parts(
    connection: Connection, archive: zipfile.ZipFile
) -> Generator[Progress, None, dict[str, dict[str, Any]]]:
    counts: dict[str, dict[str, Any]] = {}
    for index, table in enumerate(TABLES):
        records = 0
        with _PartWriter(archive.open(f"{table.name}.jsonl", "w", force_zip64=True)) as writer:
            for lines in _json_lines(connection, table):
                writer.write(("\n".join(lines) + "\n").encode())
                records += len(lines)
                yield Progress(index, len(TABLES), f"{table.name}: {records:,} records")
        counts[table.name] = {"records": records, "sha256": writer.sha256}
        yield Progress(index + 1, len(TABLES), f"{table.name}: {records:,} records")
    return counts


class _PartWriter:
    """Compresses and hashes a part's chunks on a thread of its own while the next rows are
    read (zlib and hashlib let go of the interpreter while they work: two cores, both busy)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)  # bounded memory
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._drain, name="archive-part", daemon=True)
        self.thread.start()

    def _drain(self) -> None:
        while (chunk := self.chunks.get()) is not None:
            if self.failure is None:
                try:
                    self.stream.write(chunk)
                    self.digest.update(chunk)
                except BaseException as error:  # a full disk: raised in the reading thread
                    self.failure = error

    def write(self, chunk: bytes) -> None:
        if self.failure is not None:
            raise self.failure
        self.chunks.put(chunk)

    @property
    def sha256(self) -> str:
        return self.digest.hexdigest()

    def __enter__(self) -> _PartWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.chunks.put(None)
        self.thread.join()
        self.stream.close()
        if self.failure is not None and exc[0] is None:
            raise self.failure


def _json_lines(connection: Connection, table: Table) -> Iterator[list[str]]:
    if connection.dialect.name == "sqlite":
        yield from sqlite_json_lines(connection, table)
        return
    for batch in json_rows(connection, table):
        yield [json.dumps(record, ensure_ascii=False, separators=(",", ":")) for record in batch]


def _manifest(parts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_revision": HEAD_REVISION,
        "created_at": datetime.now(UTC).isoformat(),
        "parts": [
            {"table": name, "file": f"{name}.jsonl", **entry} for name, entry in parts.items()
        ],
    }


def restore_archive(db: Database, path: Path) -> Work[ArchiveSummary]:
    """Restore an archive into an empty database, in one transaction, after checking it all
    (on SQLite, checked as it is written, in one pass: sqlite_restore.py)."""
    archive, parts = read_manifest(path)
    with archive:
        if db.engine.dialect.name == "sqlite" and all(part.complete for part in parts):
            yield from restore_into_sqlite(db, archive, parts, path)
        else:
            yield from _restore_checked(db, archive, parts, path)
    return ArchiveSummary(path, {part.table: part.records for part in parts})


def _restore_checked(
    db: Database, archive: zipfile.ZipFile, parts: list[Part], path: Path
) -> Work[None]:
    """Check everything first, then load it through SQLAlchemy's types (any database, any
    earlier schema's archive)."""
    counts = yield from verify_archive(path)
    total = sum(counts.values()) or 1
    done = 0
    with db.write() as session:
        connection = session.connection()
        require_empty(connection, db.describe())
        for part in parts:
            loader = TableLoader(connection, table_named(part.table))
            for row in rows_of(archive, part, path):
                loader.add(row)
                done += 1
                if done % PROGRESS_ROWS == 0:
                    yield Progress(total + done, total * 2, f"restoring {part.table}")
            loader.finish()
            yield Progress(total + done, total * 2, f"restoring {part.table}")
