#!/usr/bin/env python3
"""Validate Sources/PeerpolisStorage/Resources/Data/seed.json.

Checks: all top-level keys present; slugs unique and well-formed; every geonameid is in
places.tsv or extraPlaces; every theme slug is in themes.json; every organization /
network / event / source reference resolves; dates are valid ISO dates (end >= start);
enum values are within the allowed lists; event time zones match the host place.
Usage: python3 scripts/check_seed.py [SEED_JSON]
Exit status 0 when valid, 1 otherwise. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "Sources", "PeerpolisStorage", "Resources", "Data")

ENUMS = {
    "placeKind": {"city", "metropolitan-area", "region"},
    "orgKind": {"programme", "network-of-cities", "association", "agency", "government", "other"},
    "networkKind": {"action-planning", "transfer", "innovation-transfer", "thematic-network", "working-group",
                    "project", None},
    "status": {"ongoing", "closed", "upcoming", None},
    "role": {"lead", "partner", "observer"},
    "stage": {"planned", "in-progress", "adapted", "completed", None},
    "eventKind": {"study-visit", "working-group-meeting", "workshop", "academy", "forum", "conference", "webinar"},
    "articleKind": {"news", "case-study", "publication", "opinion", "press-release"},
    "direction": {"need", "offer"},
}
TOP_KEYS = ["sources", "extraPlaces", "organizations", "networks", "cooperations", "practices", "events",
            "articles", "calls", "pledges", "interests"]
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load_places():
    places = {}
    with open(os.path.join(DATA, "places.tsv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        tzi = header.index("timezone")
        for row in reader:
            places[int(row[0])] = row[tzi]
    return places


def load_themes():
    with open(os.path.join(DATA, "themes.json"), encoding="utf-8") as f:
        doc = json.load(f)
    slugs = set()
    for t in doc["themes"]:
        slugs.add(t["slug"])
        for c in t.get("children", []):
            slugs.add(c["slug"])
    return slugs


def check_date(where, value, nullable=True):
    if value is None:
        if not nullable:
            err(where, "date required")
        return None
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        err(where, f"not a YYYY-MM-DD date: {value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err(where, f"invalid date {value!r}")
        return None


def check_range(where, start, end):
    a = check_date(where + ".startDate", start)
    b = check_date(where + ".endDate", end)
    if a and b and b < a:
        err(where, f"endDate {end} before startDate {start}")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, "seed.json")
    with open(path, encoding="utf-8") as f:
        seed = json.load(f)
    places = load_places()
    themes = load_themes()

    for k in TOP_KEYS:
        if not isinstance(seed.get(k), list):
            err("seed", f"missing or non-list key {k!r}")
    for k in seed:
        if k not in TOP_KEYS:
            err("seed", f"unexpected top-level key {k!r}")
    if errors:
        return report()

    # extra places
    for i, p in enumerate(seed["extraPlaces"]):
        w = f"extraPlaces[{i}]"
        for key in ("geonameid", "name", "asciiname", "alternatenames", "country", "admin1", "latitude",
                    "longitude", "population", "timezone", "kind", "note"):
            if key not in p:
                err(w, f"missing {key}")
        if not isinstance(p.get("geonameid"), int):
            err(w, "geonameid must be an integer")
        if p.get("kind") not in ENUMS["placeKind"]:
            err(w, f"kind {p.get('kind')!r}")
        if not str(p.get("asciiname", "")).isascii():
            err(w, "asciiname not ASCII")
        if not p.get("note"):
            err(w, "note required")
        gid = p.get("geonameid")
        if gid in places and places[gid] != p.get("timezone"):
            err(w, f"timezone differs from places.tsv for {gid}")
        if isinstance(gid, int):
            places.setdefault(gid, p.get("timezone"))
    ids = [p.get("geonameid") for p in seed["extraPlaces"]]
    if len(ids) != len(set(ids)):
        err("extraPlaces", "duplicate geonameid")

    # unique ids / slugs
    def index(list_name, key="slug"):
        seen = set()
        for i, item in enumerate(seed[list_name]):
            s = item.get(key)
            w = f"{list_name}[{i}]"
            if not isinstance(s, str) or not SLUG_RE.match(s):
                err(w, f"bad {key} {s!r}")
            elif s in seen:
                err(w, f"duplicate {key} {s!r}")
            seen.add(s)
        return seen

    sources = index("sources", "id")
    orgs = index("organizations")
    nets = index("networks")
    events = index("events")
    for name in ("cooperations", "practices", "articles", "calls", "pledges"):
        index(name)

    def place(w, gid, nullable=False):
        if gid is None:
            if not nullable:
                err(w, "place required")
            return
        if not isinstance(gid, int) or isinstance(gid, bool):
            err(w, f"geonameid must be an integer, got {gid!r}")
        elif gid not in places:
            err(w, f"geonameid {gid} not in places.tsv or extraPlaces")

    def theme_list(w, lst):
        if not isinstance(lst, list):
            err(w, "themes must be a list")
            return
        for t in lst:
            if t not in themes:
                err(w, f"unknown theme {t!r}")
        if len(lst) != len(set(lst)):
            err(w, "duplicate theme")

    def ref(w, value, pool, what, nullable=True):
        if value is None:
            if not nullable:
                err(w, f"{what} required")
        elif value not in pool:
            err(w, f"unknown {what} {value!r}")

    def src(w, item):
        ref(w + ".source", item.get("source"), sources, "source", nullable=False)

    def text(w, item, key, nullable=False):
        v = item.get(key)
        if v is None and nullable:
            return
        if not isinstance(v, str) or not v.strip():
            err(w, f"{key} must be a non-empty string")

    for i, s in enumerate(seed["sources"]):
        w = f"sources[{i}]"
        if not re.match(r"^\d{3}_[0-9a-f]{16}\.txt$", s.get("file", "")):
            err(w, f"bad file {s.get('file')!r}")
        text(w, s, "title")

    for i, o in enumerate(seed["organizations"]):
        w = f"organizations[{i}]"
        text(w, o, "name"); text(w, o, "summary"); src(w, o)
        if o.get("kind") not in ENUMS["orgKind"]:
            err(w, f"kind {o.get('kind')!r}")
        web = o.get("website")
        if web is not None and not re.match(r"^https?://", web):
            err(w, f"website {web!r}")

    for i, n in enumerate(seed["networks"]):
        w = f"networks[{i}]"
        text(w, n, "name"); text(w, n, "summary"); src(w, n)
        if n.get("kind") not in ENUMS["networkKind"]:
            err(w, f"kind {n.get('kind')!r}")
        if n.get("statedStatus") not in ENUMS["status"]:
            err(w, f"statedStatus {n.get('statedStatus')!r}")
        ref(w, n.get("organization"), orgs, "organization")
        for o in n.get("partnerOrganizations", []):
            ref(w, o, orgs, "organization")
        place(w + ".leadPlace", n.get("leadPlace"), nullable=True)
        check_range(w, n.get("startDate"), n.get("endDate"))
        theme_list(w, n.get("themes"))
        members = n.get("members", [])
        for j, m in enumerate(members):
            place(f"{w}.members[{j}]", m.get("place"))
            if m.get("role") not in ENUMS["role"]:
                err(f"{w}.members[{j}]", f"role {m.get('role')!r}")
        mp = [m.get("place") for m in members]
        if len(mp) != len(set(mp)):
            err(w, "duplicate member")
        if n.get("leadPlace") is not None and members and not any(
                m.get("place") == n["leadPlace"] and m.get("role") == "lead" for m in members):
            err(w, "leadPlace not listed as lead member")
        if not isinstance(n.get("outputs"), list):
            err(w, "outputs must be a list")

    for i, c in enumerate(seed["cooperations"]):
        w = f"cooperations[{i}]"
        text(w, c, "title"); text(w, c, "narrative"); src(w, c)
        ref(w, c.get("programme"), orgs, "programme organization")
        if not c.get("places"):
            err(w, "at least one place required")
        for p in c.get("places", []):
            place(w + ".places", p)
        if len(c.get("places", [])) != len(set(c.get("places", []))):
            err(w, "duplicate place")
        place(w + ".meetingPlace", c.get("meetingPlace"), nullable=True)
        for o in c.get("organizations", []):
            ref(w, o, orgs, "organization")
        theme_list(w, c.get("themes"))
        check_range(w, c.get("startDate"), c.get("endDate"))
        for j, oc in enumerate(c.get("outcomes", [])):
            ww = f"{w}.outcomes[{j}]"
            text(ww, oc, "description")
            amt = oc.get("amount")
            if amt is not None and (not isinstance(amt, (int, float)) or amt < 0):
                err(ww, f"amount {amt!r}")
            if amt is not None and not oc.get("unit"):
                err(ww, "amount without unit")
            check_date(ww + ".date", oc.get("date"))

    for i, p in enumerate(seed["practices"]):
        w = f"practices[{i}]"
        text(w, p, "title"); text(w, p, "summary"); text(w, p, "body"); src(w, p)
        text(w, p, "results", nullable=True)
        place(w + ".ownerPlace", p.get("ownerPlace"))
        theme_list(w, p.get("themes"))
        for nslug in p.get("networks", []):
            ref(w, nslug, nets, "network")
        for j, t in enumerate(p.get("transfers", [])):
            ww = f"{w}.transfers[{j}]"
            place(ww + ".receivingPlace", t.get("receivingPlace"))
            ref(ww, t.get("network"), nets, "network")
            check_date(ww + ".startDate", t.get("startDate"))
            if t.get("stage") not in ENUMS["stage"]:
                err(ww, f"stage {t.get('stage')!r}")

    for i, e in enumerate(seed["events"]):
        w = f"events[{i}]"
        text(w, e, "title"); text(w, e, "summary"); src(w, e)
        if e.get("kind") not in ENUMS["eventKind"]:
            err(w, f"kind {e.get('kind')!r}")
        ref(w, e.get("organizer"), orgs, "organizer")
        ref(w, e.get("network"), nets, "network")
        online = e.get("online")
        if not isinstance(online, bool):
            err(w, "online must be a boolean")
        place(w + ".hostPlace", e.get("hostPlace"), nullable=bool(online))
        check_date(w + ".startDate", e.get("startDate"), nullable=False)
        check_range(w, e.get("startDate"), e.get("endDate"))
        for k in ("startTime", "endTime"):
            v = e.get(k)
            if v is not None and not TIME_RE.match(str(v)):
                err(w, f"{k} {v!r}")
        check_date(w + ".registrationDeadline", e.get("registrationDeadline"))
        cap = e.get("capacity")
        if cap is not None and (not isinstance(cap, int) or cap <= 0):
            err(w, f"capacity {cap!r}")
        tzv = e.get("timeZone")
        if not tzv:
            err(w, "timeZone required")
        host = e.get("hostPlace")
        if host in places and places[host] != tzv:
            err(w, f"timeZone {tzv} differs from host place's {places[host]}")
        theme_list(w, e.get("themes"))

    for i, a in enumerate(seed["articles"]):
        w = f"articles[{i}]"
        text(w, a, "title"); text(w, a, "summary"); text(w, a, "body"); src(w, a)
        if a.get("kind") not in ENUMS["articleKind"]:
            err(w, f"kind {a.get('kind')!r}")
        if not isinstance(a.get("authors"), list) or not all(isinstance(x, str) and x for x in a["authors"]):
            err(w, "authors must be a list of names")
        check_date(w + ".publishedOn", a.get("publishedOn"))
        rm = a.get("statedReadingMinutes")
        if rm is not None and (not isinstance(rm, int) or rm <= 0):
            err(w, f"statedReadingMinutes {rm!r}")
        theme_list(w, a.get("themes"))
        for p in a.get("places", []):
            place(w + ".places", p)
        for n in a.get("networks", []):
            ref(w, n, nets, "network")
        for o in a.get("organizations", []):
            ref(w, o, orgs, "organization")
        for ev in a.get("events", []):
            ref(w, ev, events, "event")

    for i, c in enumerate(seed["calls"]):
        w = f"calls[{i}]"
        text(w, c, "title"); text(w, c, "summary"); src(w, c)
        ref(w, c.get("organization"), orgs, "organization", nullable=False)
        a = check_date(w + ".opensOn", c.get("opensOn"))
        b = check_date(w + ".closesOn", c.get("closesOn"))
        if a and b and b < a:
            err(w, "closesOn before opensOn")
        r = c.get("rules")
        if not isinstance(r, dict):
            err(w, "rules must be an object")
        else:
            for k in ("minPartners", "maxPartners", "minCountries", "maxPerCountry"):
                v = r.get(k, "missing")
                if v == "missing":
                    err(w, f"rules.{k} missing")
                elif v is not None and (not isinstance(v, int) or v < 0):
                    err(w, f"rules.{k} {v!r}")
            for k in ("requiredContinents", "requiredRegions"):
                if not isinstance(r.get(k), list):
                    err(w, f"rules.{k} must be a list")
            for cont in r.get("requiredContinents", []):
                if cont not in {"AF", "AS", "EU", "NA", "OC", "SA", "AN"}:
                    err(w, f"continent {cont!r}")
            mn, mx = r.get("minPartners"), r.get("maxPartners")
            if isinstance(mn, int) and isinstance(mx, int) and mx < mn:
                err(w, "maxPartners < minPartners")
        theme_list(w, c.get("themes"))

    for i, p in enumerate(seed["pledges"]):
        w = f"pledges[{i}]"
        text(w, p, "title"); text(w, p, "summary"); text(w, p, "framework"); src(w, p)
        place(w + ".place", p.get("place"))
        ref(w, p.get("organization"), orgs, "organization")
        if not isinstance(p.get("principles"), list):
            err(w, "principles must be a list")
        if (p.get("amount") is None) != (p.get("currency") is None):
            err(w, "amount and currency go together")
        if p.get("currency") is not None and not re.match(r"^[A-Z]{3}$", p["currency"]):
            err(w, f"currency {p['currency']!r}")
        if p.get("quantity") is not None and not p.get("unit"):
            err(w, "quantity without unit")
        check_range(w, p.get("startDate"), p.get("endDate"))
        for j, pr in enumerate(p.get("progress", [])):
            check_date(f"{w}.progress[{j}].date", pr.get("date"), nullable=False)
            text(f"{w}.progress[{j}]", pr, "note")

    seen = set()
    for i, it in enumerate(seed["interests"]):
        w = f"interests[{i}]"
        place(w + ".place", it.get("place"))
        ref(w, it.get("theme"), themes, "theme", nullable=False)
        if it.get("direction") not in ENUMS["direction"]:
            err(w, f"direction {it.get('direction')!r}")
        wt = it.get("weight")
        if not isinstance(wt, (int, float)) or not 0 < wt <= 1:
            err(w, f"weight {wt!r}")
        text(w, it, "note"); src(w, it)
        key = (it.get("place"), it.get("theme"), it.get("direction"))
        if key in seen:
            err(w, "duplicate interest")
        seen.add(key)

    return report(seed)


def report(seed=None):
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"seed.json: {len(errors)} error(s)")
        return 1
    print("seed.json OK: " + ", ".join(f"{k} {len(seed[k])}" for k in TOP_KEYS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
