import json

from typer.testing import CliRunner

from vnextract.cli import app
from vnextract.records import Document, Entity, Event, Span
from vnextract.render import highlight, render_html

TEXT = 'Đại tá <b>Lương Văn Sơn</b> nói: "<script>alert(1)</script>" & họp.'


def doc() -> Document:
    s = TEXT.index("Lương")
    return Document("d<1>", TEXT, entities=[Entity("T1", "RANK", 0, 6, "Đại tá"),
                                            Entity("T2", "PER", s, s + 13, "Lương Văn Sơn", rule="people:cue")],
                    events=[Event("E1", "MEETING", "occurred", Span(TEXT.index("họp"), TEXT.index("họp") + 3, "họp"),
                                  {"PARTICIPANT": ["T2"]})])


def test_article_text_is_escaped_and_entities_marked():
    out = highlight(doc())
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;b&gt;" in out and "&amp; họp" in out
    assert '<mark data-l="PER" title="PER T2 [people:cue]">Lương Văn Sơn</mark>' in out


def test_page_escapes_ids_and_lists_events():
    page = "".join(render_html([doc()], title="<x>"))
    assert "<title>&lt;x&gt;</title>" in page and 'id="d&lt;1&gt;"' in page
    assert "<td>MEETING</td>" in page and "PARTICIPANT: Lương Văn Sơn" in page
    assert "<script" not in page


def test_render_command(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps(doc().to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "page.html"
    r = CliRunner().invoke(app, ["render", str(docs), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "&lt;script&gt;" in out.read_text(encoding="utf-8")
