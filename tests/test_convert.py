"""Converters into the gold schema, on small fixtures under tests/fixtures/convert/."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnextract.convert import _detok_map, _nfc_map, convert, join_tokens, map_bkee_event, parse_map
from vnextract.errors import InputFormatError, SchemaError

FIX = Path(__file__).parent / "fixtures" / "convert"
BKEE_DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "bkee" / "dev"
MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "GPE": "LOC", "TIME": "DATE"}


def ents(d):
    return [(e.label, e.start, e.end, e.text) for e in d.entities]


def check_offsets(d):
    for e in d.entities:
        assert d.text[e.start:e.end] == e.text
    for ev in d.events:
        assert d.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        ids = {e.id for e in d.entities}
        assert all(i in ids for v in ev.args.values() for i in v)


# ------------------------------------------------------------------ CoNLL


def test_conll_vlsp2016_underscores_and_columns():
    docs = list(convert("conll", FIX / "vlsp2016.conll"))
    assert [d.id for d in docs] == ["vlsp2016-00001", "vlsp2016-00002"]
    assert docs[0].text == "Ông Nguyễn Văn A làm việc tại Sở Y tế Hà Nội."
    # column 4 is the NER column; the nested column 5 (LOC Hà Nội inside the ORG) is not read
    assert ents(docs[0]) == [("PER", 4, 16, "Nguyễn Văn A"), ("ORG", 30, 44, "Sở Y tế Hà Nội")]
    assert docs[1].text == "Ngày 21/1, ông (Trần B) đến Lào Cai."
    assert ents(docs[1]) == [("PER", 16, 22, "Trần B"), ("LOC", 28, 35, "Lào Cai")]
    assert docs[0].meta == {"converted_from": "conll", "nfc": False}


@pytest.mark.parametrize("name", ["phoner_syllable.conll", "phoner_word.conll"])
def test_conll_phoner_syllable_and_word_level(name):
    (d,) = convert("conll", FIX / name, {"LOCATION": "LOC", "ORGANIZATION": "ORG"})
    assert d.text == "Bệnh nhân số 91 là phi công người Anh tại Bệnh viện Chợ Rẫy."
    assert ents(d) == [("LOC", 34, 37, "Anh"), ("ORG", 42, 59, "Bệnh viện Chợ Rẫy")]
    assert d.meta["dropped"] == {"JOB": 1, "PATIENT_ID": 1}


def test_conll_docstart_groups_sentences(tmp_path):
    p = tmp_path / "x.conll"
    p.write_text("-DOCSTART- O\n\nHà_Nội B-LOC\n. O\n\nHuế B-LOC\n\n-DOCSTART- O\n\nAn B-PER\n", encoding="utf-8")
    docs = list(convert("conll", p))
    assert [d.text for d in docs] == ["Hà Nội.\nHuế", "An"]
    assert ents(docs[0]) == [("LOC", 0, 6, "Hà Nội"), ("LOC", 8, 11, "Huế")]


def test_conll_bad_tag(tmp_path):
    p = tmp_path / "bad.conll"
    p.write_text("Hà_Nội LOCATION\n", encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"bad.conll:1.*not a BIO tag"):
        list(convert("conll", p))


def test_conll_nfd_source_is_nfc_normalized(tmp_path):
    p = tmp_path / "nfd.conll"
    p.write_text(unicodedata.normalize("NFD", "Ông O\nNguyễn_Huệ B-PER\n"), encoding="utf-8")
    (d,) = convert("conll", p)
    assert d.text == "Ông Nguyễn Huệ" and d.meta["nfc"] is True
    assert ents(d) == [("PER", 4, 14, "Nguyễn Huệ")]


# ------------------------------------------------------------------ PhoNER JSON


@pytest.mark.parametrize("name", ["phoner_syllable.jsonl", "phoner_word.jsonl"])
def test_phoner_json(name):
    docs = list(convert("phoner", FIX / name, {"LOCATION": "LOC", "ORGANIZATION": "ORG"}))
    assert [d.text for d in docs] == ["Bệnh nhân 91 ở quận Bình Thạnh.", "Ngày 20/3, Bộ Y tế thông báo"]
    assert ents(docs[0]) == [("LOC", 15, 30, "quận Bình Thạnh")]
    assert ents(docs[1]) == [("DATE", 0, 9, "Ngày 20/3"), ("ORG", 11, 18, "Bộ Y tế")]
    assert docs[0].meta == {"converted_from": "phoner", "nfc": False, "dropped": {"PATIENT_ID": 1}}


def test_phoner_length_mismatch(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"words": ["a", "b"], "tags": ["O"]}\n', encoding="utf-8")
    with pytest.raises(InputFormatError, match="2 words but 1 tags"):
        list(convert("phoner", p))


# ------------------------------------------------------------------ ENAMEX


def test_enamex_nested_keeps_outermost():
    (d,) = convert("enamex", FIX / "vlsp2018_enamex.txt", MAP)
    assert d.text.startswith("Ông Nguyễn Văn A, Giám đốc Sở Y tế Hà Nội, đã đến Lào Cai.\nHãng iPhone")
    assert ents(d) == [("PER", 4, 16, "Nguyễn Văn A"), ("ORG", 27, 41, "Sở Y tế Hà Nội"), ("LOC", 50, 57, "Lào Cai")]
    assert d.meta == {"converted_from": "enamex", "nfc": False, "dropped": {"MISCELLANEOUS": 1}}


def test_enamex_unbalanced(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_text('<ENAMEX TYPE="PERSON">An\n', encoding="utf-8")
    with pytest.raises(InputFormatError, match="left open"):
        list(convert("enamex", p))


# ------------------------------------------------------------------ brat


def test_brat_underscores_detok_and_event():
    (d,) = convert("brat", FIX / "bkee_sample.txt", MAP)
    check_offsets(d)
    assert d.text.splitlines() == [
        "Công an tỉnh Lào Cai đã bắt giữ Nguyễn Văn A (30 tuổi) tại Hà Nội ngày 21/1.",
        'Đoàn công tác đến thăm Bát Xát, "rất vui".',
        "Một người chết.",
    ]
    assert ents(d) == [("ORG", 0, 20, "Công an tỉnh Lào Cai"), ("PER", 32, 44, "Nguyễn Văn A"),
                       ("LOC", 59, 65, "Hà Nội"), ("DATE", 66, 75, "ngày 21/1"), ("LOC", 100, 107, "Bát Xát"),
                       ("PER", 120, 129, "Một người")]
    e1, e2 = d.events  # the Die event has no counterpart and is dropped
    assert (e1.type, e1.trigger.text, e1.trigger.start) == ("ARREST", "bắt giữ", 24)
    assert e1.args == {"AGENT": ["T1"], "TARGET": ["T3"], "LOC": ["T4"], "DATE": ["T5"]}
    assert (e2.type, e2.trigger.text, e2.args) == ("VISIT", "đến thăm", {"LOC": ["T7"]})
    assert d.meta == {"converted_from": "brat", "nfc": False, "dropped_events": {"Die": 1}, "detokenized": True}


def test_brat_unmapped_labels_and_ann_path():
    (d,) = convert("brat", FIX / "bkee_sample.ann")  # the .ann path works too; no label map
    assert {e.label for e in d.entities} == {"ORG", "PER"}
    assert d.meta["dropped"] == {"GPE": 2, "TIME": 1}
    assert d.events[0].args == {"AGENT": ["T1"], "TARGET": ["T3"]}


def test_brat_nfd_source(tmp_path):
    for suffix in (".txt", ".ann"):
        src = (FIX / f"bkee_sample{suffix}").read_text(encoding="utf-8")
        if suffix == ".txt":
            (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", src), encoding="utf-8")
        else:  # recompute offsets for the NFD text
            nfd = unicodedata.normalize("NFD", (FIX / "bkee_sample.txt").read_text(encoding="utf-8"))
            lines = []
            for ln in src.splitlines():
                if ln.startswith("T"):
                    tid, rest, s = ln.split("\t")
                    typ = rest.split()[0]
                    s = unicodedata.normalize("NFD", s)
                    i = nfd.index(s)
                    ln = f"{tid}\t{typ} {i} {i + len(s)}\t{s}"
                lines.append(ln)
            (tmp_path / "nfd.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d,) = convert("brat", tmp_path, MAP)
    (ref,) = convert("brat", FIX / "bkee_sample.txt", MAP)
    assert d.meta["nfc"] is True and unicodedata.is_normalized("NFC", d.text)
    assert d.text == ref.text and ents(d) == ents(ref)
    assert [e.to_dict() for e in d.events] == [e.to_dict() for e in ref.events]


@pytest.mark.parametrize(("bkee", "trigger", "ours"), [
    ("Meet", "gặp_gỡ", "MEETING"), ("Meet", "thăm", "VISIT"), ("Arrest-jail", "bắt_giữ", "ARREST"),
    ("Arrest-jail", "bị bắt_cóc", None), ("Arrest-jail", "thu_giữ", "SEIZURE"),
    ("Transport", "đến thăm", "VISIT"), ("Transport", "đi thăm_thú", None), ("Transport", "đến", None),
    ("Charge-indict", "khởi_tố", "ARREST"), ("Charge-indict", "truy_tố", None),
    ("Elect", "được bầu", "APPOINTMENT"), ("Nominate", "đề_cử", None), ("Start-position", "bổ_nhiệm", "APPOINTMENT"),
    ("Transfer-money", "hỗ_trợ", "AID"), ("Transfer-money", "vay", None), ("Transfer-ownership", "tịch_thu", "SEIZURE"),
    ("Attack", "tấn_công", None), ("Die", "chết", None),
])
def test_bkee_type_table(bkee, trigger, ours):
    got = map_bkee_event(bkee, trigger)
    assert (got[0] if got else None) == ours


def test_bkee_user_rules_dir(tmp_path):
    (tmp_path / "bkee_event_types.tsv").write_text("term\ttype\ttrigger\texcept\troles\nDemonstrate\tMEETING\tbiểu tình\t\t\n",
                                                   encoding="utf-8")
    assert map_bkee_event("Demonstrate", "biểu_tình", (str(tmp_path),))[0] == "MEETING"
    assert map_bkee_event("Demonstrate", "biểu_tình") is None


def test_bkee_dev_folder_real():
    if not BKEE_DEV.is_dir():
        pytest.skip(f"{BKEE_DEV} is not available")
    docs = list(convert("brat", BKEE_DEV, MAP))
    assert len(docs) == 223  # 446 files: .txt + .ann pairs
    for d in docs:
        check_offsets(d)
        assert "_" not in " ".join(e.text for e in d.entities)
    events = Counter(e.type for d in docs for e in d.events)
    assert events["ARREST"] > 100 and events["MEETING"] > 50
    assert sum(d.meta["nfc"] for d in docs) == 6


# ------------------------------------------------------------------ helpers and errors


@pytest.mark.parametrize(("tokens", "text"), [
    (["Hà_Nội", ",", "ngày", "1/1", "."], "Hà Nội, ngày 1/1."),
    (["(", "TTXVN", ")"], "(TTXVN)"),
    (["nói", ":", '"', "Tốt", "lắm", '"', "."], 'nói: "Tốt lắm".'),
    (["“", "Tốt", "”", "và", "50", "%"], "“Tốt” và 50%"),
    (["_"], "_"),
])
def test_join_tokens(tokens, text):
    out, starts = join_tokens(tokens)
    assert out == text
    assert all(out[s:s + len(t.replace("_", " "))] == t.replace("_", " ") or t == "_" for s, t in zip(starts, tokens))


@given(st.lists(st.sampled_from(["Lào_Cai", ",", ".", "(", ")", '"', "đã", "bắt_giữ", "21/1", "%", "“", "”"]), max_size=20))
def test_detok_map_keeps_tokens(tokens):
    text = " ".join(tokens)
    new, p = _detok_map(text)
    assert new.replace(" ", "") == text.replace(" ", "")
    pos = 0
    for t in tokens:  # each token maps to itself
        assert new[p[pos]:p[pos + len(t)]] == t
        pos += len(t) + 1


@given(st.text(alphabet="aeiouyđàáảãạăâêôơư ̣́̀̉̃\n", max_size=40))
def test_nfc_map(s):
    new, p = _nfc_map(s)
    assert new == unicodedata.normalize("NFC", s)
    assert len(p) == len(s) + 1 and p[-1] == len(new) and p == sorted(p)


def test_parse_map_and_errors(tmp_path):
    assert parse_map(["ORGANIZATION=ORG,PERSON=PER", "MISC="]) == {"ORGANIZATION": "ORG", "PERSON": "PER", "MISC": ""}
    with pytest.raises(SchemaError):
        parse_map(["ORG"])
    with pytest.raises(SchemaError, match="unknown label"):
        list(convert("conll", FIX / "vlsp2016.conll", {"PER": "PERSON"}))
    with pytest.raises(InputFormatError, match="unknown format"):
        list(convert("xml", FIX))
    with pytest.raises(InputFormatError, match="no such file"):
        list(convert("brat", tmp_path / "none"))
    with pytest.raises(InputFormatError, match="no brat files"):
        list(convert("brat", tmp_path))


def test_map_drops_a_label():
    (d,) = convert("conll", FIX / "phoner_syllable.conll", {"LOCATION": "", "ORGANIZATION": "ORG"})
    assert [e.label for e in d.entities] == ["ORG"] and d.meta["dropped"]["LOCATION"] == 1


def test_records_serialize():
    for d in convert("brat", FIX, MAP):
        line = json.dumps(d.to_dict(), ensure_ascii=False)
        assert json.loads(line)["meta"]["converted_from"] == "brat"


def test_convert_streams():
    it = convert("conll", FIX / "vlsp2016.conll")
    assert next(it).id == "vlsp2016-00001"  # a generator: one document at a time


# ------------------------------------------------------------------ the command


def _app():
    import typer

    from vnextract.cli_eval import convert_command

    app = typer.Typer()
    app.command("convert")(convert_command)
    app.command("other")(lambda: None)  # keep "convert" a sub-command
    return app


def test_cli_convert(tmp_path):
    from typer.testing import CliRunner

    out = tmp_path / "gold.jsonl"
    res = CliRunner().invoke(_app(), ["convert", "brat", str(FIX), "-o", str(out), "--map", "GPE=LOC", "--map", "TIME=DATE"])
    assert res.exit_code == 0, res.output
    assert "1 documents, 6 entities, 2 events (ARREST 1, VISIT 1)" in res.output
    (line,) = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert rec["id"] == "bkee_sample" and rec["meta"]["converted_from"] == "brat"


@pytest.mark.parametrize(("args", "message"), [
    (["convert", "xml", "{fix}", "-o", "{tmp}/o.jsonl"], "unknown format"),
    (["convert", "brat", "{tmp}/none", "-o", "{tmp}/o.jsonl"], "no such file"),
    (["convert", "conll", "{fix}/vlsp2016.conll", "-o", "{tmp}/o.jsonl", "--map", "PER"], "bad --map"),
])
def test_cli_convert_errors(tmp_path, args, message):
    from typer.testing import CliRunner

    res = CliRunner().invoke(_app(), [a.format(tmp=tmp_path, fix=FIX) for a in args])
    assert res.exit_code == 1 and message in res.output and "Hint:" in res.output
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "o.jsonl.part").exists()
