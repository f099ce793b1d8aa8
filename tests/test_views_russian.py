"""Cyrillic names in the view: a Russian post loaded into the store is findable by its
Russian name in the page's search box (headless Chromium)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from headless import Page
from typer.testing import CliRunner
from view_browser import browser_page, open_view  # noqa: F401  (the `browser` fixture)

from graphkit.cli import app
from graphkit.export.networkx_graph import to_networkx
from graphkit.store.sqlite import SqliteStore
from graphkit.views import write_view

POSTS = (
    "Министр иностранных дел России Сергей Лавров провёл переговоры с главой МИД Турции "
    "Хаканом Фиданом в Анкаре.",
    "Посол России в Индонезии Сергей Толченов встретился с министром иностранных дел "
    "Индонезии Сугионо в Джакарте.",
    "Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Hakan Fidan.",
)


def selected_after_search(browser: Page, query: str) -> list[str]:
    browser.evaluate(f"document.getElementById('search-input').value = {json.dumps(query)}")
    browser.evaluate("document.getElementById('search').requestSubmit()")
    return list(
        browser.evaluate(
            "graphkitView.network.getSelectedNodes().map(id => graphkitView.records.nodes[id].key)"
        )
    )


@pytest.mark.browser
def test_a_russian_name_is_findable_in_the_search_box(browser: Page, tmp_path: Path) -> None:
    dump = tmp_path / "ru.txt"
    dump.write_text("\n\n\n".join(POSTS) + "\n", encoding="utf-8")
    db = tmp_path / "graph.db"
    assert CliRunner().invoke(app, ["load", str(dump), "--store", str(db)]).exit_code == 0
    with SqliteStore(db) as store:
        graph = to_networkx(store)
    path = tmp_path / "view.html"
    write_view(graph, path, title="Посольство России")
    open_view(browser, path)
    assert selected_after_search(browser, "Сергей Толченов") == ["person:sergey-tolchenov"]
    assert selected_after_search(browser, "Сергей Лавров") == ["person:sergey-lavrov"]
    assert selected_after_search(browser, "Lavrov") == ["person:sergey-lavrov"]
    # written "Хаканом Фиданом" in the post: its nominative is an alias too
    assert selected_after_search(browser, "Хакан Фидан") == ["person:hakan-fidan"]
    assert browser.evaluate("document.title") == "Посольство России"
    assert browser.errors() == []
