"""`make screenshots`, the exchange: two sites made in a scratch folder (the demo office and a
partner that starts from its first file), one title edited on both sides, and the Exchange
dialog and the review of the partner's reply grabbed in each language."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings

from secretariat.cli import main as cli
from secretariat.db import open_database
from secretariat.exchange.keys import CONFIG_DIR_ENV
from secretariat.progress import run_to_end


def _sites(scratch: Path, office: Path) -> Path:
    """The partner's reply to the office, holding one conflict and one plain change."""
    partner = scratch / "partner.db"

    def run(*argv: str | Path) -> None:
        if cli([str(arg) for arg in argv]) != 0:
            raise RuntimeError(f"screenshots: `secretariat {' '.join(map(str, argv))}` failed")

    run("--db", partner, "init")
    run("--db", office, "exchange", "init", "--side", "A", "--name", "Dongju office")
    run("--db", partner, "exchange", "init", "--side", "B", "--name", "Yunhai office")
    run("--db", office, "exchange", "key", "-o", scratch / "office.key")
    run("--db", partner, "exchange", "key", "-o", scratch / "partner.key")
    run("--db", office, "exchange", "trust", scratch / "partner.key")
    run("--db", partner, "exchange", "trust", scratch / "office.key")
    run("--db", office, "exchange", "export", "-o", scratch / "first.secx")
    run("--db", partner, "exchange", "import", scratch / "first.secx")
    run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_ko=동주 창업 투자 포럼")
    run(
        "--db",
        partner,
        "edit",
        "plan",
        "1-ECO-01",
        "--set",
        "title_ko=양 도시 창업 포럼",
        "--set",
        "progress=65",
    )
    run("--db", partner, "edit", "plan", "1-CUL-01", "--set", "title_zh=两市青年文化节")
    run("--db", partner, "exchange", "export", "-o", scratch / "reply.secx")
    return scratch / "reply.secx"


def exchange_screenshots(
    out_dir: Path, demo: Path, scratch: Path, languages: Sequence[str]
) -> list[Path]:
    from ui import i18n
    from ui.context import AppContext
    from ui.dialogs.exchange import ExchangeDialog, _dry_run
    from ui.dialogs.exchange_review import ReviewDialog
    from ui.screenshots import save, settle

    office = scratch / "office.db"
    shutil.copyfile(demo, office)
    previous = os.environ.get(CONFIG_DIR_ENV)
    os.environ[CONFIG_DIR_ENV] = str(scratch / "config")
    written: list[Path] = []
    try:
        reply = _sites(scratch, office)
        db = open_database(office)
        report = run_to_end(_dry_run(db, reply))
        for language in languages:
            i18n.install_translators(language)
            settings = QSettings(str(scratch / "exchange.ini"), QSettings.Format.IniFormat)
            context = AppContext(db, settings, ui_language=language)
            dialog = ExchangeDialog(context)
            dialog.resize(760, 420)
            dialog.show()
            settle(dialog)
            written.append(save(dialog, out_dir / f"exchange-{language}.png"))
            review = ReviewDialog(context, report, None)
            review.show()
            settle(review)
            written.append(save(review, out_dir / f"exchange-review-{language}.png"))
            for widget in (review, dialog):
                widget.close()
                widget.deleteLater()
            i18n.remove_translators()
        db.close()
    finally:
        if previous is None:
            os.environ.pop(CONFIG_DIR_ENV, None)
        else:
            os.environ[CONFIG_DIR_ENV] = previous
    return written
