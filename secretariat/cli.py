"""The command line: `secretariat [--db PATH_OR_URL] COMMAND ...`.

The core's own commands are `init`, `indicators`, `list` and `copy`. The exports and the
desktop app add theirs (`export`, `import`, `gui`) through the `secretariat.commands` entry
point group, so the core never imports them. Errors a user can cause print one line on
stderr; see EXIT_CODES."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, NoReturn, TextIO

from secretariat import __version__
from secretariat.errors import DatabaseError, SecretariatError

EXIT_OK = 0
EXIT_ERROR = 1  # what was asked cannot be done: unknown conference, invalid value, rejected file
EXIT_USAGE = 2  # the command line itself is wrong (argparse's convention)
EXIT_DATABASE = 3  # the database cannot be opened, created, or is from a newer version
EXIT_INTERRUPTED = 130

EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_ERROR: "the request failed: an unknown record, an invalid value or a rejected file",
    EXIT_USAGE: "bad command line: unknown command or option, missing or malformed argument",
    EXIT_DATABASE: "the database cannot be opened, created, written, or is from a newer version",
    EXIT_INTERRUPTED: "interrupted (Ctrl+C)",
}

Handler = Callable[[argparse.Namespace], int]
READ_ONLY_ENV = "SECRETARIAT_READ_ONLY"


class ArgumentParser(argparse.ArgumentParser):
    """argparse that prints one line (not the whole usage) for a bad option."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> ArgumentParser:
    epilog = "exit codes:\n" + "\n".join(f"  {code:<4}{text}" for code, text in EXIT_CODES.items())
    parser = ArgumentParser(
        prog="secretariat",
        description="Records, indicators and briefing packs for a joint committee's secretariat.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: $SECRETARIAT_DB, else the user's data folder)",
    )
    parser.add_argument(
        "--read-only",
        dest="global_read_only",
        action="store_true",
        default=os.environ.get(READ_ONLY_ENV, "") not in ("", "0"),
        help=f"open the database read-only; commands that write refuse (also ${READ_ONLY_ENV}=1)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    commands.required = True
    _add_init(commands)
    _add_indicators(commands)
    _add_list(commands)
    _add_copy(commands)
    _add_restore_backup(commands)
    from secretariat.cli_edit import add_edit_commands
    from secretariat.cli_exchange import add_exchange_commands
    from secretariat.cli_users import add_users_commands

    add_edit_commands(commands)
    add_users_commands(commands)
    add_exchange_commands(commands)
    for extension in entry_points(group="secretariat.commands"):
        extension.load()(commands)
    return parser


def _add_init(commands: Any) -> None:
    init = commands.add_parser("init", help="create the database (upgrading an older one)")
    init.add_argument("--demo", action="store_true", help="fill it with the demo committee")
    init.set_defaults(handler=run_init)


def _add_indicators(commands: Any) -> None:
    indicators = commands.add_parser("indicators", help="print the committee's indicators")
    indicators.add_argument("--conference", type=int, metavar="N", help="only conference N")
    indicators.add_argument("--team", metavar="CODE", help="only this team (e.g. ECO)")
    indicators.add_argument("--json", action="store_true", help="print JSON instead of tables")
    indicators.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="date dormancy is measured at (today)"
    )
    indicators.add_argument(
        "--dormancy-months",
        type=int,
        default=12,
        metavar="N",
        help="a team is dormant after N months without activity or status change (12)",
    )
    indicators.set_defaults(handler=run_indicators, only_reads=True)


# The kinds `list` takes: secretariat.listing.KIND_NAMES, spelt out so that building the
# parser imports no database code (tests/unit/test_listing.py checks they agree).
LIST_KINDS = (
    "committee",
    "conferences",
    "postponements",
    "teams",
    "plans",
    "meetings",
    "agenda",
    "history",
    "mous",
    "activities",
    "edits",
)


