#!/usr/bin/env python3
"""Checks Peerpolis's feeds, calendars, linked data and sitemap with the parsers people really use.

Usage:
    python3 scripts/check_formats.py BASE_URL [URL ...] [--per-section N]

BASE_URL is the running site (e.g. http://127.0.0.1:8080). The script reads BASE_URL/robots.txt and
BASE_URL/sitemap.xml (following a sitemap index), takes up to N pages from each top-level section of the
sitemap (default 5) plus any URL given, and follows every <link rel="alternate"> in their heads. Then:

  * Atom and RSS feeds are parsed with feedparser; any `bozo` flag fails.
  * iCalendar files are parsed with icalendar; every VEVENT needs UID, DTSTART, DTSTAMP and SUMMARY, every
    TZID used needs a VTIMEZONE, lines must end in CRLF and stay within 75 octets.
  * JSON-LD is extracted from each page with extruct; detail pages must have one, with a schema.org
    @context, and each node's @type must carry the properties required below.
  * sitemap.xml must be a urlset or sitemapindex of absolute URLs, at most 50,000 per file.

One line is printed per check; the exit status is 1 when any check fails (or none ran). file:// URLs work
too, which is how the script is tried without a server. Install its dependencies with
`pip install -r scripts/requirements-checks.txt`.
"""
import argparse
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import extruct
import feedparser
import icalendar

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PLACE_PROPS = ["name", "geo", "sameAs"]
REQUIRED = {
    "Event": ["name", "startDate", "location"],
    "Article": ["headline"],
    "NewsArticle": ["headline"],
    "City": PLACE_PROPS,
    "Place": PLACE_PROPS,
    "AdministrativeArea": PLACE_PROPS,
    "Country": ["name", "identifier"],
    "Organization": ["name"],
    "CreativeWork": ["name"],
}
# Types not listed above (Project, Grant, ...) must at least be named.
DEFAULT_REQUIRED = ["name"]


class Report:
    """Collects one line per check and remembers whether any failed."""

    def __init__(self):
        self.failures = 0
        self.checks = 0

    def ok(self, kind, url, detail=""):
        self.checks += 1
        print(f"ok    {kind:8} {url}" + (f"  ({detail})" if detail else ""))

    def fail(self, kind, url, reason):
        self.checks += 1
        self.failures += 1
        print(f"FAIL  {kind:8} {url}  {reason}")


