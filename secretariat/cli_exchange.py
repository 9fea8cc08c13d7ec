"""`secretariat exchange init|key|trust|export|import`: records between two (or more) sites by
signed files (secretariat/exchange/, docs/exchange.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_CONFLICTS = 1


def add_exchange_commands(commands: Any) -> None:
    exchange = commands.add_parser(
        "exchange", help="exchange records with the partner secretariat by signed files"
    )
    actions = exchange.add_subparsers(dest="action", metavar="ACTION", parser_class=type(exchange))
    actions.required = True
    init = actions.add_parser("init", help="make this database a site, with a signing key")
    init.add_argument("--side", required=True, choices=("A", "B"), help="this site's city")
    init.add_argument("--name", default="", help="how partners see this site (e.g. 'Office')")
    init.add_argument(
        "--new-site",
        action="store_true",
        help="a copy of another site's database (its key is elsewhere) becomes a site of its own",
    )
    init.set_defaults(handler=run_init)
    key = actions.add_parser("key", help="write this site's public key, to hand to the partner")
    key.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    key.set_defaults(handler=run_key)
    trust = actions.add_parser("trust", help="pin a partner's public key file")
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.set_defaults(handler=run_trust)
    export = actions.add_parser("export", help="write what the partner has not acknowledged")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.secx")
    export.add_argument("--to", metavar="SITE", help="the partner (name or id), if several")
    export.set_defaults(handler=run_export)
    load = actions.add_parser("import", help="merge a partner's exchange file")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--dry-run", action="store_true", help="report what would change only")
    load.add_argument(
        "--conflicts", choices=("ours", "theirs"), help="resolve every conflict this way"
    )
    load.add_argument("--json", action="store_true", help="print the report as JSON")
    load.add_argument(
        "--no-backup",
        action="store_true",
        help="skip the copy of the database taken before the file is written",
    )
    load.set_defaults(handler=run_import)
    status = actions.add_parser("status", help="this site, its partners and their files")
    status.set_defaults(handler=run_status)


def run_init(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.exchange.sites import init_site

    db = open_for(args)
    try:
        key = init_site(db, args.side, args.name, new_site=args.new_site)
    finally:
        db.close()
    print(f"this database is site {key.site_id} (side {key.side}{_named(key.name)})")
    print("next: `secretariat exchange key -o FILE` and hand FILE to the partner")
    return 0


def run_key(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.exchange.sites import write_key_file

    db = open_for(args, read_only=True)
    try:
        key = write_key_file(db, args.output)
    finally:
        db.close()
    print(f"{args.output}: the public key of site {key.site_id} (side {key.side})")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.exchange.sites import trust

    db = open_for(args)
    try:
        key = trust(db, args.file)
    finally:
        db.close()
    print(f"pinned site {key.site_id} (side {key.side}{_named(key.name)})")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.exchange.export import export_exchange
    from secretariat.progress import run_to_end

    db = open_for(args)
    try:
        summary = run_to_end(export_exchange(db, args.output, args.to))
    finally:
        db.close()
    kind = "a full copy" if summary.full else "changes"
    counts = ", ".join(f"{count:,} {name}" for name, count in summary.counts.items() if count)
    print(
        f"{args.output}: file {summary.sequence} for {summary.partner}, {kind}: "
        f"{counts or 'nothing new'}"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.exchange.apply import UnresolvedConflictsError, import_exchange, policy
    from secretariat.progress import run_to_end

    db = open_for(args)
    try:
        work = import_exchange(
            db,
            args.file,
            policy(args.conflicts),
            dry_run=args.dry_run,
            backup=not (args.dry_run or args.no_backup),
        )
        report = run_to_end(work)
    except UnresolvedConflictsError as found:
        _print_report(found.report, args)
        return EXIT_CONFLICTS
    finally:
        db.close()
    _print_report(report, args)
    return 0


def _print_report(report: Any, args: argparse.Namespace) -> None:
    if args.json:
        json.dump(_report_json(report), sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return
    for note in report.notes:
        print(note)
    if report.already_applied:
        return
    if report.unresolved:
        print(
            f"{args.file}: {report.unresolved} conflicts; nothing was written. Resolve them in "
            "the app (File → Exchange with the partner…) or with --conflicts ours|theirs:",
            file=sys.stderr,
        )
        for conflict in report.conflicts:
            print(_conflict_line(conflict), file=sys.stderr)
        return
    verb = "would change" if args.dry_run else "changed"
    counts = ", ".join(
        f"{count:,} {name}" for name, count in sorted(report.counts.items()) if count
    )
    print(f"{args.file}: file {report.sequence} from {report.sender} {verb}: {counts or 'nothing'}")
    if report.backup is not None:
        print(f"the database as it was before: {report.backup}")
    for conflict in report.conflicts:
        print(f"resolved ({args.conflicts}): " + _conflict_line(conflict))


def _conflict_line(conflict: Any) -> str:
    what = conflict.field or "the record"
    if not conflict.field:
        ours = "deleted" if conflict.ours is None else "edited"
        theirs = "deleted" if conflict.theirs is None else "edited"
        detail = f"ours: {ours} · theirs: {theirs}"
    else:
        ours_who = _who(conflict.ours_by, conflict.ours_at)
        theirs_who = _who(conflict.theirs_by, conflict.theirs_at)
        detail = (
            f"base: {conflict.base!r} · ours: {conflict.ours!r}{ours_who}"
            f" · theirs: {conflict.theirs!r}{theirs_who}"
        )
    title = f" ({conflict.title})" if conflict.title else ""
    return f"  {conflict.reference}{title}: {what}: {detail}"


def _who(by: str, at: str) -> str:
    shown = " ".join(part for part in (by, at[:16]) if part)
    return f" [{shown}]" if shown else ""


def _report_json(report: Any) -> dict[str, Any]:
    import dataclasses

    return {
        "file": str(report.path),
        "from": report.sender,
        "sequence": report.sequence,
        "written": report.written,
        "backup": str(report.backup) if report.backup else None,
        "already_applied": report.already_applied,
        "counts": report.counts,
        "notes": report.notes,
        "unresolved": report.unresolved,
        "conflicts": [
            {
                k: (v.hex if hasattr(v, "hex") and k == "record_id" else v)
                for k, v in dataclasses.asdict(c).items()
            }
            for c in report.conflicts
        ],
    }


def run_status(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.exchange.sites import overview

    db = open_for(args, read_only=True)
    try:
        site, pinned = overview(db)
    finally:
        db.close()
    if site is None:
        print("this database is not a site: `secretariat exchange init --side A|B`")
        return 0
    print(f"this site: {site.site_id} side {site.side}{_named(site.name)}")
    for entry in pinned:
        print(
            f"partner: {entry.site_id} side {entry.side}{_named(entry.name)} · files made "
            f"{entry.sent_seq}, they applied {entry.acked_seq}, theirs applied here "
            f"{entry.received_seq}"
        )
    return 0


def _named(name: str) -> str:
    return f", {name}" if name else ""
