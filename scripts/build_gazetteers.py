"""Rebuild ``src/vnextract/rules/places_admin.tsv`` from the PyPI package ``vietnam-provinces``.

Two releases are read: 0.6.0 (the 63 provinces with their districts and
communes before the 2025 merger) and a current one (the 34 provinces and the
communes after it). Fetch and unpack them first, e.g.::

    pip download vietnam-provinces==0.6.0 --no-deps -d /tmp/vp/old
    pip download vietnam-provinces==2025.10.1 --no-deps -d /tmp/vp/new
    (cd /tmp/vp && mkdir -p o n && unzip -qo old/*.whl -d o && unzip -qo new/*.whl -d n)
    python scripts/build_gazetteers.py --old /tmp/vp/o --new /tmp/vp/n

The unit words ("Tỉnh", "Thành phố", "Quận", "Huyện", "Xã", "Phường",
"Thị trấn", "Thị xã", "Đặc khu") are stripped to get bare names: "Huyện Si Ma Cai" -> "Si Ma Cai".
Numbered units ("Quận 3", "Phường 5", "Phường IV") are left out: the recognizer finds them by pattern.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "vnextract" / "rules" / "places_admin.tsv"
ROMAN = re.compile(r"[IVXLC]+")
UNIT = re.compile(r"^(Thành phố|Thị trấn|Thị xã|Đặc khu|Tỉnh|Quận|Huyện|Xã|Phường)\s+")


def bare(name: str) -> str:
    """``"Thành phố Hồ Chí Minh"`` -> ``"Hồ Chí Minh"``; ``"Tỉnh Bà Rịa - Vũng Tàu"`` kept whole after the unit."""
    return UNIT.sub("", name.strip()).strip()


def unit(name: str) -> str:
    m = UNIT.match(name.strip())
    return m.group(1).lower() if m else ""


def version(root: Path, package: str = "vietnam_provinces") -> str:
    """The version of ``package`` in an unpacked wheel at ``root`` (from its .dist-info folder)."""
    for d in root.glob(f"{package}-*.dist-info"):
        return d.name.removeprefix(f"{package}-").removesuffix(".dist-info")
    return "unknown"


def write_tsv(out: Path, head: list[str], data: list[tuple[str, ...]]) -> None:
    """Write a rules table: its comment header and column line, then one row a line."""
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head) + "\n")
        for r in data:
            f.write("\t".join(r) + "\n")


def rows(old: Path, new: Path) -> list[tuple[str, str, str, str, str]]:
    """(term, canonical, kind, unit, parent) rows, deduplicated."""
    out: list[tuple[str, str, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()

    def add(name: str, kind: str, parent: str) -> None:
        term = bare(name)
        if not term or term[0].isdigit() or ROMAN.fullmatch(term):
            return  # numbered units ("Phường 5", "Phường IV") are found by pattern
        key = (term, kind, parent)
        if key not in seen:
            seen.add(key)
            out.append((term, name.strip(), kind, unit(name), parent))

    for p in json.loads((old / "vietnam_provinces/data/nested-divisions.json").read_text(encoding="utf-8")):
        add(p["name"], "province", "")
        for d in p["districts"]:
            add(d["name"], "district", bare(p["name"]))
            for w in d["wards"]:
                add(w["name"], "commune", f"{bare(d['name'])}, {bare(p['name'])}")
    for p in json.loads((new / "vietnam_provinces/data/nested-divisions.json").read_text(encoding="utf-8")):
        add(p["name"], "province_2025", "")
        for w in p["wards"]:
            add(w["name"], "commune_2025", bare(p["name"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, required=True, help="unpacked wheel of vietnam-provinces 0.6.0")
    ap.add_argument("--new", type=Path, required=True, help="unpacked wheel of a current vietnam-provinces")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    data = rows(a.old, a.new)
    head = [
        "# Vietnamese administrative divisions, bare names (unit words stripped).",
        f"# source: PyPI package vietnam-provinces {version(a.old)} (63 provinces, districts, communes before the 2025 merger)",
        f"#         and vietnam-provinces {version(a.new)} (34 provinces and communes after it); data of the",
        "#         General Statistics Office of Viet Nam (Tổng cục Thống kê), packaged by Nguyễn Hồng Quân.",
        "# licence: none declared in the wheels' metadata; the lists are official public administrative data.",
        "# built by: scripts/build_gazetteers.py. kind: province | district | commune | province_2025 | commune_2025;",
        "# unit: the stripped unit word; parent: district, province (communes) or province (districts, 2025 communes).",
        "term\tcanonical\tkind\tunit\tparent",
    ]
    write_tsv(a.out, head, data)
    print(f"wrote {len(data)} rows to {a.out}")


if __name__ == "__main__":
    main()
