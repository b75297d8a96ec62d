#!/usr/bin/env python3
"""Deterministic synthetic corpus and query set for the full-text search benchmark (issue #3).

Every document is invented: slugs start with "synthetic-" and the text is built from the word banks
in wordbanks.py, never from the seed pages. Place ids, names and countries are real (GeoNames via places.tsv).
Same arguments give byte-identical files: one random.Random(seed), no clock, no set iteration.

    python3 bench/search/make_corpus.py OUTDIR [--docs 100000] [--seed 20261122]
"""
import argparse, csv, datetime, itertools, json, os, re, sys, unicodedata
from random import Random

sys.dont_write_bytecode = True  # keep bench/search free of __pycache__
from wordbanks import (BODY, COUNTRY_W, DEFAULT_COUNTRY_W, ENDONYMS, EVENTS, FEATURED, FIGURES, METHODS,
                       NET_PRE, NET_SUF, ORG_KINDS, PEOPLE, PROGRAMMES, STATUS, STOP, SUMMARIES, THEME_TERMS, TITLES)

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    "../../Sources/PeerpolisStorage/Resources/Data")

TYPE_SHARES = [("article", .45), ("event", .15), ("practice", .12), ("network", .08),
               ("cooperation", .08), ("call", .04), ("pledge", .04), ("organization", .04)]


def strip_accents(s):
    # Only marks that Unicode decomposes (é, ñ, ü, ç, ã); ø, ł and ß stay, as in most search folding.
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def an(phrase):
    return ("an " if phrase[0].lower() in "aeio" else "a ") + phrase


def slugify(s):
    s = s.translate(str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "œ": "oe", "đ": "d"}))
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(s).lower()).strip("-")


