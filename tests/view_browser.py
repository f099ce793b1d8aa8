"""Helpers for opening graphkit views in headless Chromium and hovering what they draw."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from headless import ChromiumMissing, Page, chromium


@pytest.fixture(scope="module", name="browser")
def browser_page() -> Iterator[Page]:
    """One headless Chromium tab per test module; fails (never skips) without Chromium."""
    try:
        with chromium() as page:
            yield page
    except ChromiumMissing as exc:
        pytest.fail(str(exc))


def open_view(page: Page, path: Path) -> None:
    page.open(path.as_uri())
    page.wait_until("window.__drawnAt")


def hover_point(page: Page, kind: str, item_id: int) -> tuple[float, float]:
    """Centre the view on a node or an edge's midpoint; its position in the window."""
    x, y = page.evaluate(
        f"""(() => {{
        const net = graphkitView.network;
        const p = "{kind}" === "node"
          ? net.getPosition({item_id})
          : net.body.edges[{item_id}].edgeType.getPoint(0.5);
        net.moveTo({{position: p, scale: 1.5, animation: false}});
        const dom = net.canvasToDOM(p);
        const box = document.getElementById("network").getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }})()"""
    )
    return float(x), float(y)


def tooltip_after_hover(page: Page, x: float, y: float) -> str:
    """Move the mouse off and onto (x, y); the tooltip's text once it shows."""
    page.move_mouse(1, 1)
    page.evaluate("document.querySelectorAll('.vis-tooltip').forEach(t => t.textContent = '')")
    page.move_mouse(x, y)
    text: str = page.wait_until(
        """(() => { const t = document.querySelector('.vis-tooltip');
           return t && getComputedStyle(t).visibility === 'visible' && t.innerText; })()""",
        timeout=5,
    )
    return text


def assert_labels_apart(page: Page) -> list[dict[str, Any]]:
    """The labels drawn now: at least one, no two overlapping, each with ink in its box.

    The boxes are those the page measured and drew the text in; the canvas pixels
    inside each show the text is there. Both are read in one evaluation, so no
    redraw comes between them."""
    boxes: list[dict[str, Any]] = page.evaluate(
        """(() => {
        const canvas = document.querySelector('#network canvas');
        const ctx = canvas.getContext('2d');
        const ratio = canvas.width / canvas.clientWidth;
        return graphkitView.labelBoxes().map(b => {
          const x = Math.max(0, Math.floor(b.x * ratio)), y = Math.max(0, Math.floor(b.y * ratio));
          const w = Math.max(1, Math.min(canvas.width - x, Math.ceil(b.w * ratio)));
          const h = Math.max(1, Math.min(canvas.height - y, Math.ceil(b.h * ratio)));
          const pixels = ctx.getImageData(x, y, w, h).data;
          let inked = false;
          for (let i = 0; i < pixels.length && !inked; i += 4) {
            inked = pixels[i + 3] > 200 && pixels[i] < 120 && pixels[i + 1] < 120;
          }
          return {...b, inked};
        });
    })()"""
    )
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = (
                a["x"] + a["w"] <= b["x"]
                or b["x"] + b["w"] <= a["x"]
                or a["y"] + a["h"] <= b["y"]
                or b["y"] + b["h"] <= a["y"]
            )
            assert apart, f"labels {a['text']!r} and {b['text']!r} overlap"
    assert all(box["inked"] for box in boxes), [b["text"] for b in boxes if not b["inked"]]
    return boxes


def fetched_urls(page: Page) -> list[str]:
    """The URLs the page asked for, less the data: URLs Chromium's own date fields
    draw their calendar icon from (they leave nothing)."""
    return [url for url in page.requested_urls() if not url.startswith("data:")]


def edge_dates(edge: dict[str, Any]) -> list[tuple[str, int]]:
    """An embedded edge's (date, posts) pairs, decoded from its ``days`` runs."""
    found, day = [], 0
    for step, posts in zip(edge["days"][::2], edge["days"][1::2], strict=True):
        day += step
        found.append(((date(1970, 1, 1) + timedelta(days=day)).isoformat(), posts))
    return found
