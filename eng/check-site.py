#!/usr/bin/env python3
"""Checks the built docs site (docs/_site) in a real headless browser: serves it on localhost, lets Debian's Chromium
render every page of the table of contents (the docfx template builds its navigation with JavaScript), and fails when
a page's navigation does not render, an image or a link it shows does not load, the logo is missing, or search has no
index. Run after docfx:  python3 eng/check-site.py [docs/_site]"""
import functools, html.parser, http.server, json, pathlib, subprocess, sys, tempfile, threading, urllib.error, \
    urllib.parse, urllib.request

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "docs/_site").resolve()
browser = "/usr/bin/chromium"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
threading.Thread(target=server.serve_forever, daemon=True).start()
root = f"http://127.0.0.1:{server.server_address[1]}/"


def render(url):
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=8000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120)
    return result.stdout


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.images, self.links, self.nav_links = [], [], []
        self.in_nav = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("nav",) or (a.get("id") in ("toc", "navbar")):
            self.in_nav += 1
        if tag == "img" and a.get("src"):
            self.images.append(a["src"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
            if self.in_nav:
                self.nav_links.append(a["href"])

    def handle_endtag(self, tag):
        if tag == "nav" and self.in_nav:
            self.in_nav -= 1


def loads(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status == 200
    except urllib.error.URLError:
        return False


problems = []
toc = json.loads((site / "toc.json").read_text())
def hrefs(items):
    """The pages of the table of contents, the top navigation's dropdown menus included."""
    for item in items:
        if "href" in item and not item["href"].endswith("/"):
            yield item["href"]
        yield from hrefs(item.get("items", []))


pages = list(hrefs(toc["items"]))
pages += ["api/TradeModel.Money.html", "api/TradeModel.Interactive.Charts.TradeCharts.html"]
checked = set()
for page in pages:
    url = urllib.parse.urljoin(root, page)
    dom = render(url)
    if not dom:
        problems.append(f"{page}: the browser rendered nothing")
        continue
    parsed = Page()
    parsed.feed(dom)
    titles = [item["name"] for item in toc["items"]]
    missing = [t for t in ("Getting started", "API reference") if html.escape(t) not in dom and t not in dom]
    if missing:
        problems.append(f"{page}: the navigation did not render ({', '.join(missing)} missing)")
    if "logo.svg" not in dom:
        problems.append(f"{page}: no logo")
    for src in parsed.images:
        target = urllib.parse.urljoin(url, src)
        if target.startswith(root) and target not in checked:
            checked.add(target)
            if not loads(target):
                problems.append(f"{page}: image {src} does not load")
    for href in parsed.links:
        target = urllib.parse.urljoin(url, href).split("#")[0]
        if target.startswith(root) and target not in checked:
            checked.add(target)
            if not loads(target):
                problems.append(f"{page}: link {href} does not load")
    print(f"{page}: {len(parsed.images)} images, {len(parsed.links)} links")
if not loads(urllib.parse.urljoin(root, "index.json")):
    problems.append("search: no index.json")
elif "getting-started" not in (site / "index.json").read_text():
    problems.append("search: the index does not cover the getting-started page")
server.shutdown()
for problem in problems:
    print("PROBLEM", problem)
print(f"{len(pages)} pages checked in Chromium, {len(checked)} links and images loaded, {len(problems)} problems")
sys.exit(1 if problems else 0)
