import codecs
import io
import json

import pytest

from vnextract.errors import InputFormatError
from vnextract.io import Fields, JsonlWriter, decode, parse_date, read_inputs
from vnextract.records import Failure

TEXT = "Lào Cai: Sơ kết\nNgày 21/1, Chính uỷ Lương Văn Sơn phát biểu."


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), None),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),  # with BOM
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # without BOM
    (TEXT.encode("utf-16-be"), "utf-16-be"),
])
def test_decode_detects_unicode_encodings(data, encoding):
    text, notes = decode(data)
    assert text == TEXT
    assert notes.get("encoding") == encoding


def test_a_few_invalid_bytes_are_replaced_and_counted():
    text, notes = decode(TEXT.encode("utf-8") + b"\xff tail")
    assert text.endswith("\ufffd tail") and notes["replaced_invalid_bytes"] == 1


def test_legacy_vietnamese_8bit_text_is_rejected_with_a_clear_reason():
    # "Chính uỷ Lương Văn Sơn" as TCVN3 (ABC) bytes
    data = b"Ch\xddnh u\xfe L\xad\xacng V\xa8n S\xacn ph\xb8t bi\xd6u t\xb9i h\xe9i ngh\xde"
    with pytest.raises(InputFormatError, match="legacy 8-bit Vietnamese") as e:
        decode(data)
    assert "UTF-8" in e.value.hint


def test_binary_junk_is_rejected():
    with pytest.raises(InputFormatError, match="binary"):
        decode(bytes(range(256)) * 4)


@pytest.mark.parametrize("raw,iso", [
    ("14/06/2025 08:30", "2025-06-14"), ("1/2/2013", "2013-02-01"), ("2013-01-21", "2013-01-21"),
    ("2013-01-21T09:00:00+07:00", "2013-01-21"), ("", None), (None, None),
])
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso


def test_parse_date_rejects_nonsense():
    with pytest.raises(InputFormatError):
        parse_date("31/02/2013")


def test_txt_folder_yields_one_record_per_file_with_title(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    recs = list(read_inputs([tmp_path]))
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[0]["title"] == "Lào Cai: Sơ kết" and recs[1]["text"] == TEXT
    assert recs[0]["position"] == "file"


def test_crlf_text_is_kept_as_read(tmp_path):
    (tmp_path / "c.txt").write_bytes("Tiêu đề\r\nThân bài".encode("utf-8"))
    (rec,) = read_inputs([tmp_path / "c.txt"])
    assert rec["text"] == "Tiêu đề\r\nThân bài" and rec["title"] == "Tiêu đề"


def test_jsonl_fields_dates_and_bad_lines(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "x1", "title": "Tiêu đề", "text": "Nội dung.", "date": "21/01/2013 08:00"}, ensure_ascii=False),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "x4", "body": "Thân."}),
    ]), encoding="utf-8")
    out = list(read_inputs([p]))
    assert out[0]["text"] == "Tiêu đề\nNội dung." and out[0]["date"] == "2013-01-21"
    assert isinstance(out[1], Failure) and out[1].position == "line 2" and "malformed JSON" in out[1].reason
    assert isinstance(out[2], Failure) and "object" in out[2].reason
    assert out[3]["text"] == "Thân."  # 'body' is one of the text field names tried


def test_jsonl_explicit_fields(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"key": "k", "noi_dung": "Văn bản", "ngay": "2025-06-14"}, ensure_ascii=False), encoding="utf-8")
    (rec,) = read_inputs([p], fields=Fields(id="key", text="noi_dung", date="ngay"))
    assert (rec["id"], rec["text"], rec["date"]) == ("k", "Văn bản", "2025-06-14")


def test_csv_like_baochinhphu_with_bad_rows(tmp_path):
    p = tmp_path / "bcp.csv"
    p.write_text(
        "url,title,publish_date,summary\n"
        "https://x/1,Tiêu đề một,14/06/2025 08:30,\"Thủ tướng tiếp Đại sứ, nói.\"\n"
        "https://x/2,thiếu cột\n"
        "https://x/3,T,01/01/2025 00:00,S,extra\n",
        encoding="utf-8-sig")
    out = list(read_inputs([p]))
    assert out[0]["id"] == "https://x/1" and out[0]["date"] == "2025-06-14"
    assert out[0]["text"] == "Tiêu đề một\nThủ tướng tiếp Đại sứ, nói."
    assert all(isinstance(o, Failure) for o in out[1:]) and out[1].position == "row 3"


def test_stdin_jsonl():
    stdin = io.BufferedReader(io.BytesIO('{"id": "s", "text": "Xin chào"}\n'.encode()))
    (rec,) = read_inputs(["-"], stdin=stdin)
    assert rec["id"] == "s"


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputFormatError, match="no such file"):
        list(read_inputs([tmp_path / "nope"]))


def test_jsonl_writer_writes_utf8_lines(tmp_path):
    p = tmp_path / "o.jsonl"
    with JsonlWriter(p) as w:
        w.write({"text": "Lào Cai"})
        w.write({"text": "uỷ"})
    assert p.read_text(encoding="utf-8") == '{"text": "Lào Cai"}\n{"text": "uỷ"}\n'
