"""The briefing packs as a reader gets them, read back from the PDFs: Korean words whole,
English words never cut, print no smaller than 8 points, tables that end well, change figures
in each language's unit."""

from __future__ import annotations

import itertools
import math
import re
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, select, text

import exports.pdf.record_tables
import exports.pdf.summary
import exports.pdf.text
import secretariat.labels
from exports.pdf.briefing import BriefingRenderer, write_briefing_pack
from exports.pdf.pages import TablePart
from secretariat.db import open_database
from secretariat.labels import Label
from secretariat.models import Conference, Plan, Team
from secretariat.progress import run_to_end

NUMBERS = range(1, 7)  # every demo conference, the planned 6th too
PAIRS = (("ko", "zh"), ("en", "ko"), ("zh", "ja"))


@dataclass(frozen=True)
class Pack:
    path: Path
    number: int
    languages: tuple[str, str]
    parts: list[TablePart]


@pytest.fixture(scope="module")
def demo_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("print") / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    open_database(path).close()  # upgraded once, so read-only opens work
    return path


@pytest.fixture(scope="module")
def packs(demo_path: Path) -> dict[tuple[int, tuple[str, str]], Pack]:
    """The pack of every demo conference in each pair of languages, with its tables' parts
    as they were drawn."""
    db = open_database(demo_path, read_only=True)
    written = {}
    try:
        for number in NUMBERS:
            for pair in PAIRS:
                path = demo_path.parent / f"pack-{number}-{'-'.join(pair)}.pdf"
                renderer = BriefingRenderer(db, number, pair)
                run_to_end(renderer.render(path))
                written[number, pair] = Pack(path, number, pair, renderer.table_parts)
    finally:
        db.close()
    return written


def page_texts(path: Path) -> list[str]:
    """Each page's text in content order: a wrapped cell's lines follow one another."""
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [unicodedata.normalize("NFKC", page) for page in result.stdout.split("\f")[:-1]]


def with_languages(packs: dict[Any, Pack], language: str) -> Iterator[Pack]:
    return (pack for pack in packs.values() if language in pack.languages)


def test_every_korean_word_of_every_plan_title_is_whole(
    packs: dict[Any, Pack], demo_path: Path
) -> None:
    db = open_database(demo_path, read_only=True)
    try:
        with db.read() as session:
            titles = {
                number: [unicodedata.normalize("NFKC", title) for title in found]
                for number in NUMBERS
                if (
                    found := list(
                        session.scalars(
                            select(Plan.title_ko)
                            .join(Conference)
                            .where(Conference.number == number)
                        )
                    )
                )
            }
    finally:
        db.close()
    assert sum(len(found) for found in titles.values()) > 100
    for pack in with_languages(packs, "ko"):
        text = "\n".join(page_texts(pack.path))
        broken = [
            word
            for title in titles.get(pack.number, [])
            for word in title.split()
            if word not in text
        ]
        assert broken == [], (pack.path.name, broken[:5])
        # Search finds them too: the title of plan 5-CUL-05 holds 프로젝트.
    assert "프로젝트" in "\n".join(page_texts(packs[5, ("ko", "zh")].path))


def english_vocabulary(demo_path: Path) -> set[str]:
    """Every Latin word the documents may print: the records' texts and every label."""
    words: set[str] = set()
    db = open_database(demo_path, read_only=True)
    try:
        with db.engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                    words.update(latin_words(str(value) for value in row if value))
    finally:
        db.close()
    for module in (
        secretariat.labels,
        exports.pdf.text,
        exports.pdf.summary,
        exports.pdf.record_tables,
    ):
        words.update(latin_words(label_texts(vars(module).values())))
    return words


def label_texts(values: Iterable[Any]) -> Iterator[str]:
    for value in values:
        if isinstance(value, Label):
            yield from value
        elif isinstance(value, dict):
            yield from label_texts(value.values())


def latin_words(texts: Iterable[str]) -> set[str]:
    return {word for value in texts for word in re.findall(r"[A-Za-z]+", value)}


def test_no_english_word_is_cut(packs: dict[Any, Pack], demo_path: Path) -> None:
    vocabulary = english_vocabulary(demo_path)
    assert {"Long", "term", "Proposed", "Conference"} <= vocabulary
    for pack in with_languages(packs, "en"):
        for number, page in enumerate(page_texts(pack.path), start=1):
            strangers = set(re.findall(r"[A-Za-z]+", page)) - vocabulary
            assert strangers == set(), (pack.path.name, number, strangers)
            # A line break inside a word would leave its halves on two lines.
            lines = page.splitlines()
            for above, below in itertools.pairwise(lines):
                left, right = re.search(r"[A-Za-z]+$", above), re.match(r"[A-Za-z]+", below)
                joined = left[0] + right[0] if left and right else ""
                if len(joined) > 2 and joined in vocabulary:
                    # Halves that are words themselves ("ter", "m") must still be words of
                    # two letters at least to be taken for two words ("Side A" over "A측"
                    # is two).
                    halves = (joined[: len(left[0])], joined[len(left[0]) :])
                    assert set(halves) <= vocabulary and min(map(len, halves)) > 1, (
                        pack.path.name,
                        above,
                        below,
                    )


Run = tuple[int, float, float, str]


@pytest.fixture(scope="module")
def runs(packs: dict[Any, Pack]) -> dict[Any, list[Run]]:
    """Every pack's text runs (reading them is slow: once for the tests that need them)."""
    return {key: list(glyph_sizes(pack.path)) for key, pack in packs.items()}


def glyph_sizes(path: Path) -> Iterator[Run]:
    """(page, size in points, baseline height, text) of every text run of the document."""
    for number, page in enumerate(PdfReader(path).pages, start=1):
        yield from page_runs(number, page)


