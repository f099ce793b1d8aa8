"""`graphkit view` end to end: posts loaded into either store, the page opened in Chromium."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from headless import Page
from load_inputs import FORUM, TALKS, write_dump, write_export
from typer.testing import CliRunner
from view_browser import (  # browser_page: the `browser` fixture
    assert_labels_apart,
    browser_page,  # noqa: F401
    edge_dates,
    fetched_urls,
    hover_point,
    open_view,
    tooltip_after_hover,
)

import graphkit.views.selection
from graphkit.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")
# A hostile post: each payload would set window.__xss if the page ran it.
HOSTILE = "\n".join(
    [
        "📍 Moscow, June 3, 2024",
        "🎙 Foreign Minister Sergey Lavrov criticised NATO"
        ' <img src=x onerror="window.__xss=1"> for its drills.',
        "🔹 Sergey Lavrov held talks with Foreign Minister of Egypt Sameh Shoukry"
        " </script><script>window.__xss=2</script> in Moscow.",
        "Read in full",
    ]
)


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


@pytest.fixture
def store(runner: CliRunner, tmp_path: Path) -> Path:
    """A SQLite store loaded with three posts, one of them hostile."""
    dump = write_dump(tmp_path / "mfa.txt", TALKS, FORUM, HOSTILE)
    db = tmp_path / "graph.db"
    loaded = runner.invoke(app, ["load", str(dump), "--store", str(db)])
    assert loaded.exit_code == 0, loaded.stderr
    return db


def page_data(path: Path) -> dict[str, object]:
    match = re.search(r'id="graph-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S)
    assert match is not None
    data: dict[str, object] = json.loads(match[1])
    return data


def test_view_from_the_sqlite_store(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["view", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = page_data(out)
    names = {node["name"] for node in data["nodes"]}  # type: ignore[attr-defined]
    assert {"Sergey Lavrov", "NATO", "Maxim Ryzhenkov"} <= names
    assert f"wrote {len(data['nodes'])} actors and {len(data['edges'])} relations" in result.stdout  # type: ignore[arg-type]
    assert data["filters"] == []


def test_filters_and_focus_reach_the_page(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    args = ["view", "--store", str(store), "-o", str(out), "--relations", "CRITICISED"]
    result = runner.invoke(app, [*args, "--focus", "Lavrov", "--depth", "1"])
    assert result.exit_code == 0, result.stderr
    data = page_data(out)
    assert {edge["relation"] for edge in data["edges"]} == {"CRITICISED"}  # type: ignore[attr-defined]
    assert data["filters"] == [["relations", "CRITICISED"], ["around", "Lavrov (depth 1)"]]


def test_since_and_until_set_the_initial_range_and_every_date_is_embedded(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A relation asserted by 100 posts: the page has all their dates, from the
    store's assertions, though the edge's own sample holds three."""
    db = tmp_path / "graph.db"
    dump = write_export(tmp_path / "result.json", 100)
    assert runner.invoke(app, ["load", str(dump), "--store", str(db)]).exit_code == 0
    out = tmp_path / "view.html"
    args = ["view", "--store", str(db), "-o", str(out), "--since", "2023-11-16"]
    result = runner.invoke(app, [*args, "--until", "2023-11-17"])
    assert result.exit_code == 0, result.stderr
    data = page_data(out)
    # The days write_export's posts fall on, and how many on each.
    days = Counter(
        datetime.fromtimestamp(1_700_000_000 + n * 3600, timezone.utc).date().isoformat()
        for n in range(1, 101)
    )
    assert data["dates"] == {
        "first": min(days),
        "last": max(days),
        "since": "2023-11-16",
        "until": "2023-11-17",
    }
    keys = {node["id"]: node["key"] for node in data["nodes"]}  # type: ignore[attr-defined]
    criticised = next(e for e in data["edges"] if "nato" in keys[e["to"]])  # type: ignore[attr-defined]
    assert criticised["count"] == 100
    assert edge_dates(criticised) == sorted(days.items())
    assert len(criticised["evidence"]) == 5  # spread over the history, newest last
    assert criticised["evidence"][-1][0] == max(days)


