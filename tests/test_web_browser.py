"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright for Python).

Every page loads on the sample database with no console error and no failed request, the charts, network
and map draw into SVG, a dyad leads to an event and the event to its highlighted sentence, and a page
full of markup shows as text with no script run. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from .webdb import IMG, ROOT, SCRIPT, hostile_doc_id, sample_db

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the "
                "browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) is not installed")
uvicorn = pytest.importorskip("uvicorn")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def db() -> Path:
    return sample_db()


@pytest.fixture(scope="module")
def server(db):
    from eventwire.web import create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page that records console errors, page errors, failed requests, HTTP errors and dialogs."""

    def __init__(self, page, base: str) -> None:
        self.page, self.base = page, base
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))

        def on_dialog(d) -> None:
            self.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()
        page.on("dialog", on_dialog)
        # Anything leaving the machine would fail the offline promise: block it and count it.
        page.route(lambda url: not url.startswith(base), lambda route: (
            self.problems.append(f"outside request: {route.request.url}"), route.abort()))

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def clean(self) -> None:
        assert not self.problems, self.problems
        assert not self.dialogs, f"a script ran: {self.dialogs}"
        assert self.page.locator("#error").is_hidden(), self.page.locator("#error").text_content()


@pytest.fixture()
def web(browser, server):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900})
    page = ctx.new_page()
    w = Watched(page, server)
    yield w
    ctx.close()


def count(web: Watched, selector: str) -> int:
    return web.page.locator(selector).count()


def test_overview_draws_the_timeline(web):
    web.open("/")
    # the bars are drawn after the data arrives; on a busy machine that can be after the network goes idle
    web.page.wait_for_selector("#timeline svg rect.bar")
    assert count(web, "#timeline svg rect.bar") > 0
    assert count(web, "#counts .card") >= 5
    assert count(web, "#top-actors .hbar") > 0 and count(web, "#top-dyads a.dyad-link") > 0
    web.shot("overview")
    web.clean()


def test_dyad_page_draws_goldstein_and_roots(web):
    web.open("/dyad?a=USA&b=IRN&period=day")
    assert count(web, "#goldstein svg rect.bar") > 0
    assert count(web, "#roots svg rect.bar") > 0
    assert count(web, "#events table tbody tr") > 0
    web.shot("dyad")
    web.clean()


def test_dyad_page_without_a_pair_offers_the_busiest(web):
    web.open("/dyad")
    assert count(web, "#dyad-list a.dyad-link") > 0 and web.page.locator("#dyad-view").is_hidden()
    web.clean()


def test_actor_network_and_timeline(web):
    web.open("/actors")
    assert count(web, "#network svg g.node") > 1 and count(web, "#network svg line.edge") > 0
    web.page.locator("#network svg g.node").first.click()
    web.page.wait_for_selector("#actor-timeline svg rect.bar")
    assert count(web, "#network svg g.node.selected") == 1
    web.page.wait_for_load_state("networkidle")
    web.shot("actors")
    web.clean()


def test_map_draws_outlines_and_places(web):
    web.open("/map")
    assert count(web, "#map svg path.country") > 150
    assert count(web, "#map svg circle.place") > 0
    web.page.locator("#map svg circle.place").first.dispatch_event("click")
    web.page.wait_for_selector("#place-events table tbody tr")
    web.page.click("#fit-world")
    web.page.click("#fit-events")
    web.shot("map")
    web.clean()


def test_search_page(web):
    web.open("/search?q=embassy&kind=all")
    assert count(web, "#article-hits .hit") > 0
    assert count(web, "#article-hits mark") > 0
    web.shot("search")
    web.clean()


def test_api_page_lists_the_endpoints(web):
    web.open("/api")
    assert count(web, "#endpoints .ep") >= 10
    web.clean()


def test_from_a_dyad_to_an_event_to_its_highlighted_sentence(web):
    web.open("/")
    web.page.locator("#top-dyads a.dyad-link").first.click()
    web.page.wait_for_load_state("networkidle")
    assert "/dyad?" in web.page.url
    link = web.page.locator("#events table tbody td a").first
    sentence = link.text_content()
    link.click()
    web.page.wait_for_load_state("networkidle")
    assert "/article?" in web.page.url and "event=" in web.page.url
    selected = web.page.locator("#body .ev-selected")
    assert selected.count() > 0
    highlighted = "".join(selected.all_text_contents())
    assert " ".join(highlighted.split()) == " ".join(sentence.split())
    assert selected.first.is_visible()
    assert count(web, "#article-events .evcard.selected") == 1
    assert count(web, "#body .actor") > 0
    web.shot("article")
    # the raw page on request
    web.page.click("#toggle-raw")
    web.page.wait_for_selector("#raw:not([hidden])")
    assert len(web.page.locator("#raw").text_content()) > len(highlighted)
    web.clean()


def test_hostile_article_shows_markup_as_text_and_runs_nothing(web, db):
    doc = hostile_doc_id(db)
    web.page.add_init_script("window.__pwned = 0;")
    web.open(f"/article?id={doc}")
    assert SCRIPT in web.page.locator("#article-title").text_content()
    body = web.page.locator("#body").text_content()
    assert SCRIPT in body and IMG in body
    assert count(web, "#main img") == 0, "no <img> may come out of article text"
    assert count(web, "#main script") == 0
    scripts = web.page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
    assert scripts and all(s and s.startswith("/static/") for s in scripts)
    assert "<b>Switzerland</b>" in web.page.locator("#meta").text_content(), "tags are text too"
    assert count(web, "#meta b") == 0
    assert count(web, "#body .ev") > 0
    web.page.click("#toggle-raw")
    web.page.wait_for_selector("#raw:not([hidden])")
    assert SCRIPT in web.page.locator("#raw").text_content() and count(web, "#raw *") == 0
    web.shot("hostile_article")
    # the same strings typed into search come back marked, still as text
    web.open("/search?q=" + SCRIPT.replace("<", "%3C").replace(">", "%3E").replace("/", "%2F"))
    assert count(web, "#article-hits .hit") > 0 and count(web, "#main img") == 0
    assert web.page.evaluate("window.__pwned") == 0
    assert not web.dialogs, web.dialogs
    web.clean()


def test_bad_filters_show_the_message_on_the_page(web):
    web.page.goto(web.base + "/?root=99")
    web.page.wait_for_load_state("networkidle")
    assert "CAMEO root" in web.page.locator("#error").text_content()
    # the 400 itself is the expected answer here, and it was seen
    assert any("HTTP 400" in p for p in web.problems), web.problems
    assert all("400" in p for p in web.problems), web.problems
