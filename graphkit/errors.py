"""Errors that the CLI turns into one line on stderr and an exit code."""

from __future__ import annotations

from collections.abc import Callable


class GraphkitError(Exception):
    """Base class: a problem the user can fix; never shown with a traceback."""

    exit_code = 1


class InputError(GraphkitError):
    """Bad input: a missing path, an unreadable or malformed file, a bad option."""

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(GraphkitError):
    """A store that is not a graphkit store, or one of a newer schema version."""

    exit_code = 2


class StoreUnavailable(GraphkitError):
    """The store cannot be reached: Neo4j down, wrong password, unknown database."""

    exit_code = 3


#: Hears what a run leaves out or changes without stopping, as (what, detail), e.g.
#: ("invalid date(s) dropped", "result.json: message 7: '2024-13-45'"); the CLI counts
#: each kind and prints one warning line for it.
OnWarning = Callable[[str, str], None]
