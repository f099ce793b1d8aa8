"""Helpers for opening graphkit views in headless Chromium and hovering what they draw."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
