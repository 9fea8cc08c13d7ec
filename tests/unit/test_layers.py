"""The layers of docs/contributing.md: the core imports neither Qt nor exports nor ui; exports no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "secretariat": ("PySide6", "exports", "ui", "shiboken6"),
    "exports": ("PySide6", "ui", "shiboken6"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_upward(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN[package]:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


DATABASE_LIBRARIES = ("sqlalchemy", "sqlmodel")


def test_ui_asks_the_core_for_its_lists() -> None:
    """Queries live in the core (docs/contributing.md): no module of ui/ imports SQLAlchemy or SQLModel,
    not even for type checking; the UI calls core functions that return plain data."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in DATABASE_LIBRARIES:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []
