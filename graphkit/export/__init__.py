"""Offline exports through networkx.

``to_networkx`` builds the graph from either store; each file format has its own
module with a symmetric ``write_*``/``read_*`` pair, as ``networkx.readwrite`` does.
"""

from __future__ import annotations

from graphkit.export.networkx_graph import to_networkx

__all__ = ["to_networkx"]
