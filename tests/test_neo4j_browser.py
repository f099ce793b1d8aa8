"""Neo4j Browser, as scripts/neo4j-local serves it: it connects, and reaches nothing off
this machine (Browser 5.24 on Community always tries Google Fonts, Segment and Canny;
the Content-Security-Policy header of neo4j.conf must block every such request)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from headless import Page
from local_neo4j import LocalNeo4j
from view_browser import browser_page  # noqa: F401 - the `browser` fixture

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def test_browser_connects_and_reaches_nothing_off_this_machine(
    browser: Page, neo4j_server: LocalNeo4j
) -> None:
    state = json.loads((neo4j_server.state_dir / "neo4j-local.json").read_text())
    browser.open(
        f"http://127.0.0.1:{state['http']}/browser/"
        f"?dbms={neo4j_server.uri}&preselectAuthMethod=NO_AUTH"
    )
    browser.wait_until("document.body.innerText.includes('neo4j$')", timeout=60)
    off_machine = [
        url
        for url in browser.requested_urls()
        if urlsplit(url).scheme in ("http", "https", "ws", "wss")
        and urlsplit(url).hostname not in LOCAL_HOSTS
    ]
    blocked = " ".join(browser.evaluate("window.__cspViolations"))
    assert all(url in blocked for url in off_machine), (off_machine, blocked)