def fetch(url):
    """Returns (body bytes, content type) or raises with a readable message."""
    request = urllib.request.Request(url, headers={"User-Agent": "peerpolis-check-formats"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read(), (response.headers.get("Content-Type") or "").lower()


def classify(url, body, content_type):
    """Tells what a document is, from its media type and, failing that (file:// URLs), its first bytes."""
    head = body[:2048].lstrip().decode("utf-8", "replace")
    if "calendar" in content_type or head.startswith("BEGIN:VCALENDAR"):
        return "calendar"
    if "atom" in content_type or "rss" in content_type or "<feed" in head or "<rss" in head:
        return "feed"
    if "<urlset" in head or "<sitemapindex" in head:
        return "sitemap"
    return "page"


class AlternateLinks(HTMLParser):
    """Collects the href of every <link rel="alternate"> (feeds and calendars announced by a page)."""

    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "link" and "alternate" in (values.get("rel") or "").split() and values.get("href"):
            # hreflang alternates are other languages of the same page, not feeds.
            if values.get("type") and "html" not in values["type"]:
                self.hrefs.append(values["href"])


def check_feed(report, url, body):
    parsed = feedparser.parse(body)
    if parsed.bozo:
        return report.fail("feed", url, f"feedparser: {parsed.bozo_exception!r}")
    missing = [i for i, e in enumerate(parsed.entries) if not (e.get("id") and e.get("link") and e.get("title"))]
    if missing:
        return report.fail("feed", url, f"entries without id, link or title: {missing[:5]}")
    report.ok("feed", url, f"{parsed.version}, {len(parsed.entries)} entries")


def check_calendar(report, url, body):
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except Exception as error:  # icalendar raises ValueError and others on malformed input
        return report.fail("calendar", url, f"icalendar: {error}")
    problems = []
    lines = body.split(b"\r\n")
    if b"\n" in b"".join(lines):
        problems.append("a line ends without CR LF")
    if any(len(line) > 75 for line in lines):
        problems.append("a line is longer than 75 octets")
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    for event in events:
        uid = str(event.get("UID", "?"))
        for name in ("UID", "DTSTART", "DTSTAMP", "SUMMARY"):
            if name not in event:
                problems.append(f"{uid}: no {name}")
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID") if name in event else None
            if tzid and tzid not in zones:
                problems.append(f"{uid}: TZID {tzid} has no VTIMEZONE")
    if problems:
        return report.fail("calendar", url, "; ".join(problems[:5]))
    report.ok("calendar", url, f"{len(events)} events, zones {sorted(zones)}")


def nodes(item):
    """The node and every node nested in it or in an @graph, for checking each typed object."""
    if isinstance(item, list):
        for element in item:
            yield from nodes(element)
    elif isinstance(item, dict):
        yield item
        for value in item.values():
            if isinstance(value, (dict, list)):
                yield from nodes(value)


def check_page(report, url, body, is_detail):
    try:
        data = extruct.extract(body, base_url=url, syntaxes=["json-ld"], uniform=False, errors="strict")
    except Exception as error:
        return report.fail("json-ld", url, f"extruct: {error}")
    blocks = data.get("json-ld", [])
    if not blocks:
        if is_detail:
            report.fail("json-ld", url, "no JSON-LD block on a detail page")
        return
    problems, types = [], []
    for block in blocks:
        if "schema.org" not in str(block.get("@context", "")):
            problems.append(f"@context is {block.get('@context')!r}")
        for node in nodes(block):
            kind = node.get("@type")
            if node is not block and kind not in REQUIRED:
                continue  # nested helpers (GeoCoordinates, PropertyValue, ...) need only their own shape
            if not kind:
                problems.append("a top-level node has no @type")
                continue
            types.append(kind)
            for prop in REQUIRED.get(kind, DEFAULT_REQUIRED):
                if node.get(prop) in (None, "", []):
                    problems.append(f"{kind} without {prop}")
    if problems:
        return report.fail("json-ld", url, "; ".join(sorted(set(problems))))
    report.ok("json-ld", url, ", ".join(types))


def read_sitemap(report, url, seen):
    """Checks a sitemap (or index, recursively) and returns the page URLs it lists."""
    try:
        body, _ = fetch(url)
        root = ET.fromstring(body)
    except (urllib.error.URLError, ET.ParseError, OSError) as error:
        report.fail("sitemap", url, str(error))
        return []
    locs = [(el.text or "").strip() for el in root.iter(SITEMAP_NS + "loc")]
    relative = [loc for loc in locs if not urllib.parse.urlparse(loc).scheme]
    if root.tag not in (SITEMAP_NS + "urlset", SITEMAP_NS + "sitemapindex"):
        report.fail("sitemap", url, f"root element is {root.tag}")
        return []
    if relative or len(locs) > 50_000:
        report.fail("sitemap", url, f"{len(relative)} relative URLs, {len(locs)} URLs")
        return []
    report.ok("sitemap", url, f"{root.tag.replace(SITEMAP_NS, '')}, {len(locs)} URLs")
    if root.tag == SITEMAP_NS + "urlset":
        return locs
    pages = []
    for child in locs:
        if child not in seen:
            seen.add(child)
            pages += read_sitemap(report, child, seen)
    return pages


def segments_below(base, url):
    """The path segments of `url` below the base's path (the base may itself have a path, as file:// does)."""
    base_path = urllib.parse.urlparse(base).path.rstrip("/")
    path = urllib.parse.urlparse(url).path
    if not path.startswith(base_path):
        return None
    return [s for s in path[len(base_path):].split("/") if s]


def is_detail_page(base, url):
    """A detail page is one level below a list: /events/<slug>, /places/<slug>."""
    segments = segments_below(base, url)
    return segments is not None and len(segments) == 2 and segments[0] != "api"


def sample(base, pages, per_section):
    """Up to `per_section` URLs from each first path segment, so every kind of page is checked."""
    counts, chosen = {}, []
    for page in pages:
        segments = segments_below(base, page) or []
        section = segments[0] if segments else ""
        if counts.get(section, 0) < per_section:
            counts[section] = counts.get(section, 0) + 1
            chosen.append(page)
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base_url", help="the site's root, e.g. http://127.0.0.1:8080")
    parser.add_argument("urls", nargs="*", help="more pages, feeds or calendars to check")
    parser.add_argument("--per-section", type=int, default=5, help="pages checked per sitemap section")
    parser.add_argument("--no-sitemap", action="store_true", help="check only the URLs given")
    args = parser.parse_args()
    base = args.base_url.rstrip("/")
    report = Report()

    queue = list(args.urls)
    if not args.no_sitemap:
        try:
            robots, _ = fetch(base + "/robots.txt")
            if b"Sitemap:" in robots:
                report.ok("robots", base + "/robots.txt")
            else:
                report.fail("robots", base + "/robots.txt", "no Sitemap line")
        except (urllib.error.URLError, OSError) as error:
            report.fail("robots", base + "/robots.txt", str(error))
        queue += sample(base, read_sitemap(report, base + "/sitemap.xml", set()), args.per_section)

    done = set()
    while queue:
        url = queue.pop(0)
        if url in done:
            continue
        done.add(url)
        try:
            body, content_type = fetch(url)
        except (urllib.error.URLError, OSError) as error:
            report.fail("fetch", url, str(error))
            continue
        kind = classify(url, body, content_type)
        if kind == "feed":
            check_feed(report, url, body)
        elif kind == "calendar":
            check_calendar(report, url, body)
        elif kind == "sitemap":
            read_sitemap(report, url, done)
        else:
            links = AlternateLinks()
            links.feed(body.decode("utf-8", "replace"))
            queue += [urllib.parse.urljoin(url, href) for href in links.hrefs]
            check_page(report, url, body, is_detail=is_detail_page(base, url))

    print(f"{report.checks} checks, {report.failures} failed")
    return 1 if report.failures or not report.checks else 0


if __name__ == "__main__":
    sys.exit(main())
