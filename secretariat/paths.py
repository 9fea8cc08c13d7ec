"""Where things live: the user's data folder, the default database, bundled resources.

Every folder can be overridden with an environment variable so tests and development never
touch the user's real data.
"""

from __future__ import annotations

import os
from importlib import util as importlib_util
from pathlib import Path

APP_NAME = "Secretariat"
APP_AUTHOR = "Secretariat"
DB_ENV = "SECRETARIAT_DB"
DATA_DIR_ENV = "SECRETARIAT_DATA_DIR"
DB_FILENAME = "secretariat.db"


def data_dir() -> Path:
    """The folder holding the default database and its backups (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # imported late: only needed without an override

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_url() -> str:
    """`SECRETARIAT_DB` if set (a path or a URL), else SQLite in the user's data folder."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return configured
    return str(data_dir() / DB_FILENAME)


def resources_dir() -> Path:
    """`resources/` in a source checkout, the `secretariat_resources` package in a wheel."""
    in_checkout = Path(__file__).resolve().parent.parent / "resources"
    if (in_checkout / "fonts").is_dir():
        return in_checkout
    spec = importlib_util.find_spec("secretariat_resources")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("bundled resources are missing: reinstall Secretariat")
    return Path(spec.origin).parent


def docs_dir() -> Path:
    """`docs/` in a source checkout or the bundle, the `secretariat_docs` package in a wheel:
    the user guide (`guide/LANGUAGE/*.md`) and the screenshots it shows."""
    in_checkout = Path(__file__).resolve().parent.parent / "docs"
    if (in_checkout / "guide").is_dir():
        return in_checkout
    spec = importlib_util.find_spec("secretariat_docs")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the user guide is missing: reinstall Secretariat")
    return Path(next(iter(spec.submodule_search_locations)))


def font_path() -> Path:
    """The bundled TrueType collection with Latin, Hangul and CJK ideographs."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
