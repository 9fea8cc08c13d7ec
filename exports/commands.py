"""`secretariat export pdf|xlsx` and `secretariat import xlsx`, added to the command line
through the `secretariat.commands` entry point (the core never imports exports)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from secretariat.errors import ValidationError
from secretariat.messages import expected
from secretariat.progress import Progress, run_to_end


def languages_option(text: str) -> tuple[str, str]:
    """`ko,zh` -> ("ko", "zh"): two different supported languages."""
    # Here, not at the top: every command (`gui` too) loads this module to build its parser,
    # and the models bring in SQLAlchemy, which `gui` loads on a worker after the window shows.
    from secretariat.models import LANGUAGES

    parts = tuple(part.strip() for part in text.split(","))
    if len(parts) != 2 or parts[0] == parts[1] or not set(parts) <= set(LANGUAGES):
        raise argparse.ArgumentTypeError(
            f"expected two different languages of {', '.join(LANGUAGES)}, like ko,zh (got {text!r})"
        )
    return parts[0], parts[1]


def date_option(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD (got {text!r})") from None


def register(commands: Any) -> None:
    export = commands.add_parser("export", help="write a PDF briefing pack or an Excel workbook")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", parser_class=type(export))
    kinds.required = True

    pdf = kinds.add_parser("pdf", help="the briefing pack of a conference (or one team's sheet)")
    pdf.add_argument("--conference", type=int, required=True, metavar="N")
    pdf.add_argument("--team", metavar="CODE", help="only this team's status sheet")
    _add_common(pdf)
    pdf.set_defaults(handler=run_export_pdf)

    for name, help_text in (
        ("agenda", "a meeting's agenda, bilingual"),
        ("minutes", "a meeting's minutes, bilingual: outcomes, status changes, follow-ups"),
    ):
        document = kinds.add_parser(name, help=help_text)
        document.add_argument("--meeting", type=date_option, required=True, metavar="YYYY-MM-DD")
        document.add_argument("--team", metavar="CODE", help="the team's meeting that day")
        _add_common(document)
        document.set_defaults(handler=run_export_meeting, document=name)

    ics = kinds.add_parser(
        "ics", help="the calendar (RFC 5545): conferences, meetings with agendas, due dates"
    )
    ics.add_argument("--team", metavar="CODE", help="only this team's meetings and plans")
    _add_common(ics)
    ics.set_defaults(handler=run_export_ics)

    xlsx = kinds.add_parser("xlsx", help="the Excel workbook (every conference by default)")
    xlsx.add_argument("--conference", type=int, metavar="N")
    xlsx.add_argument(
        "--template",
        action="store_true",
        help="the sheets empty, with an Instructions sheet, to fill in by hand and import",
    )
    _add_common(xlsx)
    xlsx.set_defaults(handler=run_export_xlsx)

    archive = kinds.add_parser(
        "archive", help="every record, losslessly, as one file (a backup to restore or move)"
    )
    archive.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    archive.set_defaults(handler=run_export_archive)

    import_ = commands.add_parser(
        "import", help="apply an edited workbook, or restore an archive into an empty database"
    )
    import_kinds = import_.add_subparsers(dest="kind", metavar="KIND", parser_class=type(import_))
    import_kinds.required = True
    xlsx_in = import_kinds.add_parser("xlsx", help="import the Plans sheet of a workbook")
    xlsx_in.add_argument("file", type=Path, metavar="FILE")
    xlsx_in.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    xlsx_in.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="apply the valid rows even when other rows are rejected",
    )
    xlsx_in.set_defaults(handler=run_import_xlsx)
    archive_in = import_kinds.add_parser(
        "archive", help="restore an archive into an empty (or new) database"
    )
    archive_in.add_argument("file", type=Path, metavar="FILE")
    archive_in.set_defaults(handler=run_import_archive)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--languages",
        type=languages_option,
        metavar="A,B",
        help="the two languages side by side (default: the committee's working languages)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def _report(step: Progress) -> None:
    if sys.stderr.isatty() and step.fraction is not None:
        sys.stderr.write(f"\r{step.message} {step.fraction:4.0%}")
        sys.stderr.flush()


def _check_output(path: Path, suffix: str) -> Path:
    if path.suffix.lower() != suffix:
        raise ValidationError("--output", str(path), expected("file_suffix", suffix=suffix))
    if not path.parent.exists():
        raise ValidationError("--output", str(path), expected("existing_folder"))
    return path


def run_export_pdf(args: argparse.Namespace) -> int:
    from exports.pdf.briefing import write_briefing_pack
    from secretariat.cli import open_for

    output = _check_output(args.output, ".pdf")
    db = open_for(args, read_only=True)
    try:
        work = write_briefing_pack(
            db, output, conference=args.conference, team=args.team, languages=args.languages
        )
        pages = run_to_end(work, _report)
    finally:
        db.close()
    print(f"wrote {output} ({pages} {'page' if pages == 1 else 'pages'})")
    return 0


def run_export_meeting(args: argparse.Namespace) -> int:
    from exports.pdf.agenda import write_agenda
    from exports.pdf.minutes import write_minutes
    from secretariat.cli import open_for

    output = _check_output(args.output, ".pdf")
    write = write_agenda if args.document == "agenda" else write_minutes
    db = open_for(args, read_only=True)
    try:
        work = write(db, output, meeting=args.meeting, team=args.team, languages=args.languages)
        pages = run_to_end(work, _report)
    finally:
        db.close()
    print(f"wrote {output} ({pages} {'page' if pages == 1 else 'pages'})")
    return 0


def run_export_ics(args: argparse.Namespace) -> int:
    from exports.ics import write_calendar
    from secretariat.cli import open_for

    output = _check_output(args.output, ".ics")
    db = open_for(args, read_only=True)
    try:
        work = write_calendar(db, output, team=args.team, languages=args.languages)
        events = run_to_end(work, _report)
    finally:
        db.close()
    print(f"wrote {output} ({events} {'event' if events == 1 else 'events'})")
    return 0


def run_export_xlsx(args: argparse.Namespace) -> int:
    from exports.xlsx.workbook import write_workbook
    from secretariat.cli import open_for

    output = _check_output(args.output, ".xlsx")
    if args.template:
        return _export_template(args, output)
    db = open_for(args, read_only=True)
    try:
        work = write_workbook(db, output, conference=args.conference, languages=args.languages)
        rows = run_to_end(work, _report)
    finally:
        db.close()
    print(f"wrote {output} ({rows} {'plan' if rows == 1 else 'plans'})")
    return 0


def run_import_xlsx(args: argparse.Namespace) -> int:
    from exports.xlsx_in.importer import ImportPreview, format_preview, preview_import
    from exports.xlsx_in.one_pass import import_workbook
    from secretariat.cli import EXIT_ERROR, open_for

    def show(preview: ImportPreview) -> None:
        print(format_preview(preview))

    db = open_for(args)
    try:
        if args.dry_run:
            preview = run_to_end(preview_import(db, args.file), _report)
            show(preview)
            print("dry run: nothing was written")
            return 0 if not preview.rejected_rows else EXIT_ERROR
        work = import_workbook(db, args.file, show, valid_rows_only=args.valid_rows_only)
        preview, summary = run_to_end(work, _report)
    finally:
        db.close()
    if summary is None and preview.rejected_rows and not args.valid_rows_only:
        print(
            f"nothing was written: {len(preview.rejected_rows)} rows rejected "
            "(fix them, or pass --valid-rows-only to apply the others)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(summary or f"{preview.file_name}: nothing to import (no plan changes)")
    return 0


def run_export_archive(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.transfer.archive import write_archive

    output = _check_output(args.output, ".zip")
    db = open_for(args, read_only=True)
    try:
        summary = run_to_end(write_archive(db, output), _report)
    finally:
        db.close()
    print(f"wrote {output} ({summary.records:,} records)")
    return 0


def run_import_archive(args: argparse.Namespace) -> int:
    from secretariat.cli import database_location, new_database, refuse_if_read_only
    from secretariat.transfer.archive import read_manifest, restore_archive

    refuse_if_read_only(args)
    if not args.file.is_file():
        raise ValidationError("FILE", str(args.file), expected("existing_archive"))
    read_manifest(args.file)[0].close()  # refuse a file that is no archive before creating a db
    with new_database(database_location(args)) as db:
        summary = run_to_end(restore_archive(db, args.file), _report)
        where = db.describe()
    print(f"restored {summary.records:,} records from {args.file} into {where}")
    return 0


def _export_template(args: argparse.Namespace, output: Path) -> int:
    """The template needs no database; the committee's languages and teams when there is one."""
    from exports.xlsx.template import write_template
    from secretariat.cli import database_location
    from secretariat.db import is_sqlite_file, sqlite_path, to_url

    languages: tuple[str, str] | None = args.languages
    codes: tuple[str, ...] = ()
    location = database_location(args)
    url = to_url(location)
    if not is_sqlite_file(url) or sqlite_path(url).exists():
        languages, codes = _committee_defaults(args, languages)
    sheets = run_to_end(write_template(output, languages or ("ko", "zh"), codes), _report)
    print(f"wrote {output} ({sheets} sheets, empty: fill them in and `import xlsx` the file)")
    return 0


def _committee_defaults(
    args: argparse.Namespace, languages: tuple[str, str] | None
) -> tuple[tuple[str, str], tuple[str, ...]]:
    from secretariat.cli import open_for
    from secretariat.services.committee import working_languages
    from secretariat.services.teams import list_teams

    db = open_for(args, read_only=True)
    try:
        codes = tuple(team.code for team in list_teams(db))
        return languages or working_languages(db), codes
    finally:
        db.close()
