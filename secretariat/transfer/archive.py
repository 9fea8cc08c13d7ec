"""The archive: every record of a database in one portable file, and its restore.

An archive is a zip of one JSON-lines part per table (`plan.jsonl`: a JSON object per row,
every column, ids and timestamps included) and `manifest.json` (format, schema revision,
counts and the SHA-256 of every part). `write_archive` reads the database in one transaction
and writes beside the target under a temporary name, renamed at the end. `restore_archive`
checks the whole file first (manifest, hashes, counts, columns, references) and only then
writes everything in one transaction into an empty database.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Generator, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from secretariat import __version__
from secretariat.db import Database
from secretariat.migrations import HEAD_REVISION, known_revisions
from secretariat.progress import Progress, Work
from secretariat.transfer.tables import (
    TABLES,
    TableLoader,
    TransferError,
    begin_snapshot,
    json_parser,
    json_rows,
    require_empty,
    table_named,
)

FORMAT = "secretariat-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Limits a restore checks before it inflates anything (see docs/archive.md).
MAX_MANIFEST_BYTES = 1 << 20
MAX_PART_BYTES = 8 << 30  # one table's JSON lines, inflated
MAX_LINE_BYTES = 16 << 20  # one record
MAX_RATIO = 200  # inflated / compressed: JSON lines compress ~5-20x, a zip bomb ~1000x
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
    part = _temporary_beside(path)
    try:
        with (
            db.engine.connect() as connection,
            zipfile.ZipFile(
                part, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1
            ) as archive,
        ):
            begin_snapshot(connection)
            counts = yield from _write_parts(connection, archive)
            archive.writestr(MANIFEST, json.dumps(_manifest(counts, archive), indent=2))
        part.replace(path)
    finally:
        with suppress(FileNotFoundError):
            part.unlink()
    return ArchiveSummary(path, {name: entry["records"] for name, entry in counts.items()})


def _temporary_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def _write_parts(
    connection: Connection, archive: zipfile.ZipFile
) -> Generator[Progress, None, dict[str, dict[str, Any]]]:
    counts: dict[str, dict[str, Any]] = {}
    for index, table in enumerate(TABLES):
        digest = hashlib.sha256()
        records = 0
        with archive.open(f"{table.name}.jsonl", "w", force_zip64=True) as stream:
            for batch in json_rows(connection, table):
                chunk = "".join(
                    [
                        json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
                        for record in batch
                    ]
                ).encode()
                stream.write(chunk)
                digest.update(chunk)
                records += len(batch)
                yield Progress(index, len(TABLES), f"{table.name}: {records:,} records")
        counts[table.name] = {"records": records, "sha256": digest.hexdigest()}
        yield Progress(index + 1, len(TABLES), f"{table.name}: {records:,} records")
    return counts


def _manifest(parts: dict[str, dict[str, Any]], archive: zipfile.ZipFile) -> dict[str, Any]:
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


# --- restoring -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    table: str
    file: str
    records: int
    sha256: str


def read_manifest(path: Path) -> tuple[zipfile.ZipFile, list[Part]]:
    """Open an archive and check its manifest against this version (nothing read yet)."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except (zipfile.BadZipFile, OSError) as error:
        raise TransferError(
            f"{path}: not a Secretariat archive (not a zip file: {error})"
        ) from None
    try:
        return archive, _check_manifest(path, archive)
    except BaseException:
        archive.close()
        raise


def _check_manifest(path: Path, archive: zipfile.ZipFile) -> list[Part]:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise TransferError(f"{path}: not a Secretariat archive (no {MANIFEST})") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise TransferError(f"{path}: {MANIFEST} is larger than {MAX_MANIFEST_BYTES:,} bytes")
    try:
        manifest = json.loads(_read_bounded(archive, info, MAX_MANIFEST_BYTES))
    except ValueError as error:
        raise TransferError(f"{path}: {MANIFEST} is not valid JSON ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise TransferError(f"{path}: not a Secretariat archive ({MANIFEST} names no {FORMAT})")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise TransferError(
            f"{path}: archive format {manifest.get('format_version')!r}; this version reads "
            f"format {FORMAT_VERSION} (update the app)"
        )
    revision = manifest.get("schema_revision")
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise TransferError(
            f"{path}: written by a newer version of Secretariat (schema {revision}); update "
            "the app to restore it"
        )
    return _parts_of(path, archive, manifest)


