"""The fuzz targets' settings: a seeded, bounded run by default (CI), a long random
one with ``--hypothesis-profile=fuzz`` (see the README)."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

#: ``pytest tests/fuzz --hypothesis-profile=fuzz``: 20,000 random cases per target.
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