def test_a_big_store_gives_an_overview_and_says_what_it_left_out(
    runner: CliRunner, store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["view", "--store", str(store), "-o", str(out), "--top", "4"])
    assert result.exit_code == 0, result.stderr
    data = page_data(out)
    assert len(data["nodes"]) == 4  # type: ignore[arg-type]
    assert "Overview: the 4 best-connected of" in result.stdout
    assert "Overview: the 4 best-connected of" in " ".join(data["notes"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--focus", "Blinken"], "graphkit: --focus: no actor with the key, name or alias"),
        (["--types", "Persn"], "graphkit: --types: unknown Persn"),
        (["--since", "2024-13-01"], "graphkit: --since: '2024-13-01' is not a date"),
        (["--relations", "PRAISED"], "graphkit: --relations: unknown PRAISED"),
    ],
)
def test_bad_options_give_one_line_and_exit_2(
    runner: CliRunner, store: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["view", "--store", str(store), "-o", str(out), *options])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_missing_directory_and_empty_store(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    nowhere = tmp_path / "missing" / "view.html"
    result = runner.invoke(app, ["view", "--store", str(store), "-o", str(nowhere)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"graphkit: {nowhere}: cannot write: directory {str(nowhere.parent)!r} does not exist\n"
    )
    empty = runner.invoke(
        app, ["view", "--store", str(tmp_path / "empty.db"), "-o", str(tmp_path / "v.html")]
    )
    assert empty.exit_code == 2
    assert "nothing to draw" in empty.stderr


def test_too_large_a_view_suggests_focus_or_min_count(
    runner: CliRunner, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graphkit.views.selection, "MAX_NODES", 3)
    out = tmp_path / "view.html"
    everything = ["view", "--store", str(store), "-o", str(out), "--top", "0"]
    refused = runner.invoke(app, everything)
    assert refused.exit_code == 2
    assert "--min-count K, draw an overview with --top N, or pass --force" in refused.stderr
    assert not out.exists()
    forced = runner.invoke(app, [*everything, "--force"])
    assert forced.exit_code == 0, forced.stderr
    assert out.exists()


@pytest.mark.browser
def test_a_hostile_post_runs_nothing_in_the_view(
    runner: CliRunner, store: Path, tmp_path: Path, browser: Page
) -> None:
    out = tmp_path / "view.html"
    assert runner.invoke(app, ["view", "--store", str(store), "-o", str(out)]).exit_code == 0
    page_text = out.read_text(encoding="utf-8")
    assert "onerror" in page_text  # the payload is in the page, as data
    open_view(browser, out)
    edges = browser.evaluate(
        "graphkitView.records.edges.map(e => [e.id, e.evidence.map(row => row[2]).join(' ')])"
    )
    evidence = " ".join(sentence for _, sentence in edges)
    assert '<img src=x onerror="window.__xss=1">' in evidence
    assert "</script><script>window.__xss=2</script>" in evidence
    for edge_id, sentences in edges:
        first = sentences.split(" 🔹 ")[0][:40]
        x, y = hover_point(browser, "edge", edge_id)
        assert first in tooltip_after_hover(browser, x, y)
        browser.click(x, y)
        assert first in browser.evaluate("document.getElementById('details').innerText")
    # Each actor's panel, every relation in it clicked, under a date range too.
    for dates in (("", ""), ("2024-06-01", "2024-06-30")):
        browser.evaluate(f"graphkitView.setRange{dates}")
        for node_id in browser.evaluate("graphkitView.visibleNodeIds()"):
            browser.evaluate(f"graphkitView.showActor({node_id}, true)")
            browser.evaluate(
                "document.querySelectorAll('#details .relation > button').forEach(b => b.click())"
            )
    panel = browser.evaluate("document.getElementById('details').innerText")
    assert "window.__xss" in panel  # the last actor's relations came from the hostile post
    assert browser.evaluate("window.__xss === undefined") is True
    assert browser.evaluate("document.querySelectorAll('img, script[src]').length") == 0
    assert fetched_urls(browser) == [out.as_uri()]
    assert browser.errors() == []


@pytest.mark.neo4j
def test_view_from_neo4j_matches_sqlite(
    runner: CliRunner, neo4j_uri: str, neo4j_store: object, store: Path, tmp_path: Path
) -> None:
    dump = write_dump(tmp_path / "mfa.txt", TALKS, FORUM, HOSTILE)
    loaded = runner.invoke(app, ["load", str(dump), "--neo4j-uri", neo4j_uri])
    assert loaded.exit_code == 0, loaded.stderr
    from_neo4j, from_sqlite = tmp_path / "neo4j.html", tmp_path / "sqlite.html"
    result = runner.invoke(app, ["view", "--neo4j-uri", neo4j_uri, "-o", str(from_neo4j)])
    assert result.exit_code == 0, result.stderr
    assert (
        runner.invoke(app, ["view", "--store", str(store), "-o", str(from_sqlite)]).exit_code == 0
    )

    def drawn(path: Path) -> tuple[list[str], list[tuple[str, str, str, str, str]]]:
        """Actors, and relations with their dated evidence (from each store's assertions)."""
        data = page_data(path)
        keys = {n["id"]: n["key"] for n in data["nodes"]}  # type: ignore[attr-defined]
        edges = [
            (keys[e["from"]], e["relation"], keys[e["to"]], str(e["days"]), str(e["evidence"]))
            for e in data["edges"]  # type: ignore[attr-defined]
        ]
        return sorted(keys.values()), sorted(edges)

    assert drawn(from_neo4j) == drawn(from_sqlite)


@pytest.mark.browser
def test_the_example_posts_view_has_no_overlapping_labels_and_full_panels(
    runner: CliRunner, tmp_path: Path, browser: Page
) -> None:
    db, out = tmp_path / "graph.db", tmp_path / "view.html"
    examples = [str(EXAMPLES / "channel_dump.txt"), str(EXAMPLES / "result.json")]
    assert runner.invoke(app, ["load", *examples, "--store", str(db)]).exit_code == 0
    assert runner.invoke(app, ["view", "--store", str(db), "-o", str(out)]).exit_code == 0
    open_view(browser, out)
    boxes = assert_labels_apart(browser)
    assert "Sergey Lavrov" in {box["text"] for box in boxes}
    lavrov = browser.evaluate("graphkitView.find('Sergey Lavrov')")
    x, y = hover_point(browser, "node", lavrov)
    browser.click(x, y)
    panel = browser.evaluate("document.getElementById('details').innerText")
    data = page_data(out)
    mine = [e for e in data["edges"] if lavrov in (e["from"], e["to"])]  # type: ignore[attr-defined]
    assert mine
    for edge in mine:
        assert edge["relation"] in panel
        for _, _, sentence in edge["evidence"]:
            assert sentence in panel
    assert "Most often mentioned with" in panel
    assert browser.errors() == []