def _add_list(commands: Any) -> None:
    listing = commands.add_parser("list", help="print the records of one kind, filtered")
    listing.add_argument("kind", choices=LIST_KINDS, metavar="KIND", help=", ".join(LIST_KINDS))
    listing.add_argument("--conference", type=int, metavar="N", help="only those of conference N")
    listing.add_argument("--team", metavar="CODE", help="only those of this team (e.g. ECO)")
    listing.add_argument("--status", metavar="S", help="only those in this status")
    listing.add_argument(
        "--search",
        metavar="TEXT",
        help="only those whose texts contain every word (plans: or reference)",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=run_list)


def _add_copy(commands: Any) -> None:
    copy = commands.add_parser(
        "copy", help="copy every record into another, empty database (SQLite <-> PostgreSQL)"
    )
    copy.add_argument(
        "--to", required=True, metavar="DEST_PATH_OR_URL", help="the database to copy into"
    )
    copy.set_defaults(handler=run_copy)


def _add_restore_backup(commands: Any) -> None:
    restore = commands.add_parser(
        "restore-backup",
        help="put a backup (NAME.DATE.bak, made before an upgrade) in place of the database",
    )
    restore.add_argument("backup", type=Path, metavar="FILE.bak")
    restore.set_defaults(handler=run_restore_backup)


def database_location(args: argparse.Namespace) -> str:
    from secretariat.paths import default_database_url

    return str(args.db) if args.db else default_database_url()


def open_for(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Any:
    """Open the database the command line names; only `init` creates one. A server that
    asks for a password gets one typed in a terminal (kept in this process only)."""
    from secretariat.db import PasswordRequiredError, open_database, with_password

    location = database_location(args)
    if not read_only and getattr(args, "only_reads", False) and _on_read_only_storage(location):
        read_only = True  # a command that only reads, of a file on a CD: it just reads
    if not read_only and getattr(args, "global_read_only", False):
        if not getattr(args, "only_reads", False):
            refuse_if_read_only(args)
        read_only = True  # a command that only reads (and would upgrade): just reads
    try:
        return open_database(location, create=create, read_only=read_only)
    except PasswordRequiredError as error:
        if not sys.stdin.isatty() or error.url.password is not None:
            raise
        import getpass

        user = error.url.username or "you"
        password = getpass.getpass(f"Password for {user} on {error.url.host or 'the server'}: ")
        return open_database(with_password(location, password), create=create, read_only=read_only)


def _on_read_only_storage(location: str) -> bool:
    from secretariat.db import is_sqlite_file, sqlite_path, storage_writable, to_url

    url = to_url(location)
    path = sqlite_path(url) if is_sqlite_file(url) else None
    return path is not None and path.exists() and not storage_writable(path)


def refuse_if_read_only(args: argparse.Namespace) -> None:
    """Commands that write stop before opening anything when read-only was asked for."""
    from secretariat.errors import ReadOnlyError

    if getattr(args, "global_read_only", False):
        raise ReadOnlyError(why=f"--read-only or ${READ_ONLY_ENV} is set")


def run_init(args: argparse.Namespace) -> int:
    refuse_if_read_only(args)
    from secretariat.db import is_sqlite_file, sqlite_path, to_url

    loaded = " (demo committee loaded)" if args.demo else ""
    url = to_url(database_location(args))
    if is_sqlite_file(url):  # built whole beside its place, or not at all (db_create.py)
        with new_database(str(url)) as db:
            _fill_new(db, demo=args.demo)
        print(f"database ready: {sqlite_path(url)}{loaded}")
        return EXIT_OK
    db = open_for(args, create=True)
    try:
        _fill_new(db, demo=args.demo)
        print(f"database ready: {db.describe()}{loaded}")
        if db.dialect == "postgresql":
            _set_up_roles(db)
    finally:
        db.close()
    return EXIT_OK


def _fill_new(db: Any, *, demo: bool) -> None:
    if demo:
        from secretariat.demo import load_demo

        load_demo(db)


def _set_up_roles(db: Any) -> None:
    from secretariat.access import AccessError, Role, set_up_roles

    if db.role is not Role.OWNER:
        raise AccessError(f"only the database's owner sets up its users (you are {db.role})")
    with db.engine.begin() as connection:
        editors, readers = set_up_roles(connection)
    print(f"roles ready: {editors} (read and write), {readers} (read only); add people with "
          "`secretariat --db URL users add NAME --role owner|editor|reader`")  # fmt: skip


def run_indicators(args: argparse.Namespace) -> int:
    from secretariat.indicator_report import build_report, print_report

    db = open_for(args)
    try:
        report = build_report(
            db,
            conference=args.conference,
            team=args.team,
            as_of=args.as_of,
            dormancy_months=args.dormancy_months,
        )
    finally:
        db.close()
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(report, sys.stdout)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from secretariat.listing import format_table, list_records, record_kind
    from secretariat.services.committee import working_languages

    db = open_for(args, read_only=True)
    try:
        filters = {name: getattr(args, name) for name in ("conference", "team", "status", "search")}
        rows = list_records(db, args.kind, **filters)
        languages = working_languages(db)
    finally:
        db.close()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_table(record_kind(args.kind), rows, working_languages=languages))
    return EXIT_OK


