"""A site's Ed25519 signing key, kept in the user's config folder (never in the database),
and the public key file handed to the partner.

The private key lives in `<config>/exchange/<site id>.key`, readable by its user only: a copy
of the database file (a laptop taking the office's records abroad) does not carry the right
to sign as the office.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from secretariat.errors import SecretariatError
from secretariat.files import part_path
from secretariat.paths import APP_AUTHOR, APP_NAME

CONFIG_DIR_ENV = "SECRETARIAT_CONFIG_DIR"
KEY_FILE_FORMAT = "secretariat-site-key"
MAX_KEY_FILE_BYTES = 16_384


class ExchangeError(SecretariatError):
    """An exchange step was refused; the database is as it was."""


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR))


def private_key_path(site_id: uuid.UUID) -> Path:
    return config_dir() / "exchange" / f"{site_id}.key"


def new_signing_key(site_id: uuid.UUID) -> Ed25519PrivateKey:
    """Make a key and keep it for this user only (0600 from the first byte written)."""
    key = Ed25519PrivateKey.generate()
    path = private_key_path(site_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    part = part_path(path)
    descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(pem)
        stream.flush()
        os.fsync(stream.fileno())
    part.replace(path)
    return key


def signing_key(site_id: uuid.UUID) -> Ed25519PrivateKey:
    path = private_key_path(site_id)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(
            f"this database is site {site_id}, but its signing key is not on this machine "
            f"({path}): a copy of another site's database becomes a site of its own with "
            "`secretariat exchange init --side A|B --new-site`"
        ) from None
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ExchangeError(f"{path}: not an Ed25519 signing key")
    return key


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class SiteKey:
    """What a key file says: who the site is and the key its files are signed with."""

    site_id: uuid.UUID
    side: str
    name: str
    public_key: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "site": self.site_id.hex,
                "side": self.side,
                "name": self.name,
                "public_key": self.public_key,
            },
            ensure_ascii=False,
            indent=2,
        )


def read_key_file(path: Path) -> SiteKey:
    """A partner's key file, checked field by field before anything is pinned."""
    if path.stat().st_size > MAX_KEY_FILE_BYTES:
        raise ExchangeError(f"{path}: {path.stat().st_size:,} bytes is not a site key file")
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExchangeError(f"{path}: not a site key file ({error})") from None
    if not isinstance(content, dict) or content.get("format") != KEY_FILE_FORMAT:
        raise ExchangeError(f'{path}: not a site key file (no "format": "{KEY_FILE_FORMAT}")')
    try:
        site_id = uuid.UUID(str(content["site"]))
        side = str(content["side"])
        public_key = str(content["public_key"])
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
    except (KeyError, ValueError) as error:
        raise ExchangeError(f"{path}: a site key file with a bad field ({error})") from None
    if side not in ("A", "B"):
        raise ExchangeError(f"{path}: side {side!r}, expected A or B")
    return SiteKey(site_id, side, str(content.get("name", "")), public_key)
