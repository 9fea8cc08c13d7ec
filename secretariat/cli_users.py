"""`secretariat users add|list|remove`: the people who may use a shared PostgreSQL database,
as login roles in its editors' or readers' group (secretariat/access.py)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from secretariat.access import AccessError, Role

MAX_PASSWORD_FILE_BYTES = 4096


def add_users_commands(commands: Any) -> None:
    users = commands.add_parser(
        "users", help="manage who may use a shared PostgreSQL database (as its owner)"
    )
    actions = users.add_subparsers(dest="action", metavar="ACTION", parser_class=type(users))
    actions.required = True
    add = actions.add_parser("add", help="create a login in the editors' or readers' group")
    add.add_argument("name", metavar="NAME", help="the login name (lowercase, digits, _)")
    add.add_argument("--role", required=True, choices=("owner", "editor", "reader"))
    add.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="read the password from FILE's first line (else asked for in a terminal)",
    )
    add.set_defaults(handler=run_users_add)
    listing = actions.add_parser("list", help="the owner, editors and readers")
    listing.set_defaults(handler=run_users_list)
    remove = actions.add_parser("remove", help="take a user out of this database")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_users_remove)


def _shared(args: argparse.Namespace) -> Any:
    from secretariat.cli import open_for

    db = open_for(args)
    if db.dialect != "postgresql":
        db.close()
        raise AccessError(
            "users are a shared PostgreSQL database's: a SQLite file is used by whoever may "
            "write it (give --db a postgresql+psycopg:// URL)"
        )
    return db


def run_users_add(args: argparse.Namespace) -> int:
    from secretariat.access import add_user

    password = _password(args.password_file, args.name)
    db = _shared(args)
    try:
        with db.engine.begin() as connection:
            user = add_user(connection, args.name, Role(args.role), password)
    finally:
        db.close()
    how = "with a password" if password is not None else "without a password (no login by it)"
    print(f"added {user.name} as {user.role.value} of {db.describe()}, {how}")
    return 0


def run_users_list(args: argparse.Namespace) -> int:
    from secretariat.access import list_users

    db = _shared(args)
    try:
        with db.engine.connect() as connection:
            users = list_users(connection)
    finally:
        db.close()
    width = max((len(user.name) for user in users), default=4)
    print(f"{'NAME':<{width}}  ROLE")
    for user in users:
        print(f"{user.name:<{width}}  {user.role.value}")
    return 0


def run_users_remove(args: argparse.Namespace) -> int:
    from secretariat.access import remove_user

    db = _shared(args)
    try:
        with db.engine.begin() as connection:
            dropped = remove_user(connection, args.name)
    finally:
        db.close()
    tail = "and dropped their login" if dropped else "(their login stays: it has other roles)"
    print(f"removed {args.name} from {db.describe()} {tail}")
    return 0


def _password(path: Path | None, name: str) -> str | None:
    """From the file's first line, else asked twice in a terminal, else none."""
    if path is not None:
        with path.open("rb") as handle:
            data = handle.read(MAX_PASSWORD_FILE_BYTES + 1)
        if len(data) > MAX_PASSWORD_FILE_BYTES:
            raise AccessError(f"{path}: a password file holds one line (this one is larger)")
        try:
            line = data.decode("utf-8").splitlines()[0] if data.strip() else ""
        except UnicodeDecodeError:
            raise AccessError(f"{path}: not UTF-8 text") from None
        if not line:
            raise AccessError(f"{path}: the first line is empty (expected the password)")
        return line
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"Password for {name}: ")
    if first != getpass.getpass("The same again: "):
        raise AccessError("the two passwords differ; nothing was changed")
    return first or None
