"""Sites: this database's identity, and the partners whose keys it pinned."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from secretariat.db import Database
from secretariat.exchange.keys import (
    ExchangeError,
    SiteKey,
    new_signing_key,
    public_text,
    read_key_file,
    signing_key,
)
from secretariat.exchange.tables import ExchangeBase, ExchangeLog, ExchangeSent, ExchangeSite
from secretariat.files import part_path

SIDES = ("A", "B")


def own_site(session: Session) -> ExchangeSite | None:
    return session.scalars(select(ExchangeSite).where(ExchangeSite.own.is_(True))).first()  # type: ignore[attr-defined]


def require_own_site(session: Session) -> ExchangeSite:
    site = own_site(session)
    if site is None:
        raise ExchangeError(
            "this database is not a site yet: run `secretariat exchange init --side A|B` "
            "(or File → Exchange in the app)"
        )
    return site


def init_site(db: Database, side: str, name: str = "", *, new_site: bool = False) -> SiteKey:
    """Give the database a site identity and a signing key. A database that is a site
    already keeps it, unless its key is not on this machine and `new_site` asks for a new
    identity (a laptop copy of the office's database)."""
    if side not in SIDES:
        raise ExchangeError(f"side {side!r}: expected A or B")
    with db.write() as session:
        current = own_site(session)
        if current is not None:
            if not new_site:
                raise ExchangeError(
                    f"this database is already site {current.site_id} (side {current.side}"
                    f"{', ' + current.name if current.name else ''}); "
                    "--new-site makes it a new one (its partners must pin the new key)"
                )
            _forget_identity(session)
        site_id = uuid.uuid4()
        key = new_signing_key(site_id)
        session.add(
            ExchangeSite(
                site_id=site_id, own=True, side=side, name=name.strip(), public_key=public_text(key)
            )
        )
        return SiteKey(site_id, side, name.strip(), public_text(key))


def _forget_identity(session: Session) -> None:
    """A new site starts with no partners and no bases: what the old identity exchanged was
    the old identity's."""
    for table in (ExchangeBase, ExchangeSent, ExchangeSite):
        session.execute(delete(table))
    session.flush()


def site_key(db: Database) -> SiteKey:
    with db.read() as session:
        site = require_own_site(session)
        signing_key(site.site_id)  # only the machine holding the key speaks for the site
        return SiteKey(site.site_id, site.side, site.name, site.public_key)


def write_key_file(db: Database, path: Path) -> SiteKey:
    key = site_key(db)
    part = part_path(path)
    try:
        part.write_text(key.to_json() + "\n", encoding="utf-8")
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return key


def trust(db: Database, path: Path) -> SiteKey:
    """Pin a partner's key: files signed with it are accepted, any other key's refused."""
    key = read_key_file(path)
    with db.write() as session:
        own = require_own_site(session)
        if key.site_id == own.site_id:
            raise ExchangeError(f"{path}: this is this database's own key")
        pinned = session.get(ExchangeSite, key.site_id)
        if pinned is not None and pinned.public_key != key.public_key:
            raise ExchangeError(
                f"{path}: site {key.site_id} is pinned with another key; a site's key does not "
                "change (a new identity is a new site)"
            )
        if pinned is None:
            session.add(
                ExchangeSite(
                    site_id=key.site_id, side=key.side, name=key.name, public_key=key.public_key
                )
            )
    return key


def partners(session: Session) -> list[ExchangeSite]:
    return list(
        session.scalars(
            select(ExchangeSite).where(ExchangeSite.own.is_(False)).order_by(ExchangeSite.name)  # type: ignore[attr-defined]
        )
    )


def partner_named(session: Session, wanted: str | None) -> ExchangeSite:
    """The partner `--to` names (its name, or its id or the start of it); with one partner,
    that one."""
    pinned = partners(session)
    if not pinned:
        raise ExchangeError(
            "no partner site is pinned: `secretariat exchange trust FILE` with the partner's "
            "key file first"
        )
    if wanted is None:
        if len(pinned) == 1:
            return pinned[0]
        raise ExchangeError(f"several partners are pinned; say which with --to ({_names(pinned)})")
    folded = wanted.strip().casefold()
    matches = [
        site
        for site in pinned
        if site.name.casefold() == folded or site.site_id.hex.startswith(folded.replace("-", ""))
    ]
    if len(matches) != 1:
        raise ExchangeError(f"--to {wanted!r}: expected one of {_names(pinned)}")
    return matches[0]


def _names(sites: list[ExchangeSite]) -> str:
    return ", ".join(
        f"{site.name or '?'} ({site.site_id.hex[:8]}, side {site.side})" for site in sites
    )


@dataclass(frozen=True)
class PartnerState:
    site_id: uuid.UUID
    name: str
    side: str
    sent_seq: int  # files made for it
    acked_seq: int  # of those, applied there (as its last file said)
    received_seq: int  # its files applied here


def overview(db: Database) -> tuple[SiteKey | None, list[PartnerState]]:
    """This site (None: not one yet) and its partners, for the app and `exchange status`."""
    with db.read() as session:
        site = own_site(session)
        if site is None:
            return None, []
        own = SiteKey(site.site_id, site.side, site.name, site.public_key)
        return own, [
            PartnerState(
                entry.site_id,
                entry.name,
                entry.side,
                entry.sent_seq,
                entry.acked_seq,
                entry.received_seq,
            )
            for entry in partners(session)
        ]


def prune_log(session: Session) -> int:
    """Forget the log entries no partner can still need: those at or below the watermark of
    every partner's last acknowledged file (or, for one that acknowledged none, of the first
    file made for it: a later acknowledgement names that one or a later one). A partner with
    no file made yet needs none: its first file is a full copy."""
    bounds = []
    for partner in partners(session):
        query = select(func.min(ExchangeSent.watermark)).where(
            ExchangeSent.site_id == partner.site_id,  # type: ignore[arg-type]
            ExchangeSent.seq >= max(partner.acked_seq, 1),  # type: ignore[arg-type]
        )
        lowest = session.scalar(query)
        if lowest is not None:
            bounds.append(int(lowest))
    if not bounds:
        return 0
    result = session.execute(delete(ExchangeLog).where(ExchangeLog.seq <= min(bounds)))  # type: ignore[arg-type]
    return int(getattr(result, "rowcount", 0) or 0)
