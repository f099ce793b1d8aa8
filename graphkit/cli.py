"""The graphkit command line: a thin Typer layer over the library.

Only this module reads the environment and prints. Each command turns
``GraphkitError`` into one line on stderr and its exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer

from graphkit.errors import GraphkitError

app = typer.Typer(
    help="Turn Telegram channel posts into a graph of actors: extract, load, query, export, view.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    typer.echo(f"graphkit: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one clear line and an exit code, never a traceback."""
    try:
        yield
    except GraphkitError as exc:
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None


def command(func: Callable[..., None]) -> Callable[..., None]:
    """Register ``func`` as a subcommand."""
    return app.command()(func)


# Commands are added below, one section each: extract, load, stats, query, export,
# analyze, view.


def main() -> None:
    app()


if __name__ == "__main__":
    main()
