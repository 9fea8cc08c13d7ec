"""An exchange file's payload read a block at a time: lines across blocks, and bad lines
named by their number."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from secretariat.exchange import container
from secretariat.exchange.container import PAYLOAD, VerifiedFile
from secretariat.exchange.keys import ExchangeError


def _file(tmp_path: Path, payload: bytes) -> VerifiedFile:
    path = tmp_path / "f.secx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PAYLOAD, payload)
    return VerifiedFile(path, {})


def test_records_come_whole_and_numbered_across_blocks(tmp_path: Path) -> None:
    long_text = "가" * (container.CHUNK + 12345)  # one record over two blocks and more
    lines = [{"t": "team", "n": 1}, {"t": "plan", "text": long_text}, {"t": "team", "n": 3}]
    payload = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)
    records = list(_file(tmp_path, payload).records())
    assert [record["_line"] for record in records] == [1, 2, 3]
    assert records[1]["text"] == long_text
    assert records[2]["n"] == 3


@pytest.mark.parametrize(
    ("third_line", "said"),
    [(b'{"t": "team"', "payload line 3: Expecting"), (b'{"t": "\xff"}', "payload line 3:"),
     (b"[1, 2]", "payload line 3: not a record")],
)  # fmt: skip
def test_a_bad_line_is_named_by_its_number(tmp_path: Path, third_line: bytes, said: str) -> None:
    payload = b'{"n": 1}\n{"n": 2}\n' + third_line + b'\n{"n": 4}\n'
    with pytest.raises(ExchangeError, match=said):
        list(_file(tmp_path, payload).records())


def test_a_line_over_the_limit_is_refused_before_it_is_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(container, "MAX_LINE_BYTES", 3 * container.CHUNK)
    payload = b'{"n": 1}\n{"text": "' + b"x" * (4 * container.CHUNK) + b'"}\n'
    with pytest.raises(ExchangeError, match="longer than"):
        list(_file(tmp_path, payload).records())
