"""Speed of vnextract against underthesea's `ner`, side by side in one process.

    python benchmarks/bench_speed.py --corpus ../shared/corpus/baomoi [--limit N] [--json out.json]

Both systems see the same texts, in alternating order per document so that
neither gets a warmer cache. Reports chars/s for each, their ratio, the share of
vnextract's time spent in each stage, the peak resident memory, and the one-time
start-up (models and rule files loaded by a first short run), which is timed apart:
a dump pays it once, and inside the first document it would pass for NER time.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import defaultdict
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "baomoi"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json", default=None)
    ap.add_argument("--no-baseline", action="store_true")
    a = ap.parse_args()

    from underthesea import ner

    from vnextract.io import read_inputs
    from vnextract.pipeline import default_nlp

    texts = [r["text"] for r in read_inputs([a.corpus]) if isinstance(r, dict)]
    if a.limit:
        texts = texts[: a.limit]
    t = time.perf_counter()
    nlp = default_nlp()
    nlp("Ngày 21/1, Đại tá Lương Văn Sơn thăm Lào Cai.")  # load the models and every rule file
    startup = time.perf_counter() - t
    ner("khởi động")
    stage_time: dict[str, float] = defaultdict(float)
    ours = theirs = theirs_whole = 0.0
    for text in texts:
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        t1 = time.perf_counter()
        stage_time["tokenize"] += t1 - t0
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            stage_time[name.removeprefix("vnextract_")] += time.perf_counter() - t
        ours += time.perf_counter() - t0
        if not a.no_baseline:
            t = time.perf_counter()
            for line in text.splitlines():  # line by line, as its scores are measured
                if line.strip():
                    ner(line)
            t1 = time.perf_counter()
            ner(text)  # the whole text in one call: its fastest use
            theirs += t1 - t
            theirs_whole += time.perf_counter() - t1
    chars = sum(map(len, texts))
    report = {
        "corpus": a.corpus, "documents": len(texts), "chars": chars,
        "vnextract_chars_per_s": round(chars / ours, 1),
        "underthesea_ner_chars_per_s": round(chars / theirs, 1) if theirs else None,
        "underthesea_ner_whole_text_chars_per_s": round(chars / theirs_whole, 1) if theirs_whole else None,
        # against underthesea's fastest use, so the ratio is not flattered
        "speed_ratio": round(min(theirs, theirs_whole) / ours, 2) if theirs else None,
        "stage_share": {k: round(v / ours, 3) for k, v in stage_time.items()},
        "vnextract_startup_s": round(startup, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True)
        Path(a.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
