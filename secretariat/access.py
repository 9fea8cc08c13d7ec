"""Who may do what on a shared PostgreSQL database, enforced by the server itself.

A committee's database has three kinds of user (docs/shared-database.md), each a group role:
- **owners**, members of `<database>_owners` (whoever ran `secretariat init` first, and any
  `users add NAME --role owner`): the group owns the tables; they run migrations and manage
  the others;
- **editors**, members of the group role `<database>_editors`: read and write records, but
  cannot change the schema or the schema's revision;
- **readers**, members of `<database>_readers`: SELECT only, and their sessions start
  read-only (`default_transaction_read_only`, set on each reader's login in this database).

The grants are the rule: a reader who switches their session back to read-write is still
refused by the server. SQLite has no users; whoever can write the file is its owner.
Role names and passwords go into SQL only through psycopg's `sql.Identifier` and
`sql.Literal`, and a password only as the SCRAM verifier libpq computes on this machine, so
the plain text never reaches the server or its logs.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from secretariat.errors import SecretariatError

NAME_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class Role(enum.StrEnum):
    OWNER = "owner"
    EDITOR = "editor"
    READER = "reader"


class AccessError(SecretariatError):
    """A user or role could not be set up; nothing was changed."""


@dataclass(frozen=True)
class User:
    name: str
    role: Role


def group_of(database: str, role: Role) -> str:
    """The group role an editor or reader of this database belongs to."""
    return f"{database}_{role.value}s"


def role_of_current_user(connection: Connection) -> Role:
    """What the server lets the connected user do here (SQLite: the owner)."""
    if connection.dialect.name != "postgresql":
        return Role.OWNER
    found = connection.exec_driver_sql(
        "SELECT r.rolsuper OR t.tableowner IS NULL "
        "OR pg_has_role(current_user, t.tableowner, 'MEMBER'), "
        "has_table_privilege(current_user, 'plan', 'INSERT') "
        "FROM pg_roles r LEFT JOIN pg_tables t "
        "ON t.tablename = 'alembic_version' AND t.schemaname = current_schema() "
        "WHERE r.rolname = current_user AND to_regclass('plan') IS NOT NULL"
    ).first()
    if found is None:  # no tables yet: whoever may create them
        return Role.OWNER
    owner, may_write = found
    if owner:
        return Role.OWNER
    return Role.EDITOR if may_write else Role.READER


def schema_owner(connection: Connection) -> str | None:
    """The role that owns the schema's revision table (who may upgrade it)."""
    if connection.dialect.name != "postgresql":
        return None
    owner = connection.exec_driver_sql(
        "SELECT tableowner FROM pg_tables "
        "WHERE tablename = 'alembic_version' AND schemaname = current_schema()"
    ).scalar()
    return str(owner) if owner is not None else None


def schema_owners(connection: Connection) -> list[str]:
    """The logins that may upgrade the schema: the owning role, or its members when it is
    the owners' group `init` makes."""
    owner = schema_owner(connection)
    if owner is None:
        return []
    members = connection.exec_driver_sql(
        "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
        "JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = %(owner)s ORDER BY 1",
        {"owner": owner},
    ).scalars()
    return list(members) or [owner]


def act_as_owners(connection: Connection) -> None:
    """In this transaction, act as the owners' group when the schema belongs to it."""
    if connection.dialect.name != "postgresql":
        return
    owner = schema_owner(connection)
    database = _database_of(connection)
    if owner == group_of(database, Role.OWNER):
        from psycopg import sql

        with _raw(connection).cursor() as cursor:
            cursor.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(owner)))


def _database_of(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT current_database()").scalar())


def _raw(connection: Connection) -> Any:
    raw = connection.connection.dbapi_connection
    if raw is None:
        raise AccessError("the database connection is closed")
    return raw


def set_up_roles(connection: Connection) -> tuple[str, str]:
    """Create (if needed) the editor and reader groups and grant them what they may do on
    every table; idempotent, run by `init` after each upgrade. Returns the group names."""
    from psycopg import errors, sql

    raw = _raw(connection)
    database = _database_of(connection)
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    owners, editors, readers = (group_of(database, role) for role in Role)
    names = {
        "db": sql.Identifier(database),
        "schema": sql.Identifier(str(schema)),
        "owners": sql.Identifier(owners),
        "editors": sql.Identifier(editors),
        "readers": sql.Identifier(readers),
    }
    statements = [
        "GRANT {owners} TO CURRENT_USER",
        "GRANT CONNECT ON DATABASE {db} TO {owners}, {editors}, {readers}",
        "GRANT USAGE, CREATE ON SCHEMA {schema} TO {owners}",
        "REVOKE ALL ON DATABASE {db} FROM PUBLIC",  # a committee's records are its members'
        "REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        "GRANT USAGE ON SCHEMA {schema} TO {editors}, {readers}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {editors}, {readers}",
        "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {editors}",
        "REVOKE INSERT, UPDATE, DELETE ON {schema}.alembic_version FROM {editors}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {editors}, "
        "{readers}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT INSERT, UPDATE, DELETE ON TABLES "
        "TO {editors}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owners} IN SCHEMA {schema} GRANT SELECT ON TABLES "
        "TO {editors}, {readers}",
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owners} IN SCHEMA {schema} GRANT INSERT, UPDATE, "
        "DELETE ON TABLES TO {editors}",
    ]
    with raw.cursor() as cursor:
        try:
            for group in (owners, editors, readers):
                if not _role_exists(cursor, group):
                    cursor.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
            for statement in statements:
                cursor.execute(sql.SQL(statement).format(**names))
            _hand_over(cursor, str(schema), owners)
        except errors.InsufficientPrivilege as error:
            raise AccessError(
                f"setting up the editor and reader roles needs the right to create roles "
                f"({error.diag.message_primary}); ask the server's administrator to run "
                f"ALTER ROLE {_current_user(cursor)} CREATEROLE"
            ) from None
    return editors, readers