def _parts_of(path: Path, archive: zipfile.ZipFile, manifest: dict[str, Any]) -> list[Part]:
    parts: list[Part] = []
    try:
        for entry in manifest["parts"]:
            parts.append(
                Part(
                    str(entry["table"]),
                    str(entry["file"]),
                    int(entry["records"]),
                    str(entry["sha256"]),
                )
            )
    except (KeyError, TypeError, ValueError):
        raise TransferError(f"{path}: {MANIFEST} lists its parts wrongly") from None
    names = set(archive.namelist())
    for part in parts:
        table_named(part.table)  # a table this version does not have is refused
        if part.file not in names:
            raise TransferError(f"{path}: part {part.file} is missing")
        info = archive.getinfo(part.file)
        if info.file_size > MAX_PART_BYTES or (
            info.compress_size and info.file_size / info.compress_size > MAX_RATIO
        ):
            raise TransferError(
                f"{path}: part {part.file} inflates to {info.file_size:,} bytes "
                f"(the limit is {MAX_PART_BYTES:,} bytes, at most {MAX_RATIO}x its packed size)"
            )
    missing = {table.name for table in TABLES} - {part.table for part in parts}
    if missing:
        raise TransferError(f"{path}: the archive has no part for {', '.join(sorted(missing))}")
    return parts


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise TransferError(f"{info.filename} is larger than {limit:,} bytes")
    return data


def _lines(archive: zipfile.ZipFile, part: Part, path: Path) -> Iterator[bytes]:
    """The part's lines, stopping at the declared size (a lying header cannot inflate more)."""
    info = archive.getinfo(part.file)
    try:
        with archive.open(info) as stream:
            total = 0
            while line := stream.readline(MAX_LINE_BYTES + 1):
                total += len(line)
                if len(line) > MAX_LINE_BYTES or total > info.file_size:
                    raise TransferError(f"{path}: part {part.file} has a record over the limit")
                yield line
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise TransferError(f"{path}: part {part.file} is damaged ({error})") from None


def _rows(archive: zipfile.ZipFile, part: Part, path: Path) -> Iterator[dict[str, Any]]:
    table = table_named(part.table)
    parsers = [(column.name, json_parser(column)) for column in table.columns]
    known = frozenset(table.c.keys())
    for number, line in enumerate(_lines(archive, part, path), start=1):
        try:
            record = json.loads(line)
        except ValueError:
            raise TransferError(f"{path}: {part.file}, line {number}: not JSON") from None
        if not isinstance(record, dict):
            raise TransferError(f"{path}: {part.file}, line {number}: not a JSON record")
        if not record.keys() <= known:
            unknown = sorted(set(record) - known)[0]
            raise TransferError(f"{path}: {part.file}, line {number}: unknown field {unknown!r}")
        row: dict[str, Any] = {}
        for name, parse in parsers:
            # A column an older schema's archive lacks is left out: its default applies.
            if name in record:
                value = record[name]
                try:
                    row[name] = None if value is None else parse(value)
                except (TypeError, ValueError) as error:
                    raise TransferError(
                        f"{path}: {part.file}, line {number}: field {name!r}: {error}"
                    ) from None
        yield row


def verify_archive(path: Path) -> Work[dict[str, int]]:
    """Check every part (hash, count, values, references) without writing anything."""
    archive, parts = read_manifest(path)
    with archive:
        ids: dict[str, set[Any]] = {}
        wanted: dict[tuple[str, str], set[Any]] = {}  # (table, column) -> ids referred to
        for index, part in enumerate(parts):
            table = table_named(part.table)
            yield Progress(index, len(parts) * 2, f"checking {part.file}")
            digest = hashlib.sha256()
            for line in _lines(archive, part, path):
                digest.update(line)
            if digest.hexdigest() != part.sha256:
                raise TransferError(f"{path}: part {part.file} was altered (SHA-256 differs)")
            keys: set[Any] = set()
            count = 0
            for row in _rows(archive, part, path):
                count += 1
                if "id" in row:
                    keys.add(row["id"])
                for foreign_key in table.foreign_keys:
                    value = row.get(foreign_key.parent.name)
                    if value is not None:
                        target = (foreign_key.column.table.name, foreign_key.parent.name)
                        wanted.setdefault(target, set()).add(value)
            if count != part.records:
                raise TransferError(
                    f"{path}: part {part.file} holds {count} records, the manifest says "
                    f"{part.records}"
                )
            ids[part.table] = keys
        _check_references(path, ids, wanted)
    return {part.table: part.records for part in parts}


def _check_references(
    path: Path, ids: dict[str, set[Any]], wanted: dict[tuple[str, str], set[Any]]
) -> None:
    for (target, column), referred in wanted.items():
        absent = referred - ids.get(target, set())
        if absent:
            raise TransferError(
                f"{path}: {len(absent)} records refer through {column!r} to a {target} "
                f"that is not in the archive (e.g. {sorted(map(str, absent))[0]})"
            )


def restore_archive(db: Database, path: Path) -> Work[ArchiveSummary]:
    """Restore an archive into an empty database, in one transaction, after checking it all."""
    counts = yield from verify_archive(path)
    archive, parts = read_manifest(path)
    with archive, db.write() as session:
        connection = session.connection()
        require_empty(connection, db.describe())
        total = sum(counts.values()) or 1
        done = 0
        for part in parts:
            loader = TableLoader(connection, table_named(part.table))
            for row in _rows(archive, part, path):
                loader.add(row)
                done += 1
                if done % PROGRESS_ROWS == 0:
                    yield Progress(total + done, total * 2, f"restoring {part.table}")
            loader.finish()
            yield Progress(total + done, total * 2, f"restoring {part.table}")
    return ArchiveSummary(path, counts)
