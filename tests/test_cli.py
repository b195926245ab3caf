import json

import jsonschema
import pytest
from typer.testing import CliRunner

from vnextract.cli import app
from vnextract.records import load_schema

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

runner = CliRunner()


def read_jsonl(p):
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]


def test_every_command_has_help():
    for cmd in ("extract", "evaluate", "convert", "render"):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Usage" in r.output


def test_extract_data_raw_writes_valid_events_and_documents(tmp_path):
    ev, docs, errs = tmp_path / "ev.jsonl", tmp_path / "docs.jsonl", tmp_path / "err.jsonl"
    r = runner.invoke(app, ["extract", str(ROOT / "data" / "raw"), "-o", str(ev), "--docs", str(docs),
                            "--errors", str(errs)])
    assert r.exit_code == 0, r.output
    documents = read_jsonl(docs)
    assert sorted(d["id"] for d in documents) == ["laocai-2013-01-21", "sample-1", "sample-2", "sample-3"]
    for d in documents:
        jsonschema.validate(d, load_schema("document"))
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    by_id = {d["id"]: d for d in documents}
    assert by_id["sample-2"]["date"] == "2024-05-20"
    events = read_jsonl(ev)
    assert events, "the seed article reports a meeting"
    for e in events:
        jsonschema.validate(e, load_schema("event"))
        text = by_id[e["doc_id"]]["text"]
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert "4 documents" in r.stderr and "chars/s" in r.stderr


def test_extract_from_stdin_jsonl(tmp_path):
    ev = tmp_path / "ev.jsonl"
    docs = tmp_path / "d.jsonl"
    line = json.dumps({"id": "x", "date": "22/01/2013 10:00", "text": "Ngày 21/1, Đại tá Lương Văn Sơn thăm Lào Cai."},
                      ensure_ascii=False)
    r = runner.invoke(app, ["extract", "-", "-o", str(ev), "--docs", str(docs), "--quiet"], input=line + "\n")
    assert r.exit_code == 0, r.output
    (d,) = read_jsonl(docs)
    assert d["date"] == "2013-01-22"
    assert {"label": "DATE", "text": "Ngày 21/1", "value": "2013-01-21"}.items() <= \
        {k: v for k, v in d["entities"][0].items() if k in ("label", "text", "value")}.items()
    assert r.stderr == ""


def test_extract_csv_with_field_options(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("link,ngay,noi_dung\nu1,14/06/2025 08:30,\"Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\"\n",
                 encoding="utf-8")
    docs = tmp_path / "d.jsonl"
    r = runner.invoke(app, ["extract", str(p), "-o", str(tmp_path / "e.jsonl"), "--docs", str(docs),
                            "--id-field", "link", "--date-field", "ngay", "--text-field", "noi_dung", "-q"])
    assert r.exit_code == 0, r.output
    (d,) = read_jsonl(docs)
    assert (d["id"], d["date"]) == ("u1", "2025-06-14")


def test_bad_records_go_to_errors_and_counts_add_up(tmp_path):
    p = tmp_path / "dirty.jsonl"
    p.write_text('{"id": "ok", "text": "Ông Nguyễn Văn An thăm Hà Nội."}\n{broken\n{"id": "e", "text": ""}\n',
                 encoding="utf-8")
    err = tmp_path / "err.jsonl"
    docs = tmp_path / "d.jsonl"
    r = runner.invoke(app, ["extract", str(p), "-o", str(tmp_path / "e.jsonl"), "--docs", str(docs),
                            "--errors", str(err)])
    assert r.exit_code == 0
    errors = read_jsonl(err)
    assert [(e["position"], e["stage"]) for e in errors] == [("line 2", "read"), ("line 3", "read")]
    assert len(read_jsonl(docs)) + len(errors) == 3
    assert "1 documents, " in r.stderr and "2 errors" in r.stderr


@pytest.mark.parametrize("args,needle", [
    (["extract", "no/such/dir", "-o", "x.jsonl"], "no such file"),
    (["extract", "data/raw", "-o", "x.jsonl", "--format", "xml"], "unknown --format"),
    (["extract", "data/raw", "-o", "x.jsonl", "--rules", "no/such"], "not a folder"),
])
def test_unusable_arguments_exit_1_with_a_hint(args, needle, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    r = runner.invoke(app, args)
    assert r.exit_code == 1
    assert needle in r.stderr and "Hint:" in r.stderr


def test_rules_folder_extends_the_lexicons(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "org_abbreviations.tsv").write_text("term\tcanonical\tkind\nBQLDA\tBan Quản lý dự án\torg\n", encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r", "text": "Ông Nguyễn Văn An, Giám đốc BQLDA tỉnh Lào Cai, cho biết."},
                              ensure_ascii=False), encoding="utf-8")
    docs = tmp_path / "d.jsonl"
    base = ["extract", str(src), "-o", str(tmp_path / "e.jsonl"), "--docs", str(docs), "-q"]
    assert runner.invoke(app, base).exit_code == 0
    assert "ORG" not in {e["label"] for e in read_jsonl(docs)[0]["entities"]}
    assert runner.invoke(app, base + ["--rules", str(rules)]).exit_code == 0
    org = [e for e in read_jsonl(docs)[0]["entities"] if e["label"] == "ORG"]
    assert [(o["text"], o["canonical"]) for o in org] == [("BQLDA tỉnh Lào Cai", "Ban Quản lý dự án tỉnh Lào Cai")]


def test_malformed_user_rules_exit_1_with_the_file_named(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "ranks.tsv").write_text("name\tgroup\nĐại tá\tarmy\n", encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "r", "text": "Đại tá Lương Văn Sơn"}\n', encoding="utf-8")
    r = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "e.jsonl"), "--rules", str(rules), "-q"])
    assert r.exit_code == 1
    assert "ranks.tsv" in r.stderr and "[V001]" in r.stderr