def load():
    with open(os.path.join(DATA, "themes.json"), encoding="utf-8") as f:
        tops = json.load(f)["themes"]
    themes = {}  # slug -> (topic phrase, French name, description, top slug, child slugs)
    for top in tops:
        kids = top.get("children", [])
        for t in [top] + kids:
            name = t["name"] if t["name"].startswith("Roma") else t["name"][0].lower() + t["name"][1:]
            themes[t["slug"]] = (name, t["nameFr"], t["description"], top["slug"], [k["slug"] for k in kids])
    assert sorted(THEME_TERMS) == sorted(t["slug"] for t in tops), "word banks out of step with themes.json"
    with open(os.path.join(DATA, "countries.tsv"), encoding="utf-8", newline="") as f:
        countries = {r["iso2"]: r["name"] for r in csv.DictReader(f, delimiter="\t")}
    places = {}  # iso2 -> list of (geonameid, name, weight)
    with open(os.path.join(DATA, "places.tsv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["country"] in countries:
                places.setdefault(r["country"], []).append(
                    [int(r["geonameid"]), r["name"], max(int(r["population"] or 0), 500) ** 0.5])
    for name, cc in FEATURED:  # boost so famous cities recur; a missing one is a data change to notice
        hits = [p for p in places.get(cc, []) if p[1] == name]
        assert hits, f"featured place {name} ({cc}) not in places.tsv"
        hits[0][2] *= 40
    for gid, name in ENDONYMS.items():
        assert any(p[0] == gid for ps in places.values() for p in ps), f"endonym id {gid} not in places.tsv"
    return themes, countries, places


class Gen:
    def __init__(self, seed, themes, countries, places):
        self.rng, self.themes, self.countries, self.places = Random(seed), themes, countries, places
        self.ccs = sorted(places)  # sorted: no dependence on file or dict order
        self.cc_w = [COUNTRY_W.get(c, DEFAULT_COUNTRY_W) for c in self.ccs]
        self.cum = {c: list(itertools.accumulate(p[2] for p in places[c])) for c in self.ccs}
        self.tops = [s for s, v in themes.items() if v[3] == s]

    def country(self):
        return self.rng.choices(self.ccs, self.cc_w)[0]

    def place(self, cc):
        gid, name, _ = self.rng.choices(self.places[cc], cum_weights=self.cum[cc])[0]
        return gid, (ENDONYMS[gid] if gid in ENDONYMS and self.rng.random() < 0.5 else name)

    def pick_themes(self):
        # Mix top-level and sub-themes: a lone sub-theme, parent + sub, or cross-theme combinations.
        r = self.rng
        top = r.choice(self.tops)
        sub = r.choice(self.themes[top][4])
        other = r.choice(self.themes[r.choice([t for t in self.tops if t != top])][4])
        shape = r.choices(["s", "ts", "ss", "tss", "t"], [25, 35, 15, 15, 10])[0]
        picked = {"s": [sub], "ts": [top, sub], "ss": [sub, other], "tss": [top, sub, other], "t": [top]}[shape]
        return picked, (sub if shape != "t" else top), top

    def money(self):
        r = self.rng
        return f"EUR {r.randint(10, 900) / 10:.1f} million" if r.random() < 0.6 else f"USD {r.randint(2, 60)} million"

    def figure(self):
        if self.rng.random() < 1 / 6:
            return self.money()
        fmt, lo, hi = self.rng.choice(FIGURES)
        return fmt.format(self.rng.randint(lo, hi))

    def slots(self, cc, city, primary, top, year):
        r = self.rng
        en, foreign = (s.split("|") for s in THEME_TERMS[top])
        pcc = self.country() if r.random() < 0.7 else cc
        topic = self.themes[primary][0] if r.random() < 0.5 else r.choice(en)
        return {"c": city, "p": self.place(pcc)[1], "k": self.countries[cc], "t": topic,
                "m": r.choice(METHODS), "g": r.choice(PROGRAMMES), "n": r.choice(NET_PRE) + r.choice(NET_SUF),
                "f": self.figure(), "x": r.choice(foreign), "o": r.choice(ORG_KINDS),
                "w": r.choice(PEOPLE), "a": r.randint(3, 12), "M": an(r.choice(METHODS)), "V": an(r.choice(EVENTS)),
                "b": self.money(), "d": year, "y": year - r.randint(0, 4), "z": year + r.randint(1, 5)}

    def fill(self, tpl, s):
        return (lambda t: t[0].upper() + t[1:])(tpl.format(**s))

    def doc(self, i, kind):
        r = self.rng
        cc = self.country()
        gid, city = self.place(cc) if r.random() >= 0.10 else (None, self.countries[cc])
        themes, primary, top = self.pick_themes()
        if kind in STATUS:  # dates agree with status: closed in the past, upcoming in 2026-27
            status = r.choices(*zip(*STATUS[kind]))[0]
            lo, hi = {"closed": ("2010-01-01", "2025-06-30"), "upcoming": ("2026-03-01", "2027-12-31")}.get(
                status, ("2024-01-01", "2026-06-30"))
        else:
            status, lo, hi = None, "2010-01-01", "2027-12-31"
        a, b = (datetime.date.fromisoformat(d).toordinal() for d in (lo, hi))
        date = datetime.date.fromordinal(r.randint(a, b)).isoformat()
        year = int(date[:4])
        s = self.slots(cc, city, primary, top, year)
        title = self.fill(r.choice(TITLES[kind]), s)
        while True:  # summaries must be 15-40 words; add a second sentence when the first is short
            summary = self.fill(r.choice(SUMMARIES[kind]), s)
            if len(summary.split()) < 15:
                summary += " " + self.fill(r.choice(BODY), self.slots(cc, city, primary, top, year))
            if 15 <= len(summary.split()) <= 40:
                break
        name, fr, desc, _, _ = self.themes[primary]
        para, body = [f"This {kind} concerns {name} ({fr}). {desc}"], []
        words, target = len(para[0].split()), r.randint(80, 370)
        while words < target:  # target <= 370 and long sentences are skipped: 80-400 words
            sent = self.fill(r.choice(BODY), self.slots(cc, city, primary, top, year))
            if words + len(sent.split()) > 400:
                continue
            para.append(sent)
            words += len(sent.split())
            if len(para) >= r.randint(3, 6):
                body.append(" ".join(para))
                para = []
        if para:
            body.append(" ".join(para))
        slug = f"synthetic-{kind}-{i:06d}-{slugify(title)[:60].rstrip('-')}"
        return {"type": kind, "slug": slug, "title": title, "summary": summary, "body": "\n\n".join(body),
                "themes": themes, "country": cc, "place": gid, "date": date, "status": status}


def tokens(text):
    # Word tokens as a search engine sees them (letters and digits); queries use only all-letter ones.
    return [w for w in re.findall(r"\w+", text.lower()) if w.isalpha()]


def phrase_windows(text):
    # Runs of all-letter words with nothing but spaces between them, so a phrase is really adjacent.
    out = []
    for chunk in re.split(r"[^\w\s]+", text.lower()):
        run = []
        for word in chunk.split() + ["0"]:  # "0" (or any word with a digit) ends a run
            if word.isalpha():
                run.append(word)
                continue
            for n in (2, 3):
                for j in range(len(run) - n + 1):
                    w = run[j:j + n]
                    if w[0] not in STOP and w[-1] not in STOP and all(len(x) > 1 for x in w):
                        out.append(" ".join(w))
            run = []
    return out


def filler_words(themes):
    # Words that only the sentence templates bring ("tackled", "convinced"): realistic queries avoid them.
    tpl = " ".join(sum(TITLES.values(), []) + sum(SUMMARIES.values(), []) + BODY + PEOPLE + ["This concerns"])
    banks = " ".join(METHODS + PROGRAMMES + ORG_KINDS + [" ".join(v[:3]) for v in themes.values()]
                     + [" ".join(t) for t in THEME_TERMS.values()])
    keep = set("academy agreement case expert forum mayor model monitoring networks partners partner evaluation "
               "indicators webinar workshops thematic lessons publication opinion press release pairing".split())
    return set(tokens(re.sub(r"\{\w\}", " ", tpl))) - keep - set(tokens(banks))


def make_queries(rng, docs, vocab, filler):
    kinds = ["one-word", "two-words", "prefix", "phrase"]
    specs = []
    for kind in kinds:  # exact per kind: 250 queries, 12-13 nonsense, 25 accent-stripped, 100 filtered
        flavour = ["none"] * (13 if kind in ("one-word", "two-words") else 12) + ["strip"] * 25
        flavour += ["match"] * (250 - len(flavour))
        filt = [True] * 100 + [False] * 150
        rng.shuffle(filt)
        specs += [(kind, fl, fi) for fl, fi in zip(flavour, filt)]
    rng.shuffle(specs)
    out, seen = [], set()
    for kind, flavour, filtered in specs:
        while True:
            d = rng.choice(docs)
            q = query_text(rng, kind, flavour, d, vocab, filler)
            if q is None:
                continue
            f = {"type": None, "theme": None, "country": None, "year": None}
            if filtered:  # filters come from the same document, so a matching query keeps a hit
                for key in rng.sample(list(f), rng.choices([1, 2, 3], [70, 25, 5])[0]):
                    f[key] = {"type": d[0], "theme": rng.choice(d[1]), "country": d[2], "year": d[3]}[key]
            row = {"kind": kind, "q": q, **f}
            if json.dumps(row) not in seen:  # no duplicate queries
                seen.add(json.dumps(row))
                out.append(row)
                break
    return out


def nonsense(rng, vocab):
    while True:  # syllables no bank uses; checked against every corpus word and prefix
        w = "".join(rng.choice(["zor", "qua", "vex", "blin", "dru", "kex", "mip", "trov", "yul", "gorp"])
                    for _ in range(rng.randint(2, 3)))
        if w not in vocab:
            return w


def query_text(rng, kind, flavour, d, vocab, filler):
    text = d[4]
    if flavour == "none":
        w = [nonsense(rng, vocab) for _ in range(2)]
        if kind == "prefix":
            p = w[0][:rng.randint(4, 5)]
            return None if any(v.startswith(p) for v in vocab) else p + "*"
        return {"one-word": w[0], "two-words": " ".join(w), "phrase": f'"{w[0]} {w[1]}"'}[kind]
    words = [w for w in dict.fromkeys(tokens(text)) if len(w) > 3 and w not in STOP]
    if flavour == "strip":  # only words whose accents actually change when stripped
        acc = [w for w in words if strip_accents(w) != w and strip_accents(w).isascii()]
        if not acc:
            return None
        if kind == "phrase":
            ph = [p for p in phrase_windows(text) if any(a in p.split() for a in acc)]
            return f'"{strip_accents(rng.choice(ph))}"' if ph else None
        w = rng.choice(acc)
        if kind == "prefix":  # the prefix must cover the accented letter and stop before the word ends
            first = next(j for j, ch in enumerate(w) if not ch.isascii())
            n = max(first + 1, rng.randint(2, 5))
            return strip_accents(w[:n]) + "*" if first < 5 and n < len(w) else None
        if kind == "two-words":
            rest = [x for x in words if x != w]
            return f"{strip_accents(w)} {strip_accents(rng.choice(rest))}" if rest else None
        return strip_accents(w)
    strict = rng.random() < 0.85  # mostly words of terms, themes and places; a few template words too
    words = [w for w in words if not strict or w not in filler]
    if kind == "phrase":
        ph = [p for p in phrase_windows(text) if not strict or all(w in STOP or w not in filler for w in p.split())]
        return f'"{rng.choice(ph)}"' if ph else None
    if not words:
        return None
    if kind == "one-word":
        return rng.choice(words)
    if kind == "prefix":
        w = rng.choice(words)
        return w[:rng.randint(2, min(5, len(w) - 1))] + "*"
    if len(words) < 2:
        return None
    a, b = sorted(rng.sample(range(len(words)), 2))  # keep reading order, like people type
    return f"{words[a]} {words[b]}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--docs", type=int, default=100_000), ap.add_argument("--seed", type=int, default=20261122)
    args = ap.parse_args()
    themes, countries, places = load()
    g = Gen(args.seed, themes, countries, places)
    counts = [(k, round(args.docs * s)) for k, s in TYPE_SHARES[1:]]
    kinds = [k for k, n in counts for _ in range(n)]
    kinds = ["article"] * (args.docs - len(kinds)) + kinds  # articles take the rounding remainder
    g.rng.shuffle(kinds)
    os.makedirs(args.outdir, exist_ok=True)
    light, words = [], set()  # light: what the query maker needs from each document
    with open(os.path.join(args.outdir, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, kind in enumerate(kinds, 1):
            d = g.doc(i, kind)
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            text = d["title"] + ". " + d["summary"]
            if g.rng.random() < 0.2:  # some queries come from deep in the body
                text += " " + d["body"]
            light.append((d["type"], d["themes"], d["country"], int(d["date"][:4]), text))
            for part in (d["title"], d["summary"], d["body"]):
                words.update(re.findall(r"\w+", part.lower()))
    vocab = {strip_accents(w) for w in words}  # every corpus word, folded: nonsense queries must miss them all
    queries = make_queries(g.rng, light, vocab, filler_words(themes))
    with open(os.path.join(args.outdir, "queries.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"{len(kinds)} documents, {len(queries)} queries -> {args.outdir}")


if __name__ == "__main__":
    main()
