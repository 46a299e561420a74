"""The `nordcase` command line: a thin typer layer over pipeline.runner and pipeline.evaluate."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .config import Config

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Nordic case reports in, one scored cross-Nordic dataset out.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nordcase {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """nordcase: extract, evaluate, schema."""


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Files or folders (txt, md, html, docx, pdf, csv, xlsx, parquet, jsonl)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder for the tables."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Worker processes (default 0: all cores)."),
    resume: bool = typer.Option(False, "--resume", help="Continue a killed run in the same --out."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address."),
    text_column: Optional[str] = typer.Option(None, "--text-column", help="Text column of tabular input."),
    id_column: Optional[str] = typer.Option(None, "--id-column", help="Id column of tabular input."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Inputs larger than this are E_TOO_LARGE."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Per-document time limit in seconds."),
    ner: str = typer.Option("auto", "--ner", help="NER component: auto, nordic or ruler."),
    ner_scope: str = typer.Option("all", "--ner-scope",
                                  help="all: NER model over every line; fields: only where it feeds fields (faster)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
) -> None:
    """Extract every input into cases/contacts/sections/entities/errors tables under --out."""
    from .runner import missing_inputs, run

    missing = missing_inputs(inputs)
    if missing and len(missing) == len(inputs):
        # nothing named on the command line is there (a typo?): say so and write no tables; a missing
        # input beside others that exist is one E_IO row and the rest of the batch goes on
        typer.echo(f"nordcase extract: no such file or folder: {', '.join(str(p) for p in missing)}", err=True)
        raise typer.Exit(2)

    options = {"workers": workers or _cores(), "ner": ner, "ner_scope": ner_scope, "text_column": text_column,
               "id_column": id_column}
    if max_bytes is not None:
        options["max_bytes"] = max_bytes
    if timeout is not None:
        options["timeout_s"] = timeout
    config = Config(**options)
    summary = run(inputs, out, config, resume=resume, engine=engine, scheduler=scheduler,
                  progress=progress)
    typer.echo(f"{summary.cases} cases, {summary.errors} errors "
               f"({', '.join(f'{k}: {v}' for k, v in summary.errors_by_code.items()) or 'none'}) "
               f"in {summary.seconds:.1f} s -> {out}")


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold facts JSON ({'cases': {case_id: facts}})."),
    cases: Path = typer.Argument(..., help="cases.jsonl written by `nordcase extract`."),
    min_accuracy: Optional[float] = typer.Option(None, "--min-accuracy", help="Exit 1 below this accuracy."),
    show_wrong: int = typer.Option(50, "--show-wrong", help="How many wrong checks to list."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Per-field accuracy of CASES against GOLD, calibration error and the wrong checks."""
    from .evaluate import InputError, evaluate as run_evaluation, load_gold, load_records

    try:
        report = run_evaluation(load_gold(gold), load_records(cases))
    except InputError as exc:
        typer.echo(f"nordcase evaluate: {exc}", err=True)
        raise typer.Exit(2)
    ece = report.calibration_error()
    if as_json:
        typer.echo(json.dumps({
            "accuracy": round(report.accuracy, 4), "checks": len(report.checks),
            "calibration_error": None if ece is None else round(ece, 4),
            "per_field": {k: {"right": r, "total": t} for k, (r, t) in report.per_field().items()},
            "wrong": [c.__dict__ for c in report.wrong()[:show_wrong]],
        }, ensure_ascii=False, indent=1, default=str))
    else:
        typer.echo(f"{'field':<26}{'right':>7}{'checks':>8}{'accuracy':>10}")
        for name, (right, total) in report.per_field().items():
            typer.echo(f"{name:<26}{right:>7}{total:>8}{right / total:>10.3f}")
        typer.echo(f"{'ALL':<26}{sum(c.right for c in report.checks):>7}{len(report.checks):>8}"
                   f"{report.accuracy:>10.3f}")
        if ece is not None:
            typer.echo(f"calibration error (ECE, 10 bins): {ece:.3f}")
        wrong = report.wrong()
        if wrong and show_wrong:
            typer.echo(f"\nwrong checks ({len(wrong)}):")
            for c in wrong[:show_wrong]:
                typer.echo(f"  {c.case_id}  {c.field}: gold={c.gold!r} got={c.got!r}")
    if min_accuracy is not None and report.accuracy < min_accuracy:
        raise typer.Exit(1)


@app.command()
def schema(out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file.")) -> None:
    """Print (or write) the JSON Schema of one cases.jsonl record."""
    from .schema import case_json_schema

    text = json.dumps(case_json_schema(), ensure_ascii=False, indent=2)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


if __name__ == "__main__":
    app()
