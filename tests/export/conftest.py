"""Fixtures for the export tests: the sample corpus loaded into a SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from export_sample import awkward_extractions, sample_extractions

from graphkit.graph import build_batch
from graphkit.store.base import GraphStore
from graphkit.store.sqlite import SqliteStore


@pytest.fixture
def loaded_store(tmp_path: Path) -> Iterator[GraphStore]:
    """A store holding the sample corpus."""
    store = SqliteStore(tmp_path / "graph.db")
    store.ensure_schema()
    store.write(build_batch(sample_extractions()))
    yield store
    store.close()


@pytest.fixture
def awkward_store(tmp_path: Path) -> Iterator[GraphStore]:
    """The sample corpus and the awkward posts of ``awkward_extractions``."""
    store = SqliteStore(tmp_path / "awkward.db")
    store.ensure_schema()
    store.write(build_batch([*sample_extractions(), *awkward_extractions()]))
    yield store
    store.close()
