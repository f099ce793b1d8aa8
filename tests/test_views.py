"""graphkit view: the page's data and limits, then the page itself in headless Chromium."""

from __future__ import annotations

import json
import re
import time
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from headless import Page
from view_browser import (  # browser_page: the `browser` fixture
    browser_page,  # noqa: F401
    hover_point,
    open_view,
    tooltip_after_hover,
)

from graphkit.errors import InputError
from graphkit.graph import EVIDENCE_SAMPLE
from graphkit.views import (
    MAX_EDGES,
    MAX_NODES,
    NETWORKX_SPRING_MAX_NODES,
    layout,
    render_view,
    script_json,
    select_subgraph,
    write_view,
)

TITLE = "Ministry channel, spring"
# What a hostile post could carry. Each would set window.__xss if the page ran it.
IMG = "<img src=x onerror=\"window.__xss='img';document.title='XSS'\">"
SCRIPT = "</script><script>window.__xss='script'</script>"
SVG = '"><svg onload="window.__xss=\'svg\'">'
# pyvis switches to an innerHTML popup once any title holds "href".
HREF = "<a href=\"javascript:window.__xss='href'\">t.me/mfa_russia/123</a>"
COMMENT = "<!--<script>window.__xss='comment'</script>-->"
PAYLOADS = (IMG, SCRIPT, SVG, HREF, COMMENT)


def edge(key: str, *posts: tuple[str, str, str], confidence: float = 0.9) -> dict[str, Any]:
    """Edge attributes as ``to_networkx`` writes them, from (post id, date, sentence)."""
    return {
        "key": key,
        "sample_post_ids": [p for p, _, _ in posts][:EVIDENCE_SAMPLE],
        "sample_dates": [d for _, d, _ in posts][:EVIDENCE_SAMPLE],
        "sample_evidence": [s for _, _, s in posts][:EVIDENCE_SAMPLE],
        "confidence": confidence,
        "count": len(posts),
        "first_seen": min(d for _, d, _ in posts),
        "last_seen": max(d for _, d, _ in posts),
        "modality": "asserted",
    }


def sample_graph() -> nx.MultiDiGraph:
    """A small graph in the genre, written for these tests."""
    graph = nx.MultiDiGraph()
    graph.add_node("sergey-lavrov", type="Person", name="Sergey Lavrov", aliases=["Lavrov"])
    graph.add_node("wang-yi", type="Person", name="Wang Yi", aliases=["Wang"])
    graph.add_node("asean", type="Organisation", name="ASEAN", aliases=[])
    graph.add_node("country:la", type="Country", name="Laos", aliases=["Lao PDR"])
    graph.add_node("place:vientiane", type="Place", name="Vientiane", aliases=[])
    graph.add_node("event:asean-forum", type="Event", name="ASEAN Regional Forum", aliases=["ARF"])
    talks = (
        ("mfa:101", "2024-07-26", "Sergey Lavrov held talks with Wang Yi in Vientiane."),
        ("mfa:102", "2024-07-27", "Lavrov and Wang Yi discussed the Korean Peninsula."),
    )
    graph.add_edge("sergey-lavrov", "wang-yi", **edge("MET_WITH", *talks))
    graph.add_edge(
        "sergey-lavrov",
        "event:asean-forum",
        **edge("SPOKE_AT", ("mfa:103", "2024-07-27", "Lavrov spoke at the ASEAN Regional Forum.")),
    )
    graph.add_edge(
        "event:asean-forum",
        "place:vientiane",
        **edge("HELD_IN", ("mfa:103", "2024-07-27", "The forum took place in Vientiane.")),
    )
    graph.add_edge(
        "sergey-lavrov",
        "country:la",
        **edge("VISITED", ("mfa:100", "2024-07-25", "Sergey Lavrov arrived in Laos.")),
    )
    graph.add_edge(
        "wang-yi",
        "asean",
        **edge("SUPPORTED", ("mfa:104", "2024-07-27", "Wang Yi backed ASEAN centrality.")),
    )
    return graph