def run_copy(args: argparse.Namespace) -> int:
    from secretariat.progress import run_to_end
    from secretariat.transfer.copy import copy_database

    source = open_for(args, read_only=True)
    try:
        with new_database(args.to) as target:
            summary = run_to_end(copy_database(source, target))
    finally:
        source.close()
    print(f"copied {summary.records:,} records from {summary.source} to {summary.target}")
    return EXIT_OK


def run_restore_backup(args: argparse.Namespace) -> int:
    from secretariat.backups import restore_backup
    from secretariat.db import is_sqlite_file, sqlite_path, to_url
    from secretariat.errors import ValidationError

    refuse_if_read_only(args)
    url = to_url(database_location(args))
    if not is_sqlite_file(url):
        raise ValidationError("--db", str(url), "a SQLite file (a server keeps its own backups)")
    if not args.backup.is_file():
        raise ValidationError("FILE.bak", str(args.backup), "a backup file that exists")
    target = sqlite_path(url)
    kept = restore_backup(target, args.backup)
    print(
        f"restored {args.backup} as {target}"
        + (f"; the file it replaced is {kept}" if kept else "")
    )
    return EXIT_OK


@contextmanager
def new_database(path_or_url: str) -> Iterator[Any]:
    """Open (creating) a database to fill; a new SQLite file appears at its place only once
    filling it completed, so nothing half-made is left behind (db_create.py)."""
    from secretariat.db_create import building

    with building(path_or_url) as target:
        yield target


def fail(message: str, code: int, stream: TextIO | None = None) -> int:
    (stream or sys.stderr).write(f"secretariat: error: {message}\n")
    return code


def localised(error: SecretariatError) -> str:
    """An error in the language of LANGUAGE/LANG when it carries its parts as data; English
    keeps the one line every script has read so far."""
    from secretariat.errors import localised as phrased
    from secretariat.messages import interface_language

    language = interface_language()
    return str(error) if language == "en" else phrased(error, language)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except DatabaseError as error:
        return fail(str(error), EXIT_DATABASE)
    except SecretariatError as error:
        return fail(localised(error), EXIT_ERROR)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        return EXIT_OK  # output piped into `head` and the like
    except OSError as error:
        return fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "), EXIT_ERROR)
    except Exception as error:  # a database driver's error (server down, file not a database)
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, SQLAlchemyError):
            detail = str(getattr(error, "orig", None) or error).splitlines()[0]
            return fail(f"database error: {detail}", EXIT_DATABASE)
        raise