def _hand_over(cursor: Any, schema: str, owners: str) -> None:
    """The tables (and the change-notice function) the current user owns go to the owners'
    group, so any of its members may upgrade the schema."""
    from psycopg import sql

    cursor.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s AND tableowner = current_user",
        (schema,),
    )
    for (table,) in cursor.fetchall():
        cursor.execute(
            sql.SQL("ALTER TABLE {}.{} OWNER TO {}").format(
                sql.Identifier(schema), sql.Identifier(table), sql.Identifier(owners)
            )
        )
    cursor.execute("SELECT to_regprocedure('secretariat_notify_change()') IS NOT NULL")
    if cursor.fetchone()[0]:
        cursor.execute(
            sql.SQL("ALTER FUNCTION secretariat_notify_change() OWNER TO {}").format(
                sql.Identifier(owners)
            )
        )


def _role_exists(cursor: Any, name: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
    return cursor.fetchone() is not None


def _current_user(cursor: Any) -> str:
    cursor.execute("SELECT current_user")
    return str(cursor.fetchone()[0])


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name) or name.startswith("pg_"):
        raise AccessError(
            f"{name!r} is not a user name this app creates: lowercase letters, digits and _ "
            "(up to 63, starting with a letter or _, not pg_)"
        )
    return name


def add_user(connection: Connection, name: str, role: Role, password: str | None) -> User:
    """A login role for a person, in the editors' or readers' group of this database."""
    from psycopg import errors, sql

    check_name(name)
    raw = _raw(connection)
    database = _database_of(connection)
    group = group_of(database, role)
    with raw.cursor() as cursor:
        if not _role_exists(cursor, group):
            raise AccessError(
                f"this database has no {group} role yet: run `secretariat --db URL init` as "
                "its owner first"
            )
        if _role_exists(cursor, name):
            raise AccessError(f"a user {name!r} already exists on this server")
        create = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
            sql.Identifier(name), sql.Identifier(group)
        )
        if password is not None:
            verifier = raw.pgconn.encrypt_password(
                password.encode(), name.encode(), b"scram-sha-256"
            )
            create += sql.SQL(" PASSWORD {}").format(sql.Literal(verifier.decode()))
        try:
            cursor.execute(create)
            if role is Role.READER:
                cursor.execute(
                    sql.SQL(
                        "ALTER ROLE {} IN DATABASE {} SET default_transaction_read_only = on"
                    ).format(sql.Identifier(name), sql.Identifier(database))
                )
        except errors.InsufficientPrivilege as error:
            raise AccessError(
                f"the server refused to create {name!r}: {error.diag.message_primary} (users "
                "are managed by the database's owner)"
            ) from None
    return User(name, role)


def list_users(connection: Connection) -> list[User]:
    """The owner, then every editor and reader of this database, by name."""
    database = _database_of(connection)
    groups = {group_of(database, role): role for role in Role}
    owner = schema_owner(connection)
    users = [User(owner, Role.OWNER)] if owner and owner not in groups else []
    with _raw(connection).cursor() as cursor:
        cursor.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
            "WHERE g.rolname = ANY(%s) ORDER BY m.rolname",
            (list(groups),),
        )
        users += [User(str(member), groups[str(group)]) for member, group in cursor.fetchall()]
    return users


def remove_user(connection: Connection, name: str) -> bool:
    """Take a user out of this database's groups; their login is dropped too when it has no
    other role on the server. Returns whether the login was dropped."""
    from psycopg import errors, sql

    database = _database_of(connection)
    member_of = {user.role for user in list_users(connection) if user.name == name}
    if Role.OWNER in member_of and schema_owners(connection) == [name]:
        raise AccessError(f"{name!r} is this database's only owner and cannot be removed")
    if not member_of:
        raise AccessError(f"{name!r} is not an editor or reader of this database")
    identifier = sql.Identifier(name)
    with _raw(connection).cursor() as cursor:
        try:
            for role in member_of:
                group = sql.Identifier(group_of(database, role))
                cursor.execute(sql.SQL("REVOKE {} FROM {}").format(group, identifier))
            cursor.execute(
                sql.SQL("ALTER ROLE {} IN DATABASE {} RESET ALL").format(
                    identifier, sql.Identifier(database)
                )
            )
            cursor.execute(
                "SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                "WHERE m.rolname = %s",
                (name,),
            )
            if cursor.fetchone()[0]:
                return False  # still a member of another committee's groups
            cursor.execute(sql.SQL("DROP ROLE {}").format(identifier))
        except errors.InsufficientPrivilege as error:
            raise AccessError(
                f"the server refused to remove {name!r}: {error.diag.message_primary}"
            ) from None
    return True
