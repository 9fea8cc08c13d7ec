"""`secretariat gui [--read-only]`: start the desktop app (added through an entry point, so the
core command line never imports Qt)."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any) -> None:
    gui = commands.add_parser("gui", help="start the desktop app")
    gui.add_argument(
        "--read-only",
        action="store_true",
        help="open the database so that nothing can be changed (for team leads)",
    )
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, show the Dashboard and quit with 0 once it has painted "
        "(checks that an installed app starts; use QT_QPA_PLATFORM=offscreen without a screen)",
    )
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from secretariat.cli import database_location
    from ui.app import run_app

    return run_app(
        database_location(args),
        read_only=args.read_only or args.global_read_only,
        explicit=bool(args.db),
        smoke=args.smoke,
    )
