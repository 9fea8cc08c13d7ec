"""Errors a user can cause. Each carries one clear line; the command line and the app show it
as it is, never a traceback."""

from __future__ import annotations

from typing import Any


class SecretariatError(Exception):
    """Base class: something the user can act on, explained in `str(error)`."""


class DatabaseError(SecretariatError):
    """The database cannot be opened, created or upgraded."""


class ServerUnreachableError(DatabaseError):
    """The database server could not be reached for a write; nothing was written, and what
    the user typed is still where they typed it."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where} cannot be reached just now; nothing was saved (what you typed is kept: "
            "save again once it is back)"
        )


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer version of the app; it is left untouched."""


class NotFoundError(SecretariatError):
    """A record that was asked for does not exist."""

    def __init__(self, kind: str, key: Any) -> None:
        super().__init__(f"no {kind} {key}")
        self.kind = kind
        self.key = key


class ValidationError(SecretariatError):
    """A value breaks a rule. `field` names the field, `value` is what was given, `expected`
    what the rule wants in English. Given as `messages.expected(key, **params)`, the
    expectation is data too (`key`, `params`), phrased in any interface language by
    `expected_in(language)`; a plain English string still works (its key is then None)."""

    def __init__(self, field: str, value: Any, expected: Any) -> None:
        from secretariat.messages import Expected

        self.what: Expected | None = expected if isinstance(expected, Expected) else None
        english = expected.english if isinstance(expected, Expected) else str(expected)
        super().__init__(f"{field}: {english} (got {value!r})")
        self.field = field
        self.value = value
        self.expected = english

    @property
    def key(self) -> str | None:
        return self.what.key if self.what is not None else None

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.what.params) if self.what is not None else {}

    def expected_in(self, language: str) -> str:
        """What was expected, in `language` (the English string when it has no key)."""
        from secretariat.messages import phrase

        return phrase(self.what, language) if self.what is not None else self.expected

    def message_in(self, language: str) -> str:
        """The whole line in `language`, with the field's label: what the command line
        prints."""
        from secretariat.messages import ERROR_LINE, field_caption

        template = getattr(ERROR_LINE, language, ERROR_LINE.en)
        return template.format(
            field=field_caption(self.field, language),
            expected=self.expected_in(language),
            value=repr(self.value),
        )


class CannotWriteError(SecretariatError):
    """A file could not be written: `path`, and `detail` in the system's own words (kept as
    they are, in parentheses, when the rest is phrased in the user's language)."""

    def __init__(self, path: Any, detail: str) -> None:
        super().__init__(f"cannot write {path}: {detail}")
        self.path = path
        self.detail = detail

    def message_in(self, language: str) -> str:
        from secretariat.messages import CANNOT_WRITE

        template = getattr(CANNOT_WRITE, language, CANNOT_WRITE.en)
        return template.format(path=self.path, detail=self.detail)


def localised(error: SecretariatError, language: str) -> str:
    """An error in `language` when it carries its parts as data (a ValidationError's field
    label and expectation, a failed write's path and the system's words), else as it is."""
    phrased = getattr(error, "message_in", None)
    return str(phrased(language)) if callable(phrased) else str(error)


class InUseError(SecretariatError):
    """A record cannot be deleted because others still refer to it."""


class ReadOnlyError(SecretariatError):
    """A write was attempted on a database opened read-only."""

    def __init__(self, reader: str | None = None, *, why: str | None = None) -> None:
        if why is not None:
            super().__init__(f"the database is open read-only ({why}); nothing was changed")
        elif reader is None:
            super().__init__("the database is open read-only; nothing was changed")
        else:  # the server's own rule, not a choice of this client
            super().__init__(
                f"{reader} may read this database but not change it (a reader); nothing was "
                "changed. Its owner can make you an editor."
            )


class ConflictError(SecretariatError):
    """A record changed since the version the user saw; nothing was saved.

    `theirs` maps each field changed since to its value now; `authors` and `changed_at` say
    who changed it and when (the latest); `version` is the record's version now, to save
    against once the user has chosen (keep theirs, merge, or overwrite)."""

    def __init__(
        self,
        kind: str,
        seen: int,
        version: int,
        theirs: dict[str, Any],
        authors: list[str],
        changed_at: Any = None,
    ) -> None:
        who = ", ".join(authors) or "someone else"
        when = f" at {changed_at:%Y-%m-%d %H:%M}" if changed_at is not None else ""
        fields = f" ({', '.join(theirs)})" if theirs else ""
        if not seen:  # two saves of one version at the same moment: the other came first
            message = f"the {kind} was changed by {who} while you saved it; nothing was saved"
        else:
            message = (
                f"the {kind} was changed by {who}{when} since you opened it (version {seen}, "
                f"now {version}){fields}; nothing was saved"
            )
        super().__init__(message)
        self.kind = kind
        self.seen = seen
        self.version = version
        self.theirs = theirs
        self.authors = authors
        self.changed_at = changed_at


class HalfUpgradedError(DatabaseError):
    """An older version's upgrade of this SQLite file was cut short: it is stamped with one
    revision but holds tables of later ones, and nothing can upgrade it. `backups` are the
    backups beside it, newest first; restoring one (`restore-backup`) is the way out."""

    def __init__(self, where: str, revision: str, later: list[str], path: Any) -> None:
        from secretariat.backups import backups_of

        self.backups = backups_of(path) if path is not None else []
        shown = ", ".join(later[:3]) + (f" and {len(later) - 3} more" if len(later) > 3 else "")
        if self.backups:
            advice = (
                f"restore the backup made before it: `secretariat --db {where} restore-backup "
                f"{self.backups[0]}` (it keeps this file beside it), then open it again"
            )
        else:
            advice = (
                "no backup was found beside it: restore one you have with "
                f"`secretariat --db {where} restore-backup FILE.bak`"
            )
        super().__init__(
            f"{where} was left half-upgraded by an interrupted upgrade (it says schema "
            f"{revision}, yet it already holds {shown} of a later one); {advice}"
        )
        self.revision = revision
        self.later = later
