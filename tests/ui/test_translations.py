"""Qt Linguist translations: complete, in step with the sources, placeholders intact, loadable.

Fails when a `.ts` file has an unfinished entry, when the sources hold a text the `.ts` files
lack (`make translations` then translate), when a translation's placeholders (%1, %n,
{name}) or keyboard mnemonic differ from the English, or when a `.qm` does not load.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "zh")
TS_FILES = [TRANSLATIONS / f"secretariat_{language}.ts" for language in LANGUAGES]
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
MNEMONIC = re.compile(r"&(?!&)\S")  # "&File" marks F; "&&" is a literal ampersand
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, part of the key Qt looks a text up by
    translations: tuple[str, ...]  # one per numerus form, else one
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"

    def where(self) -> str:
        return f"{self.context or '(no context)'}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without translation"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translations=tuple(forms) if forms else (translation.text or "",),
                    kind=translation.get("type", ""),
                )
            )
    return messages


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def lupdate() -> Path:
    tool = BIN / "pyside6-lupdate"
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.fail("pyside6-lupdate is not installed (it comes with PySide6)")
        tool = Path(found)
    return tool


def lrelease() -> Path:
    tool = BIN / "pyside6-lrelease"
    return tool if tool.exists() else Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_entry_is_translated(path: Path) -> None:
    assert path.is_file(), f"{path} is missing: run `make translations`"
    messages = read_ts(path)
    assert messages, f"{path.name} holds no texts"
    unfinished = [m.where() for m in messages if m.kind == "unfinished"]
    assert not unfinished, f"{path.name}: {len(unfinished)} unfinished: {unfinished}"
    stale = [m.where() for m in messages if m.kind in ("vanished", "obsolete")]
    assert not stale, f"{path.name}: texts no longer in the sources: {stale}"
    empty = [m.where() for m in messages if not all(t.strip() for t in m.translations)]
    assert not empty, f"{path.name}: empty translations: {empty}"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_placeholders_and_mnemonics_match_the_english(path: Path) -> None:
    wrong = []
    for message in read_ts(path):
        expected = placeholders(message.source)
        for translation in message.translations:
            if placeholders(translation) != expected:
                wrong.append(f"{message.where()} -> {translation!r}")
            if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(translation)):
                wrong.append(f"{message.where()} -> {translation!r} (mnemonic)")
    assert not wrong, f"{path.name}: placeholders differ from the English: {wrong}"


def test_placeholder_check_catches_a_lost_placeholder() -> None:
    assert placeholders("Deleted {count} MOU(s).") != placeholders("양해각서를 삭제했습니다.")
    assert placeholders("%2부터 %1") == placeholders("%1 since %2")  # reordering is fine
    assert placeholders("…외 %n건") == placeholders("…and %n more")


def test_every_text_has_a_context_qt_can_find() -> None:
    """A text lupdate files under no class (a `tr` passed around as a function) is looked up
    at run time under the caller's class, so its translation is never found."""
    orphans = [m.where() for m in read_ts(TS_FILES[0]) if not m.context]
    assert not orphans, (
        f"texts without a translation context (use QCoreApplication.translate with a "
        f"literal context): {orphans}"
    )


def test_base_classes_translate_under_a_fixed_context() -> None:
    """PySide's `self.tr()` looks a text up under the class of the object, so in a base class
    it searches the subclass's context, where lupdate never filed it: a class that others in
    ui/ derive from must use QCoreApplication.translate with its own literal context."""
    classes: dict[str, tuple[Path, ast.ClassDef]] = {}
    base_names: set[str] = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
                base_names |= {base.id for base in node.bases if isinstance(base, ast.Name)}
    offenders = []
    for name in sorted(base_names & classes.keys()):
        path, node = classes[name]
        for call in ast.walk(node):
            func = call.func if isinstance(call, ast.Call) else None
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} ({name})")
    assert base_names & classes.keys(), "found no base classes: the scan is broken"
    assert not offenders, f"self.tr() in base classes: {offenders}"


def test_no_translated_text_inside_an_f_string() -> None:
    """lupdate does not look inside f-string braces: a `tr()` there is never extracted, so it
    stays English in every language."""
    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                func = call.func if isinstance(call, ast.Call) else None
                if isinstance(func, ast.Attribute) and func.attr in ("tr", "translate"):
                    hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not hidden, f"tr()/translate() inside an f-string (translate it first): {hidden}"


def test_ts_files_hold_every_text_of_the_sources(tmp_path: Path) -> None:
    """Translations must not fall behind the code: lupdate over the sources adds nothing."""
    copies = []
    for path in TS_FILES:
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        copies.append(copy)
    sources = sorted(
        str(path) for folder in ("ui", "secretariat") for path in (ROOT / folder).rglob("*.py")
    )
    subprocess.run(
        [str(lupdate()), *sources, "-ts", *map(str, copies), "-no-obsolete", "-silent"],
        check=True,
        capture_output=True,
    )
    for copy in copies:
        new = [m.where() for m in read_ts(copy) if m.kind == "unfinished"]
        assert not new, (
            f"{copy.name}: texts in the sources not yet translated: {new} "
            "(run `make translations` and translate them)"
        )
        known = {(m.context, m.source) for m in read_ts(TRANSLATIONS / copy.name)}
        gone = known - {(m.context, m.source) for m in read_ts(copy)}
        assert not gone, f"{copy.name}: texts no longer in the sources: {sorted(gone)}"


def test_translations_compile_and_load(qapp: object, tmp_path: Path) -> None:
    for path in TS_FILES:
        compiled = tmp_path / path.with_suffix(".qm").name
        subprocess.run(
            [str(lrelease()), "-silent", str(path), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
        translator = QTranslator()
        assert translator.load(str(compiled)), f"{compiled.name} does not load"
        for message in read_ts(path):
            if message.context and "%n" not in message.source:
                shown = translator.translate(message.context, message.source, message.comment)
                assert shown == message.translations[0], message.where()


def test_built_qm_files_load_and_are_current(qapp: object) -> None:
    """The .qm files `make` built (if any) load, and are not older than their .ts."""
    built = [path.with_suffix(".qm") for path in TS_FILES if path.with_suffix(".qm").exists()]
    if not built:
        pytest.skip("no .qm built yet (`make` builds them)")
    for qm in built:
        translator = QTranslator()
        assert translator.load(str(qm)), f"{qm.name} does not load"
        ts = qm.with_suffix(".ts")
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}"
    korean = QTranslator()
    assert korean.load("secretariat_ko", str(TRANSLATIONS))
    assert korean.translate("DashboardPage", "Dashboard") == "대시보드"
    assert korean.translate("AttentionModel", "…and %n more", "", 3) == "…외 %n건"


def test_every_plural_has_its_english_forms(qapp: object) -> None:
    """A text that counts says "1 plan" and "2 plans": every "(s)" is a %n plural, and the
    English file gives each its two forms."""
    english = {m.source: m for m in read_ts(TRANSLATIONS / "secretariat_en.ts")}
    for message in read_ts(TS_FILES[0]):
        if "(s)" in message.source or "(ies)" in message.source:
            assert "%n" in message.source, f"{message.where()}: a plural without %n"
            forms = english[message.source].translations
            assert len(forms) == 2 and "(s)" not in "".join(forms), message.where()
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    i18n.install_translators("en")
    translate = QCoreApplication.translate
    assert translate("CarryOverDialog", "Carry over %n plan(s)", "", 1) == "Carry over 1 plan"
    assert translate("CarryOverDialog", "Carry over %n plan(s)", "", 3) == "Carry over 3 plans"
