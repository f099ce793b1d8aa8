"""The dated evidence a view embeds per relation, bounded so the file stays small.

Each drawn relation carries the dates its posts assert it on (every distinct date,
up to ``DATES_SHOWN``, with how many posts on each; the page's date control filters
on them) and a few evidence sentences spread over its history. They come from the
store's assertions (``GraphStore.assertion_evidence``), or from the edges of a graph: every
assertion where ``to_networkx(assertions=True)`` put them, else the evidence sample.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from graphkit.store.base import GraphStore

#: Evidence sentences embedded per relation (at most), their length, and the
#: characters of evidence a view may hold: bounds the file size.
EVIDENCE_SHOWN = 5
EVIDENCE_CHARS = 300
EVIDENCE_BUDGET = 3_000_000
#: Distinct dates embedded per relation; beyond it the page says the dates are cut.
DATES_SHOWN = 400

#: (source, relation type, target) as the store keys a relation.
Triple = tuple[str, str, str]
#: One asserting post: (date or None, post id, sentence).
Item = tuple["str | None", str, str]


@dataclass(frozen=True, slots=True)
class EdgeEvidence:
    """What the page knows of one relation's posts."""

    #: (date, posts on that date) in date order; None for undated posts, last.
    dates: tuple[tuple[str | None, int], ...]
    #: Sentences spread over the relation's history, oldest first.
    items: tuple[Item, ...]
    #: Posts read for this relation.
    posts: int
    #: True when ``dates`` holds fewer than all distinct dates (more than
    #: ``DATES_SHOWN``, or only an evidence sample was at hand).
    dates_cut: bool


def sentences_per_edge(edges: int) -> int:
    """How many sentences each edge carries: all ``EVIDENCE_SHOWN`` in small
    views, fewer in large ones so the file stays under ``EVIDENCE_BUDGET``."""
    return max(1, min(EVIDENCE_SHOWN, EVIDENCE_BUDGET // (max(edges, 1) * EVIDENCE_CHARS)))


def summarise(items: Iterable[Item], shown: int) -> EdgeEvidence:
    """The bounded evidence of one relation from all its (date, post, sentence)."""
    ordered = sorted(items, key=lambda item: (item[0] is None, item[0] or "", item[1]))
    per_date = Counter(date for date, _, _ in ordered)
    dates = sorted(per_date.items(), key=lambda pair: (pair[0] is None, pair[0] or ""))
    if len(ordered) <= shown:
        picked = ordered
    elif shown == 1:
        picked = ordered[-1:]
    else:
        # Evenly spread over the history, the oldest and the newest among them.
        last = len(ordered) - 1
        indices = sorted({round(i * last / (shown - 1)) for i in range(shown)})
        picked = [ordered[i] for i in indices]
    return EdgeEvidence(
        dates=tuple(dates[:DATES_SHOWN]),
        items=tuple((date, post, _clip(text)) for date, post, text in picked),
        posts=len(ordered),
        dates_cut=len(dates) > DATES_SHOWN,
    )


def evidence_from_graph(graph: nx.MultiDiGraph) -> dict[Triple, EdgeEvidence]:
    """Evidence from edge attributes (see ``_edge_items``)."""
    shown = sentences_per_edge(graph.number_of_edges())
    found = {}
    for source, target, relation, data in graph.edges(keys=True, data=True):
        items = _edge_items(data)
        summary = summarise(items, shown)
        if len(items) < int(data.get("count") or 0):
            # Only the evidence sample: the dates of the other posts are unknown here.
            summary = replace(summary, dates_cut=True)
        found[(str(source), str(relation), str(target))] = summary
    return found


def evidence_from_store(store: GraphStore, triples: Iterable[Triple]) -> dict[Triple, EdgeEvidence]:
    """Evidence of these relations from every assertion the store holds of them."""
    wanted = list(triples)
    shown = sentences_per_edge(len(wanted))
    items: dict[Triple, list[Item]] = dict(store.assertion_evidence(wanted))
    return {triple: summarise(items.get(triple, ()), shown) for triple in wanted}


def co_mentions(
    mentions: Iterable[tuple[str, str]], actors: Iterable[Any], *, top: int = 5
) -> dict[str, list[tuple[str, int]]]:
    """Per actor of ``actors``, the ``top`` actors most often mentioned in the same
    posts, with the number of posts; ``mentions`` are (post id, actor) pairs.

    Counted as a sparse product of the post-by-actor incidence matrix with itself:
    a 100,000-post channel in well under a second."""
    posts: dict[str, int] = {}
    columns: dict[str, int] = {}
    rows, cols = [], []
    for post_id, actor in mentions:
        rows.append(posts.setdefault(post_id, len(posts)))
        cols.append(columns.setdefault(actor, len(columns)))
    wanted = [columns[str(actor)] for actor in actors if str(actor) in columns]
    if not wanted:
        return {}
    incidence = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(posts), len(columns))
    )
    incidence.sum_duplicates()
    incidence.data[:] = 1  # an actor named twice in a post counts once
    together = (incidence[:, wanted].T @ incidence).tocsr()
    names = list(columns)
    found = {}
    for row, column in enumerate(wanted):
        span = slice(together.indptr[row], together.indptr[row + 1])
        others, counts = together.indices[span], together.data[span]
        others, counts = others[others != column], counts[others != column]
        if len(counts) > top:
            # Only the candidates that can make the top, sorted with names for ties.
            keep = counts >= np.partition(counts, -top)[-top]
            others, counts = others[keep], counts[keep]
        ranked = sorted(
            zip(counts.tolist(), others.tolist(), strict=True), key=lambda p: (-p[0], names[p[1]])
        )
        if ranked:
            found[names[column]] = [(names[other], count) for count, other in ranked[:top]]
    return found


def _edge_items(data: Mapping[str, Any]) -> list[Item]:
    """(date, post, sentence) of every assertion an edge carries (``to_networkx``
    with ``assertions=True``), else of its evidence sample."""
    if data.get("assertions") is not None:
        return [
            (row.get("date"), str(row.get("post_id")), str(row.get("evidence") or ""))
            for row in data["assertions"]
        ]
    return [
        (date, str(post), str(text or ""))
        for date, post, text in zip(
            data.get("sample_dates") or (),
            data.get("sample_post_ids") or (),
            data.get("sample_evidence") or (),
            strict=False,
        )
    ]


def _clip(text: str) -> str:
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"
