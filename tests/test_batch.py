"""Dirty input, accounting and resume (issue: nothing crashes, nothing is lost)."""

import codecs
import json
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from vnextract.batch import checkpoint_path, run_batch

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "Lào Cai: Hội nghị\nNgày 21/1, Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy Bộ đội Biên phòng tỉnh dự hội nghị."


def read_jsonl(p: Path):
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()] if p.exists() else []


@pytest.fixture
def dirty(tmp_path: Path) -> tuple[Path, int]:
    """A folder with one of every kind of bad input; returns it and its number of records."""
    d = tmp_path / "dirty"
    d.mkdir()
    (d / "01-ok.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "02-invalid-utf8.txt").write_bytes(ARTICLE.encode() + b"\xff\xfe\xfa tail")
    (d / "03-utf16-bom.txt").write_bytes(ARTICLE.encode("utf-16"))
    (d / "04-utf16-nobom.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (d / "05-nfd.txt").write_text(unicodedata.normalize("NFD", ARTICLE), encoding="utf-8")
    (d / "06-tcvn3.txt").write_bytes(b"L\xb5o Cai: H\xe9i ngh\xde\nCh\xddnh u\xfe L\xad\xacng V\xa8n S\xacn ph\xb8t bi\xd6u")
    (d / "07-empty.txt").write_bytes(b"")
    (d / "08-blank.txt").write_text("  \n\t\n ", encoding="utf-8")
    (d / "09-huge.txt").write_text("Đại tá Lương Văn Sơn. " * 240_000, encoding="utf-8")  # ~5 MB
    (d / "10-binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "11-html.txt").write_text("Tiêu đề &gt; tin\nNgày 21/1, <b>Đại tá</b> Lương Văn Sơn&nbsp;thăm\x07 Lào Cai.",
                                   encoding="utf-8")
    (d / "12-bom.txt").write_bytes(codecs.BOM_UTF8 + ARTICLE.encode())
    (d / "20-dump.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": ARTICLE}, ensure_ascii=False),
        '{"id": "j2", "text": "cut',
        json.dumps({"id": "j1", "text": ARTICLE}, ensure_ascii=False),  # duplicate id
        json.dumps({"id": "j4", "text": None}),
    ]), encoding="utf-8")
    (d / "30-table.csv").write_text("id,date,text\nc1,21/01/2013,\"Ông Sơn thăm Lào Cai\"\nc2,x\nc3,1/1/2013,a,b\n"
                                    "c4,99/99/2013,\"Bà Hoa\"\n", encoding="utf-8")
    return d, 12 + 4 + 4


def test_every_dirty_record_ends_in_exactly_one_place(dirty, tmp_path):
    folder, n = dirty
    ev, docs, err = tmp_path / "ev.jsonl", tmp_path / "docs.jsonl", tmp_path / "err.jsonl"
    s = run_batch([folder], ev, docs_path=docs, errors_path=err)
    documents, errors = read_jsonl(docs), read_jsonl(err)
    assert s.inputs == n == s.documents + s.errors == len(documents) + len(errors)
    reasons = {Path(e["source"]).name + (f":{e['position']}" if e["position"] != "file" else ""): e for e in errors}
    assert "legacy 8-bit" in reasons["06-tcvn3.txt"]["reason"]
    assert "empty text" in reasons["07-empty.txt"]["reason"] and "empty text" in reasons["08-blank.txt"]["reason"]
    assert "too long" in reasons["09-huge.txt"]["reason"]
    assert "binary" in reasons["10-binary.txt"]["reason"]
    assert "malformed JSON" in reasons["20-dump.jsonl:line 2"]["reason"]
    assert "not text" in reasons["20-dump.jsonl:line 4"]["reason"]
    assert "fields for" in reasons["30-table.csv:row 3"]["reason"] and "fields for" in reasons["30-table.csv:row 4"]["reason"]
    assert all(e["stage"] == "read" and e["id"] for e in errors)
    by_id = {d["id"]: d for d in documents}
    assert by_id["02-invalid-utf8"]["meta"]["replaced_invalid_bytes"] == 3
    assert by_id["03-utf16-bom"]["text"] == ARTICLE == by_id["04-utf16-nobom"]["text"] == by_id["12-bom"]["text"]
    assert by_id["j1~2"]["meta"]["duplicate_id"] == "j1"
    assert by_id["c4"]["date"] is None and "unreadable date" in by_id["c4"]["meta"]["date_error"]
    for d in documents:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    html = by_id["11-html"]
    assert ("PER", "Lương Văn Sơn") in {(e["label"], e["text"]) for e in html["entities"]}
    nfd = {(e["label"], unicodedata.normalize("NFC", e["text"])) for e in by_id["05-nfd"]["entities"]}
    assert ("PER", "Lương Văn Sơn") in nfd and ("TITLE", "Chính uỷ") in nfd
    assert s.error_stages == {"read": len(errors)}


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "vnextract.cli", "extract", *args, "--quiet"]


def test_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path, seed_text):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(30):
        (src / f"a{i:02d}.txt").write_text(seed_text[: 600 + 90 * i], encoding="utf-8")
    full = tmp_path / "full"
    subprocess.run(_cli(str(src), "-o", str(full / "ev.jsonl"), "--docs", str(full / "docs.jsonl")),
                   check=True, cwd=ROOT)

    part = tmp_path / "part"
    args = _cli(str(src), "-o", str(part / "ev.jsonl"), "--docs", str(part / "docs.jsonl"))
    proc = subprocess.Popen(args, cwd=ROOT)
    ckpt = checkpoint_path(part / "ev.jsonl")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if ckpt.exists() and len(ckpt.read_text().splitlines()) >= 8:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = len(ckpt.read_text().splitlines())
    assert 8 <= done < 30, "the kill must land in the middle of the run"

    subprocess.run(args + ["--resume"], check=True, cwd=ROOT)
    for name in ("ev.jsonl", "docs.jsonl"):
        assert (part / name).read_bytes() == (full / name).read_bytes()
    ids = [d["id"] for d in read_jsonl(part / "docs.jsonl")]
    assert ids == sorted(set(ids)) and len(ids) == 30


def test_resume_cuts_a_half_written_line(tmp_path, seed_text):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"b{i}.txt").write_text(seed_text[: 500 * (i + 1)], encoding="utf-8")
    ev, docs = tmp_path / "ev.jsonl", tmp_path / "docs.jsonl"
    run_batch([src], ev, docs_path=docs)
    whole = docs.read_bytes()
    # simulate a crash after record 2: checkpoint of 2 records, a torn third line
    lines = checkpoint_path(ev).read_text().splitlines(keepends=True)
    checkpoint_path(ev).write_text("".join(lines[:2]) + "3\t12", encoding="utf-8")
    with open(docs, "r+b") as fh:
        fh.truncate(len(whole) - 17)
    s = run_batch([src], ev, docs_path=docs, resume=True)
    assert (s.skipped, s.documents) == (2, 1)
    assert docs.read_bytes() == whole
