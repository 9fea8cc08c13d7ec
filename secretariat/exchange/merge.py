"""The three-way merge of one record: ours, theirs, and the last version both sides agreed on.

No database here: `merge_record` takes plain values (the exchange's JSON forms) and says what
to do (insert, update, delete, nothing) and which fields conflict. Rules (docs/exchange.md):
- theirs made from exactly our current version (`seen`): theirs is taken whole;
- a field changed on one side only is taken from that side;
- the same field changed differently on both sides is a conflict;
- a record deleted on one side and edited on the other is a conflict (field "");
- otherwise a deletion travels, and a new record comes in.
The base is the record as the partner last sent it to us; failing that, the version of ours
the partner last had (the file's `b`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

DELETED = "deleted"  # a base digest: the partner's last word on the record was its deletion
RECORD = ""  # a conflict's field when the record as a whole is at stake
CREATED = "created_at"

Action = Literal["none", "insert", "update", "delete"]


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: uuid.UUID
    field: str  # RECORD: deleted on one side, edited on the other
    base: Any
    ours: Any  # None for the record as a whole: deleted here
    theirs: Any  # None for the record as a whole: deleted there
    theirs_by: str = ""
    theirs_at: str = ""
    ours_by: str = ""
    ours_at: str = ""
    reference: str = ""  # how people know the record: 1-ECO-02, team ECO, ...
    title: str = ""


@dataclass
class Outcome:
    action: Action
    values: dict[str, Any] | None = None  # the record after the merge (insert, update)
    taken: list[str] = field(default_factory=list)  # fields set from theirs (an update)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True)
class Sides:
    """One record as both sides have it."""

    table: str
    record_id: uuid.UUID
    fields: Sequence[str]
    theirs: dict[str, Any] | None  # None: they deleted it
    ours: dict[str, Any] | None  # None: we have no such record
    base: dict[str, Any] | None  # None: no common version known
    seen: str | None  # digest of our version the partner last had (DELETED: our deletion)
    ours_digest: str | None
    deleted_here: bool = False
    theirs_by: str = ""
    theirs_at: str = ""
    base_digest: str | None = None  # the base as a hash (all an append-only record keeps)
    theirs_digest: str | None = None
    parent_restored: bool = False  # the record it belongs to came back in this file
    grew_there: bool = False  # deleted here, while its history grew there

    def conflict(self, name: str, base: Any, ours: Any, theirs: Any) -> Conflict:
        return Conflict(
            self.table, self.record_id, name, base, ours, theirs, self.theirs_by, self.theirs_at
        )

    def same(self, left: dict[str, Any], right: dict[str, Any]) -> bool:
        return all(left.get(name) == right.get(name) for name in self.fields)


def merge_record(sides: Sides) -> Outcome:
    if sides.theirs is None:
        return _their_deletion(sides)
    if sides.ours is None:
        return _new_to_us(sides, sides.theirs)
    return _both_have(sides, sides.ours, sides.theirs)


def _their_deletion(sides: Sides) -> Outcome:
    ours = sides.ours
    if ours is None:
        return Outcome("none")
    unchanged_here = (
        sides.seen == sides.ours_digest
        or sides.ours_digest == sides.base_digest
        or (sides.base is not None and sides.same(ours, sides.base))
    )
    if unchanged_here:
        return Outcome("delete")
    return Outcome("none", conflicts=[sides.conflict(RECORD, sides.base, ours, None)])


def _new_to_us(sides: Sides, theirs: dict[str, Any]) -> Outcome:
    if not sides.deleted_here or sides.seen == DELETED or sides.parent_restored:
        return Outcome("insert", theirs)  # new, or kept there knowing we deleted it
    unchanged_there = sides.theirs_digest is not None and sides.theirs_digest == sides.base_digest
    unchanged_there = unchanged_there or (sides.base is not None and sides.same(theirs, sides.base))
    if unchanged_there and not sides.grew_there:
        return Outcome("none")  # they have not heard of our deletion yet: it is on its way
    return Outcome("none", conflicts=[sides.conflict(RECORD, sides.base, None, theirs)])


def _both_have(sides: Sides, ours: dict[str, Any], theirs: dict[str, Any]) -> Outcome:
    if sides.same(ours, theirs):
        return Outcome("none")
    if sides.seen is not None and sides.seen == sides.ours_digest:
        taken = [name for name in sides.fields if ours.get(name) != theirs.get(name)]
        return Outcome("update", {**ours, **theirs}, taken)
    merged, taken, conflicts = dict(ours), [], []
    for name in sides.fields:
        mine, yours = ours.get(name), theirs.get(name)
        if mine == yours:
            continue
        agreed = None if sides.base is None else sides.base.get(name)
        if sides.base is None and name == CREATED and mine is not None and yours is not None:
            # Two records made apart and made one by their number or code (natural_keys.py)
            # agree on no version; when each was typed in is no question for a person.
            if yours < mine:
                merged[name] = yours
                taken.append(name)
            continue
        if sides.base is not None and yours == agreed:
            continue  # changed here only
        if sides.base is not None and mine == agreed:
            merged[name] = yours  # changed there only
            taken.append(name)
            continue
        conflicts.append(sides.conflict(name, agreed, mine, yours))
    return Outcome("update" if taken else "none", merged, taken, conflicts)
