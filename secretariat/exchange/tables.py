"""What a database keeps to exchange records with other sites (docs/exchange.md).

These are a site's own bookkeeping, not committee records: the archive, `copy` and the
workbook leave them out, and a restored or copied database starts as no site at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import BigInteger, Column, Identity, Integer, String, Text, Uuid, select
from sqlalchemy.engine import Connection
from sqlmodel import Field, SQLModel

from secretariat.models import utc_now


class ExchangeSite(SQLModel, table=True):
    """This database's own site (`own`), and every partner site whose key it pinned."""

    __tablename__ = "exchange_site"

    site_id: uuid.UUID = Field(sa_column=Column(Uuid(), primary_key=True))
    own: bool = False
    side: str = Field(max_length=1)
    name: str = ""
    public_key: str  # raw Ed25519 public key, base64
    pinned_at: datetime = Field(default_factory=utc_now, nullable=False)
    # A partner's: the last file of theirs applied here, the last of ours they said they
    # applied (its changes need not travel again), and the last file made for them.
    received_seq: int = 0
    acked_seq: int = 0
    sent_seq: int = 0


class ExchangeSent(SQLModel, table=True):
    """A file made for a partner: up to which change of the log it carries."""

    __tablename__ = "exchange_sent"

    site_id: uuid.UUID = Field(sa_column=Column(Uuid(), primary_key=True))
    seq: int = Field(primary_key=True)
    watermark: int = Field(sa_column=Column(BigInteger(), nullable=False))
    made_at: datetime = Field(default_factory=utc_now, nullable=False)


class ExchangeBase(SQLModel, table=True):
    """A record as a partner last sent it: the base of the next three-way merge with them."""

    __tablename__ = "exchange_base"

    site_id: uuid.UUID = Field(sa_column=Column(Uuid(), primary_key=True))
    table_name: str = Field(primary_key=True, max_length=32)
    record_id: uuid.UUID = Field(sa_column=Column(Uuid(), primary_key=True))
    digest: str = Field(max_length=64)
    fields: str = Field(default="", sa_column=Column(Text(), nullable=False, default=""))


class ExchangeLog(SQLModel, table=True):
    """Every write to a record table, in order (database triggers, migration 0011): what a
    partner has not yet acknowledged is what was written after its last file's watermark."""

    __tablename__ = "exchange_log"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: int = Field(
        sa_column=Column(
            BigInteger().with_variant(Integer(), "sqlite"), Identity(), primary_key=True
        )
    )
    table_name: str = Field(sa_column=Column(String(32), nullable=False))
    record_id: uuid.UUID = Field(sa_column=Column(Uuid(), nullable=False))


class ExchangeDeleted(SQLModel, table=True):
    """Records deleted here (kept by the same triggers): a partner's edit of one of them is a
    conflict, not a resurrection."""

    __tablename__ = "exchange_deleted"

    record_id: uuid.UUID = Field(sa_column=Column(Uuid(), primary_key=True))
    table_name: str = Field(sa_column=Column(String(32), nullable=False))


class ExchangeAlias(SQLModel, table=True):
    """An id a conference or team had at some site before it was merged with the record of
    the same number or code made elsewhere (migration 0013): the id kept is the smaller."""

    __tablename__ = "exchange_alias"

    old_id: uuid.UUID = Field(sa_column=Column(Uuid(), primary_key=True))
    table_name: str = Field(sa_column=Column(String(32), nullable=False))
    kept_id: uuid.UUID = Field(sa_column=Column(Uuid(), nullable=False))


EXCHANGE_TABLES = (
    ExchangeSite,
    ExchangeSent,
    ExchangeBase,
    ExchangeLog,
    ExchangeDeleted,
    ExchangeAlias,
)


def read_bases(
    connection: Connection, site_id: uuid.UUID, table_name: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str]]:
    """The partner's last versions of these records: id -> (digest, fields as JSON text)."""
    base = ExchangeBase.__table__  # type: ignore[attr-defined]
    rows = connection.execute(
        select(base.c.record_id, base.c.digest, base.c.fields).where(
            base.c.site_id == site_id,
            base.c.table_name == table_name,
            base.c.record_id.in_(ids),
        )
    )
    return {record_id: (hashed, fields) for record_id, hashed, fields in rows}