def page_runs(number: int, page: Any) -> list[Run]:
    """A page's text runs, with the size as drawn: font size times the text and current
    matrices' scale."""
    runs: list[Run] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            runs.append((number, round(size * scale, 2), cm[5] + tm[5] * cm[3], text))

    page.extract_text(visitor_text=visit)
    return runs


def test_nothing_is_printed_under_8_points_and_the_body_is_read_at_9_5(
    packs: dict[Any, Pack], runs: dict[Any, list[Run]]
) -> None:
    for key, pack in packs.items():
        sizes: Counter[float] = Counter()
        for page, size, _y, run in runs[key]:
            assert size >= 8, (pack.path.name, page, size, run)
            sizes[size] += len(run)
        assert sizes.most_common(1)[0][0] >= 9.5, (pack.path.name, sizes.most_common(3))


CONTINUED = {"ko": "(계속)", "zh": "（续）", "en": "(continued)", "ja": "（続き）"}
SHOWN = {language: unicodedata.normalize("NFKC", mark) for language, mark in CONTINUED.items()}


def test_tables_end_well(packs: dict[Any, Pack]) -> None:
    continued_somewhere = False
    for pack in packs.values():
        pages = page_texts(pack.path)
        for part in pack.parts:
            if part.first_index == 0:
                continue
            continued_somewhere = True
            # A continuation: its title, marked in both languages, and three rows at least.
            for language in pack.languages:
                assert CONTINUED[language] in part.title, (pack.path.name, part)
                assert SHOWN[language] in pages[part.page - 1], (pack.path.name, part)
            assert part.rows >= 3, (pack.path.name, part)
        # The first part of a table that goes on holds three rows too.
        for part, after in zip(pack.parts, pack.parts[1:], strict=False):
            if after.first_index > 0 and part.first_index == 0:
                assert part.rows >= 3, (pack.path.name, part)
    assert continued_somewhere  # the demo has tables longer than a page


TITLE_SIZES = {15.0, 11.5, 9.0}  # headings, table titles, the dates under a title


def test_no_page_ends_with_a_title(packs: dict[Any, Pack], runs: dict[Any, list[Run]]) -> None:
    for key, pack in packs.items():
        by_page: dict[int, list[tuple[float, float, str]]] = {}
        for page, size, y, run in runs[key]:
            by_page.setdefault(page, []).append((y, size, run))
        for page, page_runs in by_page.items():
            if page == 1:
                continue  # the cover
            # The body's last line (above the footer): not all of it in a title's sizes. (A
            # table with no rows is one line of title and body-sized words, which may.)
            body = [run for run in page_runs if run[0] > 60]
            bottom = min(run[0] for run in body)
            last_line = [run for run in body if run[0] < bottom + 2]
            sizes = {size for _y, size, _text in last_line}
            assert not sizes <= TITLE_SIZES, (pack.path.name, page, last_line)


UNITS = {"ko": "%p", "zh": "百分点", "en": " pp", "ja": "ポイント"}


def test_change_figures_in_each_languages_unit(packs: dict[Any, Pack]) -> None:
    for number in (2, 3, 4, 5):  # conferences with a previous one to compare with
        for pair in PAIRS:
            text = "\n".join(page_texts(packs[number, pair].path))
            for language in pair:
                assert re.search(rf"[+-]\d+\.\d{re.escape(UNITS[language])}", text), pair
            if "en" not in pair:
                assert " pp" not in text and "pp)" not in text


def test_a_conference_not_yet_held_says_why_it_shows_no_results(
    packs: dict[Any, Pack],
) -> None:
    text = "\n".join(page_texts(packs[6, ("ko", "zh")].path))
    assert "제6차 회의는 아직 열리지 않아" in text
    assert "第六届会议尚未举行" in text
    held = "\n".join(page_texts(packs[5, ("ko", "zh")].path))
    assert "아직 열리지 않아" not in held


def test_the_document_says_its_languages_title_and_author(packs: dict[Any, Pack]) -> None:
    for (number, pair), pack in packs.items():
        reader = PdfReader(pack.path)
        tags = {"ko": "ko", "zh": "zh-Hans", "en": "en", "ja": "ja"}
        assert reader.trailer["/Root"]["/Lang"] == tags[pair[0]]
        xmp = reader.xmp_metadata
        assert xmp is not None
        assert xmp.dc_language == [tags[language] for language in pair]
        titles, subjects = xmp.dc_title, xmp.dc_description
        for language in pair:
            assert f"{number}" in titles[tags[language]] or "第" in titles[tags[language]]
            assert subjects[tags[language]].endswith(titles[tags[language]])
        if "ko" in pair:
            assert "동주–운해 교류협력 공동위원회" in xmp.dc_creator[0]
        assert reader.metadata is not None and reader.metadata.title == " / ".join(
            titles[tags[language]] for language in pair
        )


def test_the_team_sheet_keeps_korean_words_whole_and_prints_at_8_points_or_more(
    demo_path: Path,
) -> None:
    db = open_database(demo_path, read_only=True)
    try:
        for code in ("ECO", "CUL"):
            path = demo_path.parent / f"sheet-{code}.pdf"
            run_to_end(
                write_briefing_pack(db, path, conference=5, team=code, languages=("ko", "zh"))
            )
            text = "\n".join(page_texts(path))
            with db.read() as session:
                titles = session.scalars(
                    select(Plan.title_ko)
                    .join(Conference, Conference.id == Plan.conference_id)
                    .join(Team, Team.id == Plan.team_id)
                    .where(Conference.number == 5, Team.code == code)
                )
                words = [word for title in titles for word in title.split()]
            assert words and [word for word in words if word not in text] == []
            assert min(size for _page, size, _y, _run in glyph_sizes(path)) >= 8
    finally:
        db.close()
