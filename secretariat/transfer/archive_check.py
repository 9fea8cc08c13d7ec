"""Checking an archive before anything is written: its manifest, every part's size, hash and
count, every record's fields and values, and that every reference is to a record it holds."""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from secretariat.migrations import HEAD_REVISION, known_revisions
from secretariat.progress import Progress, Work
from secretariat.transfer.json_values import column_checker, json_checker, json_parser
from secretariat.transfer.tables import BATCH, TABLES, TransferError, table_named

FORMAT = "secretariat-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Limits checked before anything is inflated (docs/record-kinds.md).
MAX_MANIFEST_BYTES = 1 << 20
MAX_PART_BYTES = 8 << 30  # one table's JSON lines, inflated
MAX_LINE_BYTES = 16 << 20  # one record
MAX_RATIO = 200  # inflated / packed: JSON lines pack ~5-20x, a zip bomb ~1000x
READ_BYTES = 1 << 20  # inflated per read: lines are split in blocks, not read one by one


@dataclass(frozen=True)
class Part:
    table: str
    file: str
    records: int
    sha256: str
    complete: bool  # written at this schema: every record has every column


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
    return _parts_of(path, archive, manifest, complete=revision == HEAD_REVISION)


def _parts_of(
    path: Path, archive: zipfile.ZipFile, manifest: dict[str, Any], *, complete: bool
) -> list[Part]:
    parts: list[Part] = []
    try:
        for entry in manifest["parts"]:
            parts.append(
                Part(
                    str(entry["table"]),
                    str(entry["file"]),
                    int(entry["records"]),
                    str(entry["sha256"]),
                    complete,
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


class PartLines:
    """A part's lines (without their newline), read in blocks, its SHA-256 taken as it is
    read; stops at the declared size (a lying header cannot inflate more) and at a record
    over the limit."""

    def __init__(self, archive: zipfile.ZipFile, part: Part, path: Path) -> None:
        self.archive = archive
        self.part = part
        self.path = path
        self.digest = hashlib.sha256()

    def __iter__(self) -> Iterator[bytes]:
        info = self.archive.getinfo(self.part.file)
        try:
            with self.archive.open(info) as stream:
                yield from self._split(stream, info.file_size)
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise TransferError(
                f"{self.path}: part {self.part.file} is damaged ({error})"
            ) from None

    def _split(self, stream: IO[bytes], declared: int) -> Iterator[bytes]:
        total = 0
        rest = b""
        while chunk := stream.read(READ_BYTES):
            total += len(chunk)
            if total > declared:
                raise self._over()
            self.digest.update(chunk)
            lines = (rest + chunk).split(b"\n") if rest else chunk.split(b"\n")
            rest = lines.pop()
            # Only the first line can hold the last block's rest: the others are shorter
            # than a block, and so than the limit.
            if len(rest) > MAX_LINE_BYTES or (lines and len(lines[0]) > MAX_LINE_BYTES):
                raise self._over()
            yield from lines
        if rest:
            yield rest

    def _over(self) -> TransferError:
        return TransferError(f"{self.path}: part {self.part.file} has a record over the limit")

    def check_hash(self) -> None:
        if self.digest.hexdigest() != self.part.sha256:
            raise TransferError(f"{self.path}: part {self.part.file} was altered (SHA-256 differs)")


# The C scanner json.loads calls, without its wrappers (typeshed does not list the attribute).
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_NOT_JSON = object()


def _json_of(line: bytes) -> Any:
    """The JSON value of one UTF-8 line, or _NOT_JSON. The C scanner reads a line in a third
    of json.loads' time; what it does not take whole (spaces around, say) goes to json.loads."""
    try:
        text = line.decode()
        value, end = _scan(text, 0)
        if end == len(text):
            return value
    except (StopIteration, ValueError):  # UnicodeDecodeError and JSONDecodeError included
        pass
    try:
        return json.loads(line)
    except ValueError:
        return _NOT_JSON


class RecordParser:
    """Each JSON line of one part as a row of the table's Python values, or a TransferError
    naming the file, the line and the field."""

    def __init__(self, part: Part, path: Path, *, typed: bool = True) -> None:
        # typed: Python values for SQLAlchemy; else the checked JSON values themselves.
        table = table_named(part.table)
        make = json_parser if typed else json_checker
        self.names = [column.name for column in table.columns]
        self.parsers = [(column.name, make(column)) for column in table.columns]
        self.known = frozenset(self.names)
        self.part = part
        self.where = f"{path}: {part.file}"

    def record(self, line: bytes, number: int) -> dict[str, Any]:
        """The line's JSON object, its fields checked against the table (not yet its values)."""
        record = _json_of(line)
        if record is _NOT_JSON:
            raise TransferError(f"{self.where}, line {number}: not JSON") from None
        if not isinstance(record, dict):
            raise TransferError(f"{self.where}, line {number}: not a JSON record")
        if record.keys() != self.known:
            unknown = sorted(set(record) - self.known)
            if unknown:
                raise TransferError(f"{self.where}, line {number}: unknown field {unknown[0]!r}")
            if self.part.complete:  # only an older schema's archive may lack a column
                absent = sorted(self.known - set(record))[0]
                raise TransferError(f"{self.where}, line {number}: no field {absent!r}")
        return record

    def values(self, line: bytes, number: int) -> tuple[Any, ...]:
        """The line's values in column order, not yet checked (a column it lacks: None)."""
        return tuple(map(self.record(line, number).get, self.names))

    def row(self, line: bytes, number: int) -> dict[str, Any]:
        record = self.record(line, number)
        return {
            name: self._value(name, parse, record[name], number)
            for name, parse in self.parsers
            if name in record  # a column an older schema lacked takes its default
        }

    def check(self, values: tuple[Any, ...], number: int) -> None:
        """Raise the TransferError of the first value of a row that is not in its form."""
        for (name, parse), value in zip(self.parsers, values, strict=True):
            self._value(name, parse, value, number)

    def _value(self, name: str, parse: Callable[[Any], Any], value: Any, number: int) -> Any:
        try:
            return None if value is None else parse(value)
        except (TypeError, ValueError) as error:
            raise TransferError(f"{self.where}, line {number}: field {name!r}: {error}") from None


class PartBatches:
    """One part's records as batches of rows of checked JSON values (tuples in column order),
    each value checked a column of a batch at a time; then its hash and its count. A bad
    record is named after the hash is known: an altered part is said to be altered."""

    def __init__(self, archive: zipfile.ZipFile, part: Part, path: Path) -> None:
        self.lines = PartLines(archive, part, path)
        self.parser = RecordParser(part, path, typed=False)
        self.column_checks = [column_checker(column) for column in table_named(part.table).c]
        self.part = part
        self.path = path

    def __iter__(self) -> Iterator[list[tuple[Any, ...]]]:
        broken: TransferError | None = None
        batch: list[tuple[Any, ...]] = []
        count = 0
        for count, line in enumerate(self.lines, start=1):
            if broken is not None:
                continue  # read on for the hash
            try:
                batch.append(self.parser.values(line, count))
            except TransferError as error:
                broken = error
                continue
            if len(batch) == BATCH:
                broken = self._checked(batch, count - BATCH + 1)
                if broken is None:
                    yield batch
                batch = []
        if batch and broken is None:
            broken = self._checked(batch, count - len(batch) + 1)
            if broken is None:
                yield batch
        self.lines.check_hash()
        if broken is not None:
            raise broken
        if count != self.part.records:
            raise TransferError(
                f"{self.path}: part {self.part.file} holds {count} records, the manifest says "
                f"{self.part.records}"
            )

    def _checked(self, batch: list[tuple[Any, ...]], first: int) -> TransferError | None:
        columns = zip(*batch, strict=True)
        if all(check(values) for check, values in zip(self.column_checks, columns, strict=True)):
            return None
        for offset, values in enumerate(batch):  # which record and field, for the message
            try:
                self.parser.check(values, first + offset)
            except TransferError as error:
                return error
        return TransferError(f"{self.path}: part {self.part.file}: a value is not in its form")


def rows_of(archive: zipfile.ZipFile, part: Part, path: Path) -> Iterator[dict[str, Any]]:
    """The part's records as rows of Python values (checked again as they are read)."""
    parser = RecordParser(part, path)
    for number, line in enumerate(PartLines(archive, part, path), start=1):
        yield parser.row(line, number)


def verify_archive(path: Path) -> Work[dict[str, int]]:
    """Check every part (hash, count, values, references) without writing anything."""
    archive, parts = read_manifest(path)
    with archive:
        ids: dict[str, set[Any]] = {}
        wanted: dict[tuple[str, str], set[Any]] = {}  # (table, column) -> ids referred to
        for index, part in enumerate(parts):
            yield Progress(index, len(parts) * 2, f"checking {part.file}")
            ids[part.table] = _check_part(archive, part, path, wanted)
        _check_references(path, ids, wanted)
    return {part.table: part.records for part in parts}


def _check_part(
    archive: zipfile.ZipFile, part: Part, path: Path, wanted: dict[tuple[str, str], set[Any]]
) -> set[Any]:
    """One pass over a part: its hash, its count, every value; returns its ids and adds the
    ids it refers to to `wanted` (both as their checked text)."""
    table = table_named(part.table)
    position = {name: index for index, name in enumerate(table.c.keys())}
    references = [
        (
            position[key.parent.name],
            wanted.setdefault((key.column.table.name, key.parent.name), set()),
        )
        for key in table.foreign_keys
    ]
    keys: set[Any] = set()
    for batch in PartBatches(archive, part, path):
        if "id" in position:
            keys.update(row[position["id"]] for row in batch)
        for index, referred in references:
            referred.update(row[index] for row in batch)
    for _, referred in references:
        referred.discard(None)
    return keys


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
