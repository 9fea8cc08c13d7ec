"""`secretariat edit plan REF ...`: change a plan's fields or status from a script, with the
same care as the app: `--if-version N` refuses a plan changed since version N (exit 1, one
line saying who changed it), and every change records its author."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from secretariat.errors import ValidationError
from secretariat.messages import expected


def add_edit_commands(commands: Any) -> None:
    edit = commands.add_parser("edit", help="change one record's fields or a plan's status")
    kinds = edit.add_subparsers(dest="kind", metavar="KIND", parser_class=type(edit))
    kinds.required = True
    plan = kinds.add_parser("plan", help="a plan, by its reference (5-ECO-03)")
    plan.add_argument("ref", metavar="REF")
    plan.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a field and its new value (title_ko=..., horizon=short, due_date=2027-03-31)",
    )
    plan.add_argument("--status", metavar="S", help="record a status change (in_progress...)")
    plan.add_argument("--note", default="", metavar="TEXT", help="the status change's note")
    plan.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the status change's date (today by default)"
    )
    plan.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="only if the plan is still at version N (see `list plans --json`)",
    )
    plan.set_defaults(handler=run_edit_plan)


def run_edit_plan(args: argparse.Namespace) -> int:
    from secretariat.cli import open_for
    from secretariat.services import plans

    if not args.set and args.status is None:
        raise ValidationError("--set", "", expected("set_or_status"))
    if args.set and args.status is not None:
        raise ValidationError("--status", args.status, expected("set_xor_status"))
    db = open_for(args)
    try:
        plan_id, ref = _plan_of(db, args.ref)
        if args.status is not None:
            changed_on = date.fromisoformat(args.date) if args.date else date.today()
            plans.change_status(
                db, [plan_id], args.status, changed_on=changed_on, note=args.note,
                if_version=args.if_version,
            )  # fmt: skip
        else:
            changes = _changes(args.set)
            if args.if_version is not None:
                changes["version"] = args.if_version
            plans.update_plan(db, plan_id, changes)
        version = plans.get_plan(db, plan_id).version
    finally:
        db.close()
    what = f"status {args.status}" if args.status is not None else ", ".join(_names(args.set))
    print(f"{ref}: {what} saved (now version {version})")
    return 0


def _plan_of(db: Any, ref: str) -> tuple[Any, str]:
    from secretariat.listing import list_records

    found = [row for row in list_records(db, "plans", search=ref) if row["key"] == ref.upper()]
    if not found:
        raise ValidationError("REF", ref, expected("plan_reference"))
    return found[0]["id"], found[0]["key"]


def _names(pairs: list[str]) -> list[str]:
    return [pair.partition("=")[0].strip() for pair in pairs]


def _changes(pairs: list[str]) -> dict[str, Any]:
    """FIELD=VALUE pairs, each parsed by the plan's description (a language column of a text
    as typed; enums by value or label; dates ISO)."""
    from secretariat.kinds import FieldType, kind_named
    from secretariat.models import LANGUAGES

    kind = kind_named("plan")
    texts = {spec.attribute for spec in kind.fields if spec.datatype is FieldType.TEXTS}
    changes: dict[str, Any] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        name = name.strip()
        if not equals:
            raise ValidationError("--set", pair, expected("field_is_value"))
        stem, _, language = name.rpartition("_")
        if stem in texts and language in LANGUAGES:
            changes[name] = value.strip()
            continue
        try:
            spec = kind.field(name)
        except KeyError:
            raise ValidationError(name, value, _settable(kind)) from None
        if spec.datatype in (FieldType.REFERENCE, FieldType.REFERENCES, FieldType.TEXTS):
            raise ValidationError(name, value, _settable(kind))
        if name == "status":
            raise ValidationError(name, value, expected("status_by_option"))
        changes[spec.attribute] = spec.parse(value)
    return changes


def _settable(kind: Any) -> str:
    from secretariat.kinds import FieldType

    names = ["title_LANG", "description_LANG"] + [
        spec.name
        for spec in kind.fields
        if spec.datatype
        not in (FieldType.REFERENCE, FieldType.REFERENCES, FieldType.TEXTS, FieldType.ENUM)
        or (spec.datatype is FieldType.ENUM and spec.name != "status")
    ]
    return "one of " + ", ".join(names)
