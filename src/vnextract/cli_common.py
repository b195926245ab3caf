"""What every command shares: one-line errors with a hint, exit code 1."""

from __future__ import annotations

from typing import NoReturn

import typer


def fail(message: str, hint: str | None = None) -> NoReturn:
    """Print ``Error: message`` (and ``Hint: hint``) on stderr and exit 1."""
    typer.echo(f"Error: {message}" + (f"\nHint: {hint}" if hint else ""), err=True)
    raise typer.Exit(1)
