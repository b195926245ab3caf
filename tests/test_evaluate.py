"""The scorer, rule by rule (ANNOTATION.md section 6), on hand-built documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.errors import InputFormatError
from vnextract.evaluate import PRF, error_records, format_table, read_documents, score
from vnextract.records import Document, Entity, Event, Relation, Span

GOLD_DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"

TEXT = "Ngày 21/1, Đại tá Lương Văn Sơn – Chính uỷ Bộ đội Biên phòng tỉnh Lào Cai đã tiếp đoàn Vân Nam tại Lào Cai."
#       0         1         2         3         4         5         6         7         8         9        10


def ent(eid: str, label: str, s: str, k: int = 0, value: str | None = None, rule: str | None = None) -> Entity:
    """The k-th occurrence of ``s`` in TEXT as an entity."""
    i = -1
    for _ in range(k + 1):
        i = TEXT.index(s, i + 1)
    return Entity(eid, label, i, i + len(s), s, value=value, rule=rule)


def span(s: str, k: int = 0) -> Span:
    e = ent("x", "X", s, k)
    return Span(e.start, e.end, s)


def doc(entities=(), relations=(), events=(), did: str = "d1") -> Document:
    return Document(did, TEXT, entities=list(entities), relations=list(relations), events=list(events))


def prf(r: dict, key: str) -> tuple:
    d = r[key]
    return d["tp"], d["fp"], d["fn"]


# ---------------------------------------------------------------- PRF


@pytest.mark.parametrize(("tp", "fp", "fn", "p", "r", "f"), [
    (3, 1, 2, 0.75, 0.6, 2 / 3),
    (0, 0, 0, None, None, None),
    (0, 2, 0, 0.0, None, 0.0),      # no gold: recall undefined, F1 0
    (0, 0, 4, None, 0.0, 0.0),      # nothing predicted: precision undefined
    (5, 0, 0, 1.0, 1.0, 1.0),
])
def test_prf(tp, fp, fn, p, r, f):
    s = PRF(tp, fp, fn)
    assert s.p == p and s.r == r
    assert s.f == pytest.approx(f) if f is not None else s.f is None
    assert s.to_dict() == {"p": s.p, "r": s.r, "f": s.f, "tp": tp, "fp": fp, "fn": fn}


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_prf_f_is_harmonic_mean(tp, fp, fn):
    s = PRF(tp, fp, fn)
    if s.p and s.r:
        assert s.f == pytest.approx(2 * s.p * s.r / (s.p + s.r))
    elif tp + fp + fn:
        assert s.f == 0.0


# ---------------------------------------------------------------- entities


def test_strict_and_partial_entities():
    gold = doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "ORG", "Bộ đội Biên phòng tỉnh Lào Cai"),
                ent("T3", "LOC", "Lào Cai", 1)])
    pred = doc([ent("P1", "PER", "Đại tá Lương Văn Sơn"),             # boundary error: partial only
                ent("P2", "ORG", "Bộ đội Biên phòng tỉnh Lào Cai"),   # exact
                ent("P3", "LOC", "Lào Cai", 0),                      # inside the ORG: wrong label, no partial
                ent("P4", "LOC", "Vân Nam")])                       # spurious
    r = score([gold], [pred])
    assert prf(r, "entities") == (1, 3, 2)
    assert prf(r, "entities_partial") == (2, 2, 1)
    assert r["per_label"]["PER"] == {"p": 0.0, "r": 0.0, "f": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert r["per_label"]["ORG"]["f"] == 1.0
    assert r["per_label"]["LOC"]["tp"] == 0 and r["per_label"]["LOC"]["fp"] == 2


def test_partial_counts_each_side_once():
    # two predictions inside one gold span: one partial match, one false positive
    gold = doc([ent("T1", "ORG", "Bộ đội Biên phòng tỉnh Lào Cai")])
    pred = doc([ent("P1", "ORG", "Bộ đội Biên phòng"), ent("P2", "ORG", "tỉnh Lào Cai")])
    r = score([gold], [pred])
    assert prf(r, "entities_partial") == (1, 1, 0)
    # and one prediction over two gold spans matches only one of them
    gold = doc([ent("T1", "RANK", "Đại tá"), ent("T2", "RANK", "Lương Văn Sơn")])
    pred = doc([Entity("P1", "RANK", 11, 31, TEXT[11:31])])
    assert prf(score([gold], [pred]), "entities_partial") == (1, 0, 1)


def test_partial_prefers_exact_match():
    gold = doc([ent("T1", "LOC", "Lào Cai", 0), ent("T2", "LOC", "Biên phòng tỉnh Lào Cai")])
    pred = doc([ent("P1", "LOC", "Lào Cai", 0)])
    r = score([gold], [pred])
    assert prf(r, "entities") == (1, 0, 1)
    assert prf(r, "entities_partial") == (1, 0, 1)


def test_labels_restrict_entity_scores():
    gold = doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "RANK", "Đại tá")])
    pred = doc([ent("P1", "PER", "Lương Văn Sơn")])
    r = score([gold], [pred], labels=["PER", "ORG", "LOC"])
    assert prf(r, "entities") == (1, 0, 0)
    assert set(r["per_label"]) == {"PER"}
    assert r["labels"] == ["LOC", "ORG", "PER"]


@pytest.mark.parametrize(("pred_value", "acc"), [("2013-01-21", 1.0), ("XXXX-01-21", 0.0), (None, 0.0)])
def test_date_value_accuracy_over_strict_matches(pred_value, acc):
    gold = doc([ent("T1", "DATE", "Ngày 21/1", value="2013-01-21")])
    pred = doc([ent("P1", "DATE", "Ngày 21/1", value=pred_value)])
    r = score([gold], [pred])
    assert r["date_value_acc"] == acc
    assert r["date_value"] == {"correct": int(acc), "total": 1}


def test_date_value_ignores_unmatched_dates():
    gold = doc([ent("T1", "DATE", "Ngày 21/1", value="2013-01-21")])
    pred = doc([Entity("P1", "DATE", 5, 9, "21/1", value="2013-01-21")])
    assert score([gold], [pred])["date_value_acc"] is None


# ---------------------------------------------------------------- documents


def test_gold_without_prediction_is_all_false_negatives():
    gold = doc([ent("T1", "PER", "Lương Văn Sơn")], events=[Event("E1", "MEETING", "occurred", span("tiếp"))])
    r = score([gold], [])
    assert prf(r, "entities") == (0, 0, 1)
    assert prf(r, "event_triggers") == (0, 0, 1)
    assert r["docs"] == {"gold": 1, "scored": 0, "missing_pred": ["d1"], "extra_pred": []}


def test_extra_predicted_documents_are_reported_not_scored():
    gold = doc([ent("T1", "PER", "Lương Văn Sơn")])
    extra = doc([ent("P1", "LOC", "Vân Nam")], did="other")
    r = score([gold], [extra, doc([ent("P1", "PER", "Lương Văn Sơn")])])
    assert prf(r, "entities") == (1, 0, 0)
    assert r["docs"]["extra_pred"] == ["other"]


def test_document_with_no_gold():
    gold = doc()
    pred = doc([ent("P1", "LOC", "Vân Nam")])
    r = score([gold], [pred])
    assert prf(r, "entities") == (0, 1, 0)
    assert r["entities"]["r"] is None and r["entities"]["p"] == 0.0
    assert r["relations"] == {"p": None, "r": None, "f": None, "tp": 0, "fp": 0, "fn": 0}


def test_empty_everything():
    r = score([], [])
    assert r["entities"]["f"] is None and r["date_value_acc"] is None and r["docs"]["gold"] == 0


# ---------------------------------------------------------------- relations


def test_relations_compare_resolved_spans_not_ids():
    g = doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "RANK", "Đại tá"), ent("T3", "TITLE", "Chính uỷ")],
            [Relation("HAS_RANK", "T1", "T2"), Relation("HAS_TITLE", "T1", "T3")])
    p = doc([ent("A", "PER", "Lương Văn Sơn"), ent("B", "RANK", "Đại tá"), ent("C", "TITLE", "Chính uỷ Bộ đội")],
            [Relation("HAS_RANK", "A", "B"), Relation("HAS_TITLE", "A", "C"), Relation("MEMBER_OF", "A", "B"),
             Relation("HAS_RANK", "A", "missing")])  # a dangling id is ignored
    r = score([g], [p])
    assert prf(r, "relations") == (1, 2, 1)
    assert r["per_relation"]["HAS_RANK"]["f"] == 1.0


def test_relation_needs_same_entity_labels():
    g = doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "ORG", "Bộ đội Biên phòng tỉnh Lào Cai")],
            [Relation("MEMBER_OF", "T1", "T2")])
    p = doc([ent("A", "PER", "Lương Văn Sơn"), ent("B", "LOC", "Bộ đội Biên phòng tỉnh Lào Cai")],
            [Relation("MEMBER_OF", "A", "B")])
    assert prf(score([g], [p]), "relations") == (0, 1, 1)


# ---------------------------------------------------------------- events


GOLD_ENTS = [ent("T1", "DATE", "Ngày 21/1", value="2013-01-21"), ent("T2", "ORG", "Bộ đội Biên phòng tỉnh Lào Cai"),
             ent("T3", "LOC", "Vân Nam"), ent("T4", "LOC", "Lào Cai", 1)]


def meeting(trigger: Span, args: dict, eid: str = "E1", mentions=(), etype: str = "MEETING") -> Event:
    return Event(eid, etype, "occurred", trigger, args, tuple(mentions))


def test_trigger_overlap_and_type():
    g = doc(GOLD_ENTS, events=[meeting(span("tiếp"), {})])
    assert prf(score([g], [doc(events=[meeting(span("đã tiếp"), {})])]), "event_triggers") == (1, 0, 0)
    assert prf(score([g], [doc(events=[meeting(span("tiếp"), {}, etype="VISIT")])]), "event_triggers") == (0, 1, 1)
    assert prf(score([g], [doc(events=[meeting(span("đoàn"), {})])]), "event_triggers") == (0, 1, 1)


def test_mentions_count_as_trigger_spans():
    g = doc(events=[meeting(span("tiếp"), {})])
    p = doc(events=[meeting(span("Chính uỷ"), {}, mentions=[span("Chính uỷ"), span("tiếp")])])
    assert prf(score([g], [p]), "event_triggers") == (1, 0, 0)


def test_trigger_matching_is_one_to_one():
    g = doc(events=[meeting(span("tiếp"), {})])
    p = doc(events=[meeting(span("tiếp"), {}, "P1"), meeting(span("đã tiếp"), {}, "P2")])
    assert prf(score([g], [p]), "event_triggers") == (1, 1, 0)
    # a maximum matching: P1 overlaps both gold events, P2 only the first
    g2 = doc(events=[meeting(span("đã"), {}, "E1"), meeting(span("tiếp"), {}, "E2")])
    p2 = doc(events=[meeting(span("đã tiếp"), {}, "P1"), meeting(span("đã"), {}, "P2")])
    assert prf(score([g2], [p2]), "event_triggers") == (2, 0, 0)


def test_arg_c_needs_matched_event_role_and_exact_span():
    gargs = {"AGENT": ["T2"], "TARGET": ["T3"], "DATE": ["T1"], "LOC": ["T4"]}
    g = doc(GOLD_ENTS, events=[meeting(span("tiếp"), gargs)])
    pents = [ent("P1", "DATE", "Ngày 21/1"), ent("P2", "ORG", "Bộ đội Biên phòng tỉnh Lào Cai"),
             ent("P3", "LOC", "đoàn Vân Nam"), ent("P4", "LOC", "Lào Cai", 1)]
    pargs = {"AGENT": ["P2"],            # right
             "PARTICIPANT": ["P3"],      # wrong role and span
             "DATE": ["P1"],             # right (label of the entity does not matter, span does)
             "LOC": ["P4"]}              # right
    r = score([g], [doc(pents, events=[meeting(span("tiếp"), pargs)])])
    assert prf(r, "event_args") == (3, 1, 1)
    # the same arguments under an unmatched event: all wrong
    r = score([g], [doc(pents, events=[meeting(span("đoàn"), pargs)])])
    assert prf(r, "event_args") == (0, 4, 4)
    assert prf(r, "event_triggers") == (0, 1, 1)


def test_arg_of_wrong_type_event_is_not_credited():
    g = doc(GOLD_ENTS, events=[meeting(span("tiếp"), {"AGENT": ["T2"]})])
    p = doc(GOLD_ENTS, events=[meeting(span("tiếp"), {"AGENT": ["T2"]}, etype="VISIT")])
    assert prf(score([g], [p]), "event_args") == (0, 1, 1)


# ---------------------------------------------------------------- errors and table


def test_error_records():
    g = doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "RANK", "Đại tá")], [Relation("HAS_RANK", "T1", "T2")],
            [meeting(span("tiếp"), {"TARGET": ["T1"]})])
    p = doc([ent("P1", "PER", "Đại tá Lương Văn Sơn", rule="per.rank_cue"), ent("P2", "RANK", "Đại tá", rule="ranks")],
            [Relation("HAS_RANK", "P1", "P2", rule="rel.adjacent")],
            [meeting(span("đoàn"), {}, "P1")])
    recs = list(error_records([g], [p]))
    kinds = sorted((r["kind"], r["error"], r["label"]) for r in recs)
    assert kinds == [("arg", "FN", "TARGET"), ("entity", "FN", "PER"), ("entity", "FP", "PER"),
                     ("relation", "FN", "HAS_RANK"), ("relation", "FP", "HAS_RANK"),
                     ("trigger", "FN", "MEETING"), ("trigger", "FP", "MEETING")]
    fp = next(r for r in recs if r["kind"] == "entity" and r["error"] == "FP")
    assert fp["rule"] == "per.rank_cue" and fp["text"] == "Đại tá Lương Văn Sơn"
    assert fp["overlaps"] == "PER 'Lương Văn Sơn' 18-31"
    assert "[Đại tá Lương Văn Sơn]" in fp["context"] and len(fp["context"]) <= 60 + len(fp["text"]) + 2
    assert next(r for r in recs if r["kind"] == "relation" and r["error"] == "FP")["rule"] == "rel.adjacent"
    assert all(r["doc"] == "d1" and TEXT[r["start"]:r["end"]] == r["text"] for r in recs)
    assert list(error_records([g], [g])) == []


def test_format_table_side_by_side():
    g = doc([ent("T1", "PER", "Lương Văn Sơn")])
    a = score([g], [g])
    b = score([g], [])
    out = format_table(a, b, names=("vnextract", "underthesea"))
    assert "vnextract" in out and "underthesea" in out
    line = next(ln for ln in out.splitlines() if ln.startswith("entities (strict)"))
    assert line.split("|")[0].split()[-6:] == ["1.000", "1.000", "1.000", "1", "0", "0"]
    assert line.split("|")[1].split() == ["-", "0.000", "0.000", "0", "0", "1"]
    short = format_table(a, b, entities_only=True)
    assert "relations" not in short and "  PER" in short
    json.dumps(a)  # the report is JSON-ready


# ---------------------------------------------------------------- reading and the dev gold


def test_read_documents_bad_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputFormatError, match=r"g.jsonl:2"):
        list(read_documents(p))
    with pytest.raises(InputFormatError, match="no such file"):
        list(read_documents(tmp_path / "none.jsonl"))


def test_dev_gold_against_itself():
    if not GOLD_DEV.is_file():
        pytest.skip(f"{GOLD_DEV} is not available")
    gold = list(read_documents(GOLD_DEV))
    r = score(gold, gold)
    for key in ("entities", "entities_partial", "relations", "event_triggers", "event_args"):
        assert r[key]["f"] == 1.0 and r[key]["fp"] == r[key]["fn"] == 0
    assert r["entities"]["tp"] == 999 and r["relations"]["tp"] == 281 and r["event_triggers"]["tp"] == 52
    assert r["date_value_acc"] == 1.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["PER", "ORG", "LOC"]), st.integers(0, 60), st.integers(1, 8)), max_size=8),
       st.lists(st.tuples(st.sampled_from(["PER", "ORG", "LOC"]), st.integers(0, 60), st.integers(1, 8)), max_size=8))
def test_fuzz_counts_are_consistent(gs, ps):
    def mk(items, prefix):
        return doc([Entity(f"{prefix}{k}", lab, s, s + n, TEXT[s:s + n]) for k, (lab, s, n) in enumerate(items)])

    g, p = mk(gs, "T"), mk(ps, "P")
    r = score([g], [p])
    n_gold, n_pred = len({(a, s, s + n) for a, s, n in gs}), len({(a, s, s + n) for a, s, n in ps})
    for key in ("entities", "entities_partial"):
        assert r[key]["tp"] + r[key]["fn"] == n_gold and r[key]["tp"] + r[key]["fp"] == n_pred
    assert r["entities_partial"]["tp"] >= r["entities"]["tp"]
    assert score([g], [g])["entities"]["fp"] == 0
    errs = list(error_records([g], [p]))
    assert len(errs) == r["entities"]["fp"] + r["entities"]["fn"]


# ---------------------------------------------------------------- the command


def _app():
    import typer

    from vnextract.cli_eval import convert_command, evaluate_command

    app = typer.Typer()
    app.command("evaluate")(evaluate_command)
    app.command("convert")(convert_command)
    return app


def _write(path: Path, docs) -> Path:
    path.write_text("".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_cli_evaluate_with_pred(tmp_path):
    from typer.testing import CliRunner

    g = _write(tmp_path / "gold.jsonl", [doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "RANK", "Đại tá")])])
    p = _write(tmp_path / "pred.jsonl", [doc([ent("P1", "PER", "Lương Văn Sơn"), ent("P2", "LOC", "Vân Nam", rule="x")])])
    res = CliRunner().invoke(_app(), ["evaluate", str(g), "--pred", str(p), "--labels", "PER,LOC",
                                      "--json", str(tmp_path / "r.json"), "--errors", str(tmp_path / "e.jsonl")])
    assert res.exit_code == 0, res.output
    assert "entities (strict)" in res.output
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (rep["entities"]["tp"], rep["entities"]["fp"], rep["entities"]["fn"]) == (1, 1, 0)
    errs = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["error"], e["text"], e["rule"]) for e in errs] == [("FP", "Vân Nam", "x")]


def test_cli_evaluate_baseline_side_by_side(tmp_path):
    from typer.testing import CliRunner

    pytest.importorskip("underthesea")
    g = _write(tmp_path / "gold.jsonl", [doc([ent("T1", "PER", "Lương Văn Sơn"), ent("T2", "LOC", "Vân Nam")])])
    res = CliRunner().invoke(_app(), ["evaluate", str(g), "--pred", str(g), "--baseline", "underthesea",
                                      "--json", str(tmp_path / "r.json")])
    assert res.exit_code == 0, res.output
    assert "side by side on PER,ORG,LOC" in res.output and "underthesea" in res.output
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert rep["baseline"]["labels"] == ["PER", "ORG", "LOC"] and rep["baseline"]["vnextract"]["entities"]["f"] == 1.0


@pytest.mark.parametrize(("args", "message"), [
    (["evaluate", "{tmp}/none.jsonl", "--pred", "{tmp}/none.jsonl"], "no such file"),
    (["evaluate", "{tmp}/bad.jsonl", "--pred", "{tmp}/bad.jsonl"], "not JSON"),
    (["evaluate", "{tmp}/bad.jsonl", "--labels", "PERSON"], "unknown label"),
    (["evaluate", "{tmp}/bad.jsonl", "--baseline", "spacy"], "unknown baseline"),
])
def test_cli_evaluate_errors(tmp_path, args, message):
    from typer.testing import CliRunner

    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    res = CliRunner().invoke(_app(), [a.format(tmp=tmp_path) for a in args])
    assert res.exit_code == 1
    assert message in res.output and "Hint:" in res.output and "Traceback" not in res.output


def test_cli_evaluate_runs_the_pipeline(tmp_path, monkeypatch):
    """Without --pred the gold texts (with their dates) go through pipeline.extract_many; failures are warned."""
    from typer.testing import CliRunner

    import vnextract.pipeline as pipeline
    from vnextract.records import Failure

    seen = []

    def fake_extract_many(records):
        for r in records:
            seen.append((r["id"], r["date"]))
            if r["id"] == "d2":
                yield Failure("d2", "ner", "boom")
            else:
                yield Document(r["id"], r["text"], entities=[ent("P1", "PER", "Lương Văn Sơn")])

    monkeypatch.setattr(pipeline, "extract_many", fake_extract_many)
    g1 = doc([ent("T1", "PER", "Lương Văn Sơn")])
    g1.date = "2013-01-21"
    g = _write(tmp_path / "gold.jsonl", [g1, doc([ent("T1", "PER", "Lương Văn Sơn")], did="d2")])
    res = CliRunner().invoke(_app(), ["evaluate", str(g), "--json", str(tmp_path / "r.json")])
    assert res.exit_code == 0, res.output
    assert seen == [("d1", "2013-01-21"), ("d2", None)]
    assert "warning: d2: ner: boom" in res.output
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert rep["docs"]["missing_pred"] == ["d2"] and rep["entities"]["tp"] == 1 and rep["entities"]["fn"] == 1


def test_restrict_events_and_mention_level_scoring():
    from vnextract.evaluate import mentions_as_events, restrict_events, score
    from vnextract.records import Document, Event, Span

    text = "Hai bên hội đàm. Cuộc hội đàm diễn ra tốt. Hai bên ký kết."
    talks = Span(8, 15, "hội đàm")
    talks2 = Span(22, 29, "hội đàm")
    sign = Span(51, 57, "ký kết")
    gold = Document("d", text, events=[Event("E1", "MEETING", "occurred", talks),
                                       Event("E2", "MEETING", "occurred", talks2)])
    pred = Document("d", text, events=[Event("E1", "MEETING", "occurred", talks, mentions=(talks, talks2)),
                                       Event("E2", "AGREEMENT", "occurred", sign)])
    assert score([gold], [pred])["event_triggers"]["tp"] == 1
    split = list(mentions_as_events(restrict_events([pred], ["MEETING"])))
    assert [e.trigger.start for e in split[0].events] == [8, 22]
    r = score([gold], split)["event_triggers"]
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 0)


def test_per_label_partial_counts_overlaps_once_per_label():
    from vnextract.evaluate import score
    from vnextract.records import Document, Entity

    text = "Ông Lương Văn Sơn và bà Hoa đến tỉnh Lào Cai."
    gold = Document("d", text, entities=[Entity("T1", "PER", 4, 17, "Lương Văn Sơn"), Entity("T2", "PER", 24, 27, "Hoa"),
                                         Entity("T3", "LOC", 37, 44, "Lào Cai")])
    pred = Document("d", text, entities=[Entity("P1", "PER", 0, 17, "Ông Lương Văn Sơn"),
                                         Entity("P2", "LOC", 32, 44, "tỉnh Lào Cai"), Entity("P3", "ORG", 24, 27, "Hoa")])
    r = score([gold], [pred])["per_label_partial"]
    assert (r["PER"]["tp"], r["PER"]["fp"], r["PER"]["fn"]) == (1, 0, 1)
    assert (r["LOC"]["tp"], r["LOC"]["fp"], r["LOC"]["fn"]) == (1, 0, 0)
    assert (r["ORG"]["tp"], r["ORG"]["fp"], r["ORG"]["fn"]) == (0, 1, 0)