def hostile_graph() -> nx.MultiDiGraph:
    """Payloads in names, aliases and evidence, with parallel and opposite edges."""
    graph = sample_graph()
    graph.add_node("person:img", type="Person", name=f"Envoy {IMG}", aliases=[SVG, HREF])
    graph.add_node("org:script", type="Organisation", name=f"Bureau {SCRIPT}", aliases=[COMMENT])
    graph.add_edge(
        "person:img",
        "org:script",
        **edge("MEMBER_OF", ("mfa:201", "2024-08-01", f"He joined {SCRIPT} the bureau.")),
    )
    graph.add_edge(
        "person:img",
        "org:script",
        **edge("CRITICISED", ("mfa:202", "2024-08-02", f"See {HREF} and {IMG}.")),
    )
    graph.add_edge(
        "org:script",
        "person:img",
        **edge("INVITED", ("mfa:203", "2024-08-03", f"An invitation {SVG} {COMMENT}")),
    )
    graph.add_edge(
        "sergey-lavrov",
        "person:img",
        **edge("CRITICISED", ("mfa:204", "2024-08-04", f"Lavrov criticised {IMG}")),
    )
    return graph


# --- The page's content, without a browser ---------------------------------------------


def test_script_json_cannot_close_the_script_element() -> None:
    value = {"text": f"{SCRIPT} {COMMENT} a & b \u2028 \u2029 > c"}
    encoded = script_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded) == value


