"""Files an exchange refuses before anything is read into the database: altered after
signing, signed by a key not pinned, made for another site, not a file at all, or made at
another schema revision."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretariat.migrations import HEAD_REVISION
from tests.unit.exchange_sites import records_at, rewrite, run, started_sites


@pytest.fixture
def two_sites(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Side A with the demo committee, side B started from A's first (full) file."""
    return started_sites(demo_template, tmp_path)


def test_tampered_foreign_and_misaddressed_files_are_refused_before_reading(
    two_sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, partner = two_sites
    assert run("--db", office, "edit", "plan", "1-ECO-01", "--set", "title_en=Signed") == 0
    good = tmp_path / "a1.secx"
    assert run("--db", office, "exchange", "export", "-o", good) == 0
    before = records_at(partner)

    payload = tmp_path / "payload.secx"
    rewrite(good, payload, "payload.jsonl", b"Signed", b"Forged")
    manifest = tmp_path / "manifest.secx"
    rewrite(good, manifest, "manifest.json", b'"sequence": 2', b'"sequence": 9')
    capsys.readouterr()
    assert run("--db", partner, "exchange", "import", payload) == 1
    assert "SHA-256 differs" in capsys.readouterr().err
    assert run("--db", partner, "exchange", "import", manifest) == 1
    assert "signature does not match" in capsys.readouterr().err

    stranger = tmp_path / "c.db"
    assert run("--db", stranger, "init") == 0
    assert run("--db", stranger, "exchange", "init", "--side", "B") == 0
    assert run("--db", stranger, "exchange", "trust", tmp_path / "site0.key") == 0
    capsys.readouterr()
    assert run("--db", stranger, "exchange", "import", good) == 1
    assert "not this one" in capsys.readouterr().err
    assert run("--db", stranger, "exchange", "key", "-o", tmp_path / "c.key") == 0
    assert run("--db", office, "exchange", "trust", tmp_path / "c.key") == 0
    foreign = tmp_path / "c1.secx"
    assert run("--db", stranger, "exchange", "export", "-o", foreign) == 0
    capsys.readouterr()
    assert run("--db", partner, "exchange", "import", foreign) == 1
    assert "not pinned" in capsys.readouterr().err

    not_a_file = tmp_path / "junk.secx"
    not_a_file.write_bytes(b"PK\x03\x04 not really")
    assert run("--db", partner, "exchange", "import", not_a_file) == 1
    assert records_at(partner) == before
    assert run("--db", partner, "exchange", "import", good) == 0  # the real one still goes in


def test_a_file_of_another_schema_names_the_revision_to_upgrade_to(
    two_sites: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office, partner = two_sites
    import secretariat.exchange.export as export_module

    monkeypatch.setattr(export_module, "HEAD_REVISION", "0099_future")
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "new.secx") == 0
    monkeypatch.setattr(export_module, "HEAD_REVISION", "0010_change_notices")
    assert run("--db", office, "exchange", "export", "-o", tmp_path / "old.secx") == 0
    capsys.readouterr()
    assert run("--db", partner, "exchange", "import", tmp_path / "new.secx") == 1
    assert "upgrade Secretariat to read it" in capsys.readouterr().err
    assert run("--db", partner, "exchange", "import", tmp_path / "old.secx") == 1
    expected = f"must upgrade Secretariat to schema {HEAD_REVISION}"
    assert expected in capsys.readouterr().err
