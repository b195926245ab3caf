"""The ``vnextract`` command: parses options, calls the library, maps errors to exit codes."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli_common import fail
from .cli_eval import convert_command, evaluate_command
from .errors import VnextractError

app = typer.Typer(
    name="vnextract",
    help="Extract people, ranks, titles, agencies, places, dates and events from Vietnamese news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _Progress:
    """A progress line on stderr: docs, docs/s, ETA when the total is known."""

    def __init__(self, total: int | None, quiet: bool):
        self.total, self.quiet = total, quiet
        self.last = 0.0

    def __call__(self, s) -> None:
        now = time.monotonic()
        if self.quiet or now - self.last < 0.2:
            return
        self.last = now
        rate = s.inputs / s.seconds if s.seconds else 0.0
        line = f"\r{s.inputs}"
        if self.total:
            eta = (self.total - s.skipped - s.inputs) / rate if rate else 0
            line += f"/{self.total - s.skipped} docs  {rate:.1f} docs/s  ETA {eta:.0f}s"
        else:
            line += f" docs  {rate:.1f} docs/s"
        typer.echo(line + f"  errors {s.errors}   ", err=True, nl=False)

    def close(self) -> None:
        if not self.quiet:
            typer.echo("", err=True)


def _count_inputs(inputs: list[str]) -> int | None:
    """Total records when cheap to know: folders and files of .txt articles."""
    from .io import iter_paths

    total = 0
    for path, _ in iter_paths(inputs):
        if path is None or path.suffix.lower() != ".txt":
            return None
        total += 1
    return total


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Text files or folders of them (first line = title), JSONL, CSV, or - for stdin.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Events JSONL: one event record per line.")],
    docs: Annotated[Optional[Path], typer.Option("--docs", help="Document records JSONL (entities, relations, events).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Records that failed, with id, stage and reason.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Processes to run in parallel.")] = 1,
    fmt: Annotated[str, typer.Option("--format", help="auto, txt, jsonl or csv.")] = "auto",
    id_field: Annotated[Optional[str], typer.Option("--id-field", help="JSONL/CSV field with the document id.")] = None,
    text_field: Annotated[Optional[str], typer.Option("--text-field", help="JSONL/CSV field with the text.")] = None,
    date_field: Annotated[Optional[str], typer.Option("--date-field", help="Field with the date (dd/mm/yyyy HH:MM or ISO).")] = None,
    title_field: Annotated[Optional[str], typer.Option("--title-field", help="Field with the title (prepended as the first line).")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", help="A folder of extra lexicon/pattern files (same names as the package's).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run with the same arguments.")] = False,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Longer texts go to the errors file.")] = 1_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Run the pipeline over article dumps and write event records as JSONL."""
    from .batch import run_batch
    from .io import FORMATS, Fields

    if fmt not in FORMATS:
        fail(f"unknown --format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    for r in rules or ():
        if not r.is_dir():
            fail(f"--rules {r} is not a folder", "give a folder holding .tsv/.toml files named like the package's")
    if errors is None:
        errors = Path(f"{output}.errors.jsonl")
    try:
        total = _count_inputs(inputs)
        progress = _Progress(total, quiet)
        summary = run_batch(
            inputs, output, docs_path=docs, errors_path=errors, fmt=fmt,
            fields=Fields(id_field, text_field, date_field, title_field), workers=workers,
            rules_dirs=[str(r) for r in rules or ()], resume=resume, max_chars=max_chars, progress=progress,
        )
        progress.close()
    except VnextractError as e:
        fail(str(e), e.hint)
    except OSError as e:
        fail(f"{e.filename or ''}: {e.strerror or e}", "check the path and permissions")
    if not quiet:
        typer.echo(
            f"{summary.documents} documents, {summary.events} events, {summary.errors} errors"
            + (f" ({summary.skipped} done before)" if summary.skipped else "")
            + f", {summary.chars_per_second:,.0f} chars/s -> {output}"
            + (f", {docs}" if docs else "") + (f"; errors in {errors}" if summary.errors else ""),
            err=True,
        )


@app.command()
def render(
    docs: Annotated[Path, typer.Argument(help="Document records (JSONL) written by `extract --docs`.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML page to write.")],
    title: Annotated[str, typer.Option("--title", help="The page title.")] = "vnextract",
) -> None:
    """Write an HTML page showing each document with its entities highlighted and its events."""
    from .evaluate import read_documents
    from .render import render_html

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as fh:
            for piece in render_html(read_documents(docs), title=title):
                fh.write(piece)
    except VnextractError as e:
        fail(str(e), e.hint)
    except OSError as e:
        fail(f"{e.filename or ''}: {e.strerror or e}", "check the path and permissions")


app.command("evaluate")(evaluate_command)
app.command("convert")(convert_command)


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
