"""Neo4j Browser, as scripts/neo4j-local serves it: it connects, reaches nothing off this
machine (Browser 5.24 on Community always tries Google Fonts, Segment and Canny; the
Content-Security-Policy header of neo4j.conf must block every such request), and runs
every file of the query pack pasted whole into its editor."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest
from headless import Page
from local_neo4j import LocalNeo4j
from view_browser import browser_page  # noqa: F401 - the `browser` fixture

from graphkit import querypack

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def open_browser(browser: Page, neo4j_server: LocalNeo4j) -> None:
    state = json.loads((neo4j_server.state_dir / "neo4j-local.json").read_text())
    browser.open(
        f"http://127.0.0.1:{state['http']}/browser/"
        f"?dbms={neo4j_server.uri}&preselectAuthMethod=NO_AUTH"
    )
    browser.wait_until("document.body.innerText.includes('neo4j$')", timeout=60)


def test_browser_connects_and_reaches_nothing_off_this_machine(
    browser: Page, neo4j_server: LocalNeo4j
) -> None:
    open_browser(browser, neo4j_server)
    off_machine = [
        url
        for url in browser.requested_urls()
        if urlsplit(url).scheme in ("http", "https", "ws", "wss")
        and urlsplit(url).hostname not in LOCAL_HOSTS
    ]
    blocked = " ".join(browser.evaluate("window.__cspViolations"))
    assert all(url in blocked for url in off_machine), (off_machine, blocked)


# The statements of Browser's newest multi-statement frame, each with its status title.
STATEMENT_STATUSES = """(() => {
  const frame = document.querySelector('[data-testid="frame"]');
  return frame ? Array.from(frame.querySelectorAll('[data-testid="multi-statement-list-title"]'))
    .map(item => [item.querySelector('label').innerText,
                  (item.querySelector('[data-testid="multi-statement-list-icon"]') || {}).title])
    : [];
})()"""


def centre_of(browser: Page, test_id: str) -> tuple[float, float]:
    x, y = browser.evaluate(
        f"""(() => {{ const r = document.querySelector('[data-testid="{test_id}"]')
             .getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }})()"""
    )
    return float(x), float(y)


# Browser keeps a bounded stream of frames, newest first: the frame on top before a run is
# marked, so that the new one is known by the mark's absence.
MARK_TOP_FRAME = """(() => { const f = document.querySelector('[data-testid="frame"]');
  if (f) f.dataset.graphkitSeen = '1'; return true; })()"""
NEW_FRAME_ON_TOP = """(() => { const f = document.querySelector('[data-testid="frame"]');
  return !!f && f.dataset.graphkitSeen !== '1'; })()"""
FINISHED = ("Status: success", "Status: error")


def run_in_editor(browser: Page, text: str) -> list[list[str]]:
    """Paste ``text`` into Browser's editor, run it, and wait for every statement to end."""
    browser.evaluate(MARK_TOP_FRAME)
    browser.click(*centre_of(browser, "activeEditor"))
    browser.send("Input.insertText", text=text)
    browser.click(*centre_of(browser, "editor-Run"))
    browser.wait_until(NEW_FRAME_ON_TOP, timeout=30)
    deadline = time.monotonic() + 60
    found: list[list[str]] = []
    while time.monotonic() < deadline:
        found = browser.evaluate(STATEMENT_STATUSES)
        if found and all(status in FINISHED for _, status in found):
            return found
        time.sleep(0.2)
    raise TimeoutError(f"Browser did not finish: {found}")


# One, three and four parameters; strings, numbers, an actor (every file's form is checked
# in test_querypack; a pasted file takes Browser several seconds).
PASTED = ("actors-by-type", "ego-network", "posts-asserting-relation")


@pytest.mark.parametrize("name", PASTED)
def test_a_pack_file_runs_when_pasted_whole(
    browser: Page, neo4j_server: LocalNeo4j, name: str
) -> None:
    """Browser runs the `:param name => value;` lines (its multi-statement editor needs the
    semicolons), then the query with those parameters; before, the query stopped at
    ParameterMissing."""
    query = querypack.find(name)
    open_browser(browser, neo4j_server)
    statuses = run_in_editor(browser, query.path.read_text(encoding="utf-8"))
    labels = [label for label, _ in statuses]
    assert [label.split(" =>")[0] for label in labels[:-1]] == [
        f":param {parameter}" for parameter in query.defaults
    ]
    assert labels[-1].startswith("MATCH")
    assert {status for _, status in statuses} == {"Status: success"}, statuses