class _Markup(HTMLParser):
    """The tags of a page, and any attribute that would fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.fetching: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.fetching.extend((tag, name) for name, _ in attrs if name in ("src", "href"))


def test_page_is_self_contained_and_payloads_stay_data() -> None:
    page = render_view(hostile_graph(), title=f"{TITLE} {IMG}")
    markup = _Markup()
    markup.feed(page)
    assert markup.fetching == []
    assert markup.tags.count("script") == 3  # data, vis-network, the view
    assert "img" not in markup.tags and "svg" not in markup.tags
    for payload in PAYLOADS:
        assert payload not in page
    assert "default-src 'none'" in page


def test_footer_states_counts_and_filters() -> None:
    made = datetime(2024, 8, 5, 9, 30, tzinfo=timezone.utc)
    page = render_view(
        sample_graph(),
        focus="Lavrov",
        depth=1,
        upstream_filters={"relations": "MET_WITH, VISITED"},
        made_at=made,
    )
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.S)[1])  # type: ignore[index]
    footer = data["footer"]
    assert "4 actors and 3 relations of 6 actors and 5 relations" in footer
    assert "relations: MET_WITH, VISITED" in footer
    assert "around: Lavrov (depth 1)" in footer
    assert "made 2024-08-05 09:30 UTC" in footer


def test_min_count_keeps_well_attested_relations_only() -> None:
    selected = select_subgraph(sample_graph(), min_count=2)
    assert sorted(selected.edges(keys=True)) == [("sergey-lavrov", "wang-yi", "MET_WITH")]
    assert sorted(selected) == ["sergey-lavrov", "wang-yi"]


def test_focus_resolves_key_name_or_alias_and_takes_the_ego_graph() -> None:
    graph = sample_graph()
    by_alias = select_subgraph(graph, focus="lao pdr", depth=1)
    assert sorted(by_alias) == ["country:la", "sergey-lavrov"]
    by_name = select_subgraph(graph, focus="Wang Yi", depth=2)
    assert "event:asean-forum" in by_name and "place:vientiane" not in by_name
    assert sorted(select_subgraph(graph, focus="asean", depth=0)) == ["asean"]


def test_focus_errors_name_the_option() -> None:
    graph = sample_graph()
    with pytest.raises(InputError, match="--focus: no actor"):
        select_subgraph(graph, focus="Blinken")
    graph.add_node("lavrov-2", type="Person", name="Lavrov", aliases=[])
    with pytest.raises(InputError, match="names 2 actors"):
        select_subgraph(graph, focus="lavrov")
    with pytest.raises(InputError, match="--depth"):
        select_subgraph(graph, focus="Wang Yi", depth=-1)


def test_too_large_a_graph_is_refused_unless_forced(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(
        (f"n{i}", {"type": "Person", "name": f"N{i}", "aliases": []}) for i in range(MAX_NODES + 1)
    )
    with pytest.raises(InputError, match=r"--focus NAME.*--min-count K.*--force"):
        write_view(graph, tmp_path / "big.html")
    assert list(tmp_path.iterdir()) == []
    many_edges = nx.MultiDiGraph()
    many_edges.add_edges_from(("a", "b", str(i)) for i in range(MAX_EDGES + 1))
    with pytest.raises(InputError, match=f"{MAX_EDGES + 1} relations"):
        render_view(many_edges)


def test_write_view_refuses_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory does not exist"):
        write_view(sample_graph(), tmp_path / "missing" / "view.html")


def test_write_view_reports_what_it_wrote(tmp_path: Path) -> None:
    summary = write_view(sample_graph(), tmp_path / "view.html")
    assert (summary.nodes, summary.edges) == (6, 5)
    assert summary.bytes == (tmp_path / "view.html").stat().st_size
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]


def clustered_graph(clusters: int, size: int) -> nx.MultiDiGraph:
    """Dense clusters joined in a ring, plus two isolated actors."""
    graph = nx.MultiDiGraph()
    for c in range(clusters):
        members = [f"c{c}-{i}" for i in range(size)]
        graph.add_edges_from((u, v, "MET_WITH") for u in members for v in members if u < v)
        graph.add_edge(members[0], f"c{(c + 1) % clusters}-0", "VISITED")
    graph.add_nodes_from(["alone-1", "alone-2"])
    return graph


@pytest.mark.parametrize("clusters", [4, NETWORKX_SPRING_MAX_NODES // 8 + 10])
def test_layout_keeps_clusters_together_and_isolates_below(clusters: int) -> None:
    graph = clustered_graph(clusters, 8)
    positions = layout(graph)
    assert positions == layout(graph)  # seeded
    assert set(positions) == set(graph)
    assert len(set(positions.values())) == len(positions)
    assert len({y for _, y in positions.values()}) == len(positions)  # no level edge

    def distance(u: str, v: str) -> float:
        (x1, y1), (x2, y2) = positions[u], positions[v]
        return float(((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5)

    inside = [distance(f"c{c}-0", f"c{c}-{i}") for c in range(clusters) for i in range(1, 8)]
    across = [distance(f"c{c}-1", f"c{(c + clusters // 2) % clusters}-1") for c in range(clusters)]
    assert sum(inside) / len(inside) < 0.5 * sum(across) / len(across)
    lowest = max(y for node, (_, y) in positions.items() if not node.startswith("alone"))
    assert min(positions["alone-1"][1], positions["alone-2"][1]) > lowest


# --- The page in headless Chromium ------------------------------------------------------


def assert_nothing_ran(page: Page) -> None:
    assert page.evaluate("window.__xss === undefined") is True
    assert page.evaluate("document.title") == f"{TITLE} {IMG}"
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object').length") == 0


@pytest.mark.browser
def test_network_draws_every_node_and_edge(browser: Page, tmp_path: Path) -> None:
    graph = sample_graph()
    write_view(graph, tmp_path / "view.html", title=TITLE)
    open_view(browser, tmp_path / "view.html")
    keys = browser.evaluate("graphkitView.nodes.get().map(n => n.key)")
    assert sorted(keys) == sorted(graph)
    drawn = browser.evaluate("Object.keys(graphkitView.network.getPositions()).length")
    assert drawn == graph.number_of_nodes()
    assert browser.evaluate("graphkitView.edges.length") == graph.number_of_edges()
    assert browser.evaluate("document.querySelector('#network canvas').width") > 0
    assert browser.errors() == []


@pytest.mark.browser
def test_no_request_leaves_the_file(browser: Page, tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    write_view(sample_graph(), path, title=TITLE)
    open_view(browser, path)
    browser.evaluate("graphkitView.network.setOptions({physics: {enabled: true}})")
    browser.evaluate("document.getElementById('search-input').value = 'Wang'")
    browser.evaluate("document.getElementById('search').requestSubmit()")
    time.sleep(0.5)
    assert browser.requested_urls() == [path.as_uri()]
    assert browser.errors() == []


@pytest.mark.browser
def test_request_detection_sees_a_fetch(browser: Page, tmp_path: Path) -> None:
    """The check above would notice a request: a page that makes one is caught."""
    path = tmp_path / "leaky.html"
    path.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/probe.png">', encoding="utf-8")
    browser.open(path.as_uri())
    assert "http://127.0.0.1:9/probe.png" in browser.requested_urls()


@pytest.mark.browser
def test_payloads_never_run_on_load_hover_click_or_search(browser: Page, tmp_path: Path) -> None:
    graph = hostile_graph()
    path = tmp_path / "hostile.html"
    write_view(graph, path, title=f"{TITLE} {IMG}")
    open_view(browser, path)
    assert_nothing_ran(browser)

    nodes = browser.evaluate("graphkitView.nodes.get().map(n => [n.id, n.label])")
    for node_id, label in nodes:
        x, y = hover_point(browser, "node", node_id)
        assert label in tooltip_after_hover(browser, x, y)
        browser.click(x, y)
        assert label in browser.evaluate("document.getElementById('details').innerText")
    edges = browser.evaluate("graphkitView.edges.get().map(e => [e.id, e.evidence[0][2]])")
    for edge_id, sentence in edges:
        x, y = hover_point(browser, "edge", edge_id)
        assert sentence in tooltip_after_hover(browser, x, y)
    for query in ("Envoy", SVG, "Bureau"):
        browser.evaluate(f"document.getElementById('search-input').value = {json.dumps(query)}")
        browser.evaluate("document.getElementById('search').requestSubmit()")
        assert browser.evaluate("document.getElementById('details').innerText")

    assert_nothing_ran(browser)
    assert browser.requested_urls() == [path.as_uri()]
    assert browser.errors() == []


@pytest.mark.browser
def test_search_filters_and_physics_toggle_work(browser: Page, tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    write_view(sample_graph(), path, title=TITLE)
    open_view(browser, path)

    # A node thrown far out stays there without physics; with it, springs pull it back.
    throw = "graphkitView.network.moveNode(0, 3000, 3000); graphkitView.network.startSimulation()"
    where = "graphkitView.network.getPosition(0).x"
    browser.evaluate(throw)
    time.sleep(0.5)
    assert browser.evaluate(where) == 3000
    browser.evaluate("document.getElementById('physics').click()")
    browser.evaluate(throw)
    time.sleep(1.0)
    assert browser.evaluate(where) < 2900
    browser.evaluate("document.getElementById('physics').click()")
    browser.evaluate(throw)
    time.sleep(0.5)
    assert browser.evaluate(where) == 3000

    browser.evaluate("document.getElementById('search-input').value = 'lao pdr'")
    browser.evaluate("document.getElementById('search').requestSubmit()")
    selected = browser.evaluate(
        "graphkitView.network.getSelectedNodes().map(id => graphkitView.nodes.get(id).key)"
    )
    assert selected == ["country:la"]

    visible = "graphkitView.network.body.nodeIndices.length"
    assert browser.evaluate(visible) == 6
    browser.evaluate(
        """[...document.querySelectorAll('#legend-types label')]
           .find(l => l.innerText.includes('Person')).querySelector('input').click()"""
    )
    assert browser.evaluate(visible) == 4

    assert browser.errors() == []
