"""graphkit view: the page's data and limits, then the page itself in headless Chromium."""

from __future__ import annotations

import csv
import json
import re
import time
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from headless import Page
from view_browser import (  # browser_page: the `browser` fixture
    assert_labels_apart,
    browser_page,  # noqa: F401
    edge_dates,
    fetched_urls,
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
    OVERVIEW_ACTORS,
    build_view,
    layout,
    render_view,
    script_json,
    select_subgraph,
    short_label,
    write_view,
)
from graphkit.views.evidence import DATES_SHOWN, co_mentions, summarise
from graphkit.views.page import day_runs
from graphkit.views.selection import weighted_degree

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
    """Edge attributes as ``to_networkx(assertions=True)`` writes them, from
    (post id, date, sentence)."""
    sample = posts[:EVIDENCE_SAMPLE]
    return {
        "key": key,
        "count": len(posts),
        "confidence": confidence,
        "first_seen": min(d for _, d, _ in posts),
        "last_seen": max(d for _, d, _ in posts),
        "modality": "asserted",
        "sample_post_ids": [p for p, _, _ in sample],
        "sample_dates": [d for _, d, _ in sample],
        "sample_evidence": [s for _, _, s in sample],
        "assertions": [
            {"post_id": p, "date": d, "evidence": s, "rule": "test", "confidence": confidence}
            for p, d, s in posts
        ],
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


def embedded(page: str) -> dict[str, Any]:
    """The JSON the page's script reads."""
    match = re.search(r'id="graph-data">(.*?)</script>', page, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match[1])
    return data


def test_page_data_states_filters_counts_and_the_initial_date_range() -> None:
    made = datetime(2024, 8, 5, 9, 30, tzinfo=timezone.utc)
    data = embedded(
        render_view(
            sample_graph(),
            focus="Lavrov",
            depth=1,
            since="2024-07-26",
            upstream_filters={"relations": "MET_WITH, VISITED"},
            made_at=made,
        )
    )
    assert (len(data["nodes"]), len(data["edges"])) == (4, 3)
    assert data["whole"] == {"actors": 6, "relations": 5}
    assert data["filters"] == [
        ["relations", "MET_WITH, VISITED"],
        ["around", "Lavrov (depth 1)"],
    ]
    assert data["made"].startswith("made 2024-08-05 09:30 UTC")
    assert data["dates"] == {
        "first": "2024-07-25",
        "last": "2024-07-27",
        "since": "2024-07-26",
        "until": "",
    }
    focus = [node for node in data["nodes"] if node.get("focus")]
    assert [node["key"] for node in focus] == ["sergey-lavrov"]


def test_bad_initial_dates_are_refused() -> None:
    with pytest.raises(InputError, match="--until: '2024-02-30' is not a date"):
        render_view(sample_graph(), until="2024-02-30")


def test_edges_carry_their_dated_evidence() -> None:
    data = embedded(render_view(sample_graph()))
    talks = next(edge for edge in data["edges"] if edge["relation"] == "MET_WITH")
    assert edge_dates(talks) == [("2024-07-26", 1), ("2024-07-27", 1)]
    assert [row[1] for row in talks["evidence"]] == ["mfa:101", "mfa:102"]
    assert talks["count"] == 2
    assert "label" not in talks  # relation names are drawn on hover or zoomed in


def test_evidence_is_bounded_and_spread_over_the_history() -> None:
    items = [(f"2024-01-{day:02d}", f"p{day}", f"sentence {day}") for day in range(1, 29)]
    items.append((None, "undated", "no date"))
    found = summarise(items, 5)
    assert found.posts == 29
    assert len(found.items) == 5
    assert found.items[0][0] == "2024-01-01" and found.items[-1][1] == "undated"
    assert found.dates[-1] == (None, 1) and ("2024-01-10", 1) in found.dates
    assert [item[1] for item in summarise(items, 1).items] == ["undated"]
    days = [(date(2000, 1, 1) + timedelta(days=i)).isoformat() for i in range(DATES_SHOWN + 50)]
    many = [(day, str(i), "s") for i, day in enumerate(days)]
    cut = summarise(many, 3)
    assert len(cut.dates) == DATES_SHOWN and cut.dates_cut


def test_a_graph_with_only_the_evidence_sample_says_its_dates_are_partial() -> None:
    graph = sample_graph()
    posts = [(f"p{i}", f"2024-02-{i + 1:02d}", f"sentence {i}") for i in range(6)]
    graph.add_edge("wang-yi", "country:la", **edge("VISITED", *posts))
    for _, _, data in graph.edges(data=True):
        del data["assertions"]
    data = embedded(render_view(graph))
    visit = next(e for e in data["edges"] if e["relation"] == "VISITED" and e["count"] == 6)
    assert len(edge_dates(visit)) == EVIDENCE_SAMPLE
    assert (visit["first_seen"], visit["last_seen"]) == ("2024-02-01", "2024-02-06")
    assert any("only part of their dates" in note for note in data["notes"])
    assert not any("only part" in note for note in embedded(render_view(sample_graph()))["notes"])


def test_dates_travel_as_day_runs() -> None:
    runs, undated = day_runs([("1970-01-02", 2), ("1970-01-05", 1), (None, 4), ("2024-13-01", 1)])
    assert (runs, undated) == ([1, 2, 3, 1], 5)


def test_long_names_are_shortened_in_labels_and_whole_elsewhere() -> None:
    name = "13th International Meeting of High Representatives for Security Issues"
    label = short_label(name)
    assert label.endswith("…") and len(label) <= 30 and name.startswith(label[:-1])
    assert short_label("Sergey Lavrov") == "Sergey Lavrov"
    graph = sample_graph()
    graph.add_node("event:long", type="Event", name=name, aliases=[])
    graph.add_edge("sergey-lavrov", "event:long", **edge("SPOKE_AT", ("p", "2024-01-01", "s")))
    node = next(n for n in embedded(render_view(graph))["nodes"] if n["key"] == "event:long")
    assert (node["name"], node["short"]) == (name, label)


def test_co_mentions_count_posts_naming_both_actors() -> None:
    mentions = [("p1", "a"), ("p1", "b"), ("p1", "c"), ("p2", "a"), ("p2", "b"), ("p3", "c")]
    assert co_mentions(mentions, ["a", "c"], top=2) == {
        "a": [("b", 2), ("c", 1)],
        "c": [("a", 1), ("b", 1)],
    }


def star_graph(leaves: int, hubs: int = 5) -> nx.MultiDiGraph:
    """``hubs`` hubs each asserted with many leaves; leaf i talks to hub i % hubs."""
    graph = nx.MultiDiGraph()
    for h in range(hubs):
        graph.add_node(f"hub{h}", type="Person", name=f"Minister {h}", aliases=[])
    for i in range(leaves):
        kind = ("Country", "Organisation", "Event")[i % 3]
        graph.add_node(f"leaf{i}", type=kind, name=f"{kind} number {i}", aliases=[])
        posts = [
            (f"p{i}-{j}", f"2024-{1 + j % 12:02d}-{1 + i % 28:02d}", "s") for j in range(1 + i % 4)
        ]
        graph.add_edge(f"hub{i % hubs}", f"leaf{i}", **edge("MET_WITH", *posts))
        graph.add_edge(f"hub{(i + 1) % hubs}", f"leaf{i}", **edge("VISITED", posts[0]))
    return graph


def test_a_big_graph_becomes_an_overview_that_says_what_it_left_out() -> None:
    graph = star_graph(OVERVIEW_ACTORS * 2)
    view = build_view(graph)
    data = embedded(view.html)
    assert view.nodes == OVERVIEW_ACTORS
    keys = {node["key"] for node in data["nodes"]}
    assert {f"hub{h}" for h in range(5)} <= keys  # the best-connected stay
    weights = weighted_degree(graph)
    left_out = set(graph) - keys
    assert min(weights[key] for key in keys) >= max(weights[key] for key in left_out)
    whole = graph.number_of_nodes()
    note = " ".join(data["notes"])
    assert f"the {OVERVIEW_ACTORS} best-connected of {whole} actors" in note
    assert f"Left out: {len(left_out)} actors" in note
    hubs = [node for node in data["nodes"] if node["key"].startswith("hub")]
    assert all(node["left_out"] > 0 for node in hubs)
    assert ["overview", f"top {OVERVIEW_ACTORS} actors"] in data["filters"]
    # The focus actor stays in an overview whatever its rank; --top 0 draws all.
    focused = build_view(graph, focus="hub0", depth=2, top=50)
    assert "hub0" in {n["key"] for n in embedded(focused.html)["nodes"]}
    assert build_view(graph, top=0).nodes == graph.number_of_nodes()


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


def test_too_large_a_graph_is_refused_without_an_overview_unless_forced(
    tmp_path: Path,
) -> None:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(
        (f"n{i}", {"type": "Person", "name": f"N{i}", "aliases": []}) for i in range(MAX_NODES + 1)
    )
    with pytest.raises(InputError, match=r"--focus NAME.*--min-count K.*--top N.*--force"):
        write_view(graph, tmp_path / "big.html", top=0)
    assert list(tmp_path.iterdir()) == []
    many_edges = nx.MultiDiGraph()
    many_edges.add_edges_from(("a", "b", str(i)) for i in range(MAX_EDGES + 1))
    with pytest.raises(InputError, match=f"{MAX_EDGES + 1} relations"):
        render_view(many_edges)


def test_write_view_refuses_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        write_view(sample_graph(), tmp_path / "missing" / "view.html")


def test_write_view_reports_what_it_wrote(tmp_path: Path) -> None:
    summary = write_view(sample_graph(), tmp_path / "view.html")
    assert (summary.nodes, summary.edges, summary.note) == (6, 5, None)
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
    keys = browser.evaluate("graphkitView.records.nodes.map(n => n.key)")
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
    assert fetched_urls(browser) == [path.as_uri()]
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

    nodes = browser.evaluate("graphkitView.records.nodes.map(n => [n.id, n.name])")
    for node_id, name in nodes:
        x, y = hover_point(browser, "node", node_id)
        assert name in tooltip_after_hover(browser, x, y)
        browser.click(x, y)
        panel = browser.evaluate("document.getElementById('details').innerText")
        assert name in panel
        # Every relation and actor button of the panel, clicked.
        browser.evaluate(
            "document.querySelectorAll('#details .relation > button').forEach(b => b.click())"
        )
        browser.evaluate("[...document.querySelectorAll('#details button.actor')].at(-1)?.click()")
    edges = browser.evaluate("graphkitView.records.edges.map(e => [e.id, e.evidence[0][2]])")
    for edge_id, sentence in edges:
        x, y = hover_point(browser, "edge", edge_id)
        assert sentence in tooltip_after_hover(browser, x, y)
    for query in ("Envoy", SVG, "Bureau"):
        browser.evaluate(f"document.getElementById('search-input').value = {json.dumps(query)}")
        browser.evaluate("document.getElementById('search').requestSubmit()")
        assert browser.evaluate("document.getElementById('details').innerText")
    # Under a date range: tooltips, panel and footer rebuilt from the same data.
    browser.evaluate("graphkitView.setRange('2024-08-02', '2024-08-04')")
    shown = browser.evaluate("graphkitView.visibleEdgeIds()")
    assert len(shown) == 3
    for edge_id in shown:
        x, y = hover_point(browser, "edge", edge_id)
        assert "in the date range" in tooltip_after_hover(browser, x, y)
    browser.evaluate("graphkitView.showActor(graphkitView.find('Envoy'), true)")
    assert "An invitation" in browser.evaluate("document.getElementById('details').innerText")
    browser.evaluate(
        "document.querySelectorAll('#details .relation > button').forEach(b => b.click())"
    )

    assert_nothing_ran(browser)
    assert fetched_urls(browser) == [path.as_uri()]
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
        "graphkitView.network.getSelectedNodes().map(id => graphkitView.records.nodes[id].key)"
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


def press_enter(page: Page) -> None:
    for kind in ("keyDown", "keyUp"):
        page.send(
            "Input.dispatchKeyEvent",
            type=kind,
            key="Enter",
            code="Enter",
            windowsVirtualKeyCode=13,
            **({"text": "\r"} if kind == "keyDown" else {}),
        )


@pytest.mark.browser
def test_actor_panel_lists_relations_with_evidence(browser: Page, tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    mentions = [("mfa:101", "sergey-lavrov"), ("mfa:101", "wang-yi"), ("mfa:100", "country:la")]
    mentions += [("mfa:100", "sergey-lavrov"), ("mfa:102", "sergey-lavrov"), ("mfa:102", "wang-yi")]
    write_view(sample_graph(), path, title=TITLE, mentions=mentions)
    open_view(browser, path)
    lavrov = browser.evaluate("graphkitView.find('Sergey Lavrov')")
    x, y = hover_point(browser, "node", lavrov)
    browser.click(x, y)
    panel = browser.evaluate("document.getElementById('details').innerText")
    for line in (
        "\u2194 MET_WITH with \u00b7 1 actor, 2 posts",
        "Wang Yi \u00b7 2 posts \u00b7 2024-07-26 to 2024-07-27",
        "Lavrov and Wang Yi discussed the Korean Peninsula.",
        "2024-07-27 \u00b7 post mfa:102",
        "\u2192 VISITED to \u00b7 1 actor, 1 post",
        "Laos \u00b7 1 post \u00b7 2024-07-25",
        "\u2192 SPOKE_AT to",
        "Most often mentioned with",
        "Wang Yi \u00b7 2 posts",
    ):
        assert line in panel
    assert browser.evaluate("getComputedStyle(document.getElementById('details')).userSelect") in (
        "text",
        "auto",
    )
    # Keyboard: a relation in the panel is a button; Enter on it selects the edge.
    met = browser.evaluate("graphkitView.records.edges.find(e => e.relation === 'MET_WITH').id")
    browser.evaluate(
        f"document.querySelector('#details .relation[data-edge=\"{met}\"] > button').focus()"
    )
    press_enter(browser)
    assert browser.evaluate("graphkitView.network.getSelectedEdges()") == [met]
    assert browser.evaluate(
        "document.querySelector('#details .relation.chosen').dataset.edge"
    ) == str(met)
    # Search then Enter opens an actor's panel and moves the keyboard focus to it.
    browser.evaluate("document.getElementById('search-input').value = 'Lao PDR'")
    browser.evaluate("document.getElementById('search').requestSubmit()")
    assert browser.evaluate("document.activeElement.id") == "details"
    assert "Sergey Lavrov \u00b7 1 post" in browser.evaluate(
        "document.getElementById('details').innerText"
    )
    assert browser.errors() == []


@pytest.mark.browser
def test_date_control_hides_and_restores_edges_and_the_footer_follows(
    browser: Page, tmp_path: Path
) -> None:
    path = tmp_path / "view.html"
    write_view(sample_graph(), path, title=TITLE, since="2024-07-27")
    open_view(browser, path)
    footer = "document.getElementById('footer').textContent"
    body = "graphkitView.network.body"
    drawn = f"[{body}.nodeIndices.length, {body}.edgeIndices.length]"
    # --since set the initial range: Laos's only relation (July 25) is hidden, and Laos.
    assert browser.evaluate("document.getElementById('date-from').value") == "2024-07-27"
    assert browser.evaluate(drawn) == [5, 4]
    assert "Showing 5 of 6 actors and 4 of 5 relations" in browser.evaluate(footer)
    assert "dates: 2024-07-27 to end" in browser.evaluate(footer)

    browser.evaluate("document.getElementById('date-all').click()")
    assert browser.evaluate(drawn) == [6, 5]
    assert "Showing 6 of 6 actors and 5 of 5 relations \u00b7 no filters" in browser.evaluate(
        footer
    )

    browser.evaluate(
        """(() => { const to = document.getElementById('date-to');
           to.value = '2024-07-26'; to.dispatchEvent(new Event('change')); })()"""
    )
    assert browser.evaluate(drawn) == [3, 2]  # Lavrov, Wang Yi, Laos
    assert "dates: start to 2024-07-26" in browser.evaluate(footer)
    talks = browser.evaluate("graphkitView.records.edges.find(e => e.relation === 'MET_WITH').id")
    x, y = hover_point(browser, "edge", talks)
    tip = tooltip_after_hover(browser, x, y)
    assert "1 post in the date range" in tip and "Korean Peninsula" not in tip

    browser.evaluate(
        """[...document.querySelectorAll('#legend-relations label')]
           .find(l => l.innerText.includes('VISITED')).querySelector('input').click()"""
    )
    assert "hidden relations: VISITED" in browser.evaluate(footer)
    assert browser.evaluate(drawn) == [2, 1]
    browser.evaluate("graphkitView.setRange('', '')")
    assert browser.evaluate(drawn) == [6, 4]
    assert browser.errors() == []


def focus_graph(actors: int) -> nx.MultiDiGraph:
    """A minister, ``actors - 1`` actors within two steps of him, long event names among them."""
    graph = star_graph(actors - 6)
    for h in range(1, 5):
        graph.add_edge("hub0", f"hub{h}", **edge("MET_WITH", ("p", "2024-03-01", "They met.")))
    graph.add_node(
        "event:long",
        type="Event",
        name="13th International Meeting of High Representatives for Security Issues",
        aliases=[],
    )
    graph.add_edge("hub0", "event:long", **edge("SPOKE_AT", ("q", "2024-05-28", "He spoke.")))
    return graph


@pytest.mark.browser
def test_no_two_labels_overlap_on_a_500_actor_focus_view(browser: Page, tmp_path: Path) -> None:
    graph = focus_graph(500)
    path = tmp_path / "focus.html"
    summary = write_view(graph, path, focus="Minister 0", depth=2, top=500)
    assert summary.nodes == 500
    open_view(browser, path)
    boxes = assert_labels_apart(browser)
    texts = {box["text"] for box in boxes}
    assert "Minister 0" in texts  # the focus actor, labelled first
    assert browser.evaluate("graphkitView.records.nodes.filter(n => n.focus).length") == 1
    assert not any(box.get("edge") is not None for box in boxes)  # no relation names yet
    # Zoomed in, more labels and the relation names; still none overlapping.
    scale = browser.evaluate("graphkitView.network.getScale()")
    browser.evaluate(
        """(() => { const net = graphkitView.network;
           const middle = net.body.edges[0].edgeType.getPoint(0.5);
           net.moveTo({position: middle, scale: 1.6, animation: false}); })()"""
    )
    browser.wait_until("graphkitView.labelBoxes().some(box => box.edge !== undefined)")
    zoomed = assert_labels_apart(browser)
    assert any(box.get("edge") is not None for box in zoomed)
    # Zoomed in three times from the default, labels hidden there show.
    browser.evaluate(
        f"""(() => {{ const net = graphkitView.network;
           net.moveTo({{position: net.getPosition(graphkitView.find('Minister 0')),
                        scale: {scale} * 3, animation: false}}); }})()"""
    )
    browser.wait_until("!graphkitView.labelBoxes().some(box => box.edge !== undefined)")
    closer = {box["text"] for box in assert_labels_apart(browser)}
    assert closer - texts
    assert browser.errors() == []


@pytest.mark.browser
def test_hovering_a_relation_labels_it(browser: Page, tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    write_view(sample_graph(), path, title=TITLE)
    open_view(browser, path)
    assert_labels_apart(browser)
    long_name = browser.evaluate(
        "graphkitView.records.edges.find(e => e.relation === 'HELD_IN').id"
    )
    x, y = hover_point(browser, "edge", long_name)
    browser.move_mouse(1, 1)
    browser.move_mouse(x, y)
    browser.wait_until(
        f"graphkitView.labelBoxes().some(b => b.edge === {long_name} && b.text === 'HELD_IN')"
    )
    assert_labels_apart(browser)


@pytest.mark.browser
def test_png_and_csv_export_write_files(browser: Page, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    graph = hostile_graph()
    formula = '=HYPERLINK("http://127.0.0.1:9/", "click")'
    graph.add_edge("org:script", "wang-yi", **edge("SUPPORTED", ("mfa:205", "2024-08-05", formula)))
    write_view(graph, path, title=f"{TITLE} {IMG}")
    open_view(browser, path)
    browser.send("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))
    browser.evaluate("graphkitView.setRange('2024-08-01', '')")
    for button in ("save-png", "save-csv", "save-json"):
        browser.evaluate(f"document.getElementById('{button}').click()")
    names = {"graphkit-view.png", "graphkit-relations.csv", "graphkit-relations.json"}
    deadline = time.monotonic() + 20
    while {p.name for p in downloads.iterdir()} != names and time.monotonic() < deadline:
        time.sleep(0.1)
    assert {p.name for p in downloads.iterdir()} == names
    png = (downloads / "graphkit-view.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    rows = list(csv.DictReader((downloads / "graphkit-relations.csv").open(encoding="utf-8")))
    assert {(r["source_key"], r["relation"], r["target_key"]) for r in rows} == {
        ("person:img", "MEMBER_OF", "org:script"),
        ("person:img", "CRITICISED", "org:script"),
        ("org:script", "INVITED", "person:img"),
        ("sergey-lavrov", "CRITICISED", "person:img"),
        ("org:script", "SUPPORTED", "wang-yi"),
    }
    evidence = {r["evidence"] for r in rows}
    assert f"See {HREF} and {IMG}." in evidence
    assert "'" + formula in evidence  # a spreadsheet shows it as text, never runs it
    exported = json.loads((downloads / "graphkit-relations.json").read_text(encoding="utf-8"))
    assert len(exported["relations"]) == 5
    assert "dates: 2024-08-01 to end" in exported["shown"]
    assert_nothing_ran(browser)
    assert browser.errors() == []


@pytest.mark.browser
def test_an_overview_draws_every_kept_actor_and_its_note(browser: Page, tmp_path: Path) -> None:
    path = tmp_path / "overview.html"
    summary = write_view(star_graph(200), path, top=50)
    assert summary.note is not None
    open_view(browser, path)
    assert browser.evaluate("graphkitView.network.body.nodeIndices.length") == 50
    assert browser.evaluate("document.getElementById('notes').textContent") == summary.note
    browser.evaluate("graphkitView.showActor(graphkitView.find('Minister 0'), true)")
    panel = browser.evaluate("document.getElementById('details').innerText")
    assert "related actors not drawn in this overview" in panel
    assert "overview: top 50 actors" in browser.evaluate(
        "document.getElementById('footer').textContent"
    )
    assert_labels_apart(browser)
    assert browser.errors() == []
