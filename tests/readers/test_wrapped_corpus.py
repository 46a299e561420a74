"""The sample corpus, the seeds and a dev set as a page's width gives them: each .txt case hard-wrapped,
the same text set in a PDF (paragraphs parted by white space, a running header and footer, lines shown
word by word), and the reports as Word files (a paragraph a line, no blank lines) read as their gold."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from batch_samples import office_cases, pdf_pages_bytes

from pipeline import run
from pipeline.config import Config
from pipeline.evaluate import evaluate, load_gold, load_records

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SHARED = ROOT / ".." / "shared"
PDF_LINES_PER_PAGE = 45
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the repo")


def _wrapped_lines(path: Path, width: int) -> list[str]:
    return [part for line in path.read_text(encoding="utf-8").splitlines() for part in _wrapped_lines_of(line, width)]


def _wrong(folder: Path, out: Path) -> list[tuple[str, str]]:
    run([folder], out, Config(), progress=False)
    gold = load_gold(CORPUS / "gold.json")
    gold["cases"] = {k: v for k, v in gold["cases"].items() if any(folder.glob(f"{k}.*"))}
    report = evaluate(gold, load_records(out / "cases.jsonl"))
    assert len(gold["cases"]) == 19 and len(report.checks) == 695
    return [(c.case_id, c.field) for c in report.checks if not c.right]


@pytest.mark.parametrize("width, wrong", [
    (78, []),
    # the organisation of a label line wrapped after its comma is read from the label's first line only
    (60, [("sv02_laslust_gotland", "organisation")]),
])
def test_the_corpus_hard_wrapped_to_a_page_width_reads_as_its_gold(tmp_path, width, wrong):
    (tmp_path / "in").mkdir()
    for path in sorted((CORPUS / "cases").glob("*.txt")):
        (tmp_path / "in" / path.name).write_text("\n".join(_wrapped_lines(path, width)) + "\n", encoding="utf-8")
    assert _wrong(tmp_path / "in", tmp_path / "out") == wrong


@pytest.mark.parametrize("word_by_word", [False, True])
def test_the_corpus_set_in_pdf_pages_reads_as_its_gold(tmp_path, word_by_word):
    """Blank lines become white space on the page (the text layer has none); long cases run over
    two or three pages, the last of a few lines; lines shown in one piece or word by word."""
    (tmp_path / "in").mkdir()
    for path in sorted((CORPUS / "cases").glob("*.txt")):
        spec = [(line if line.strip() else " ", 10, False) for line in _wrapped_lines(path, 90)]
        pages = [spec[i:i + PDF_LINES_PER_PAGE] for i in range(0, len(spec), PDF_LINES_PER_PAGE)]
        (tmp_path / "in" / f"{path.stem}.pdf").write_bytes(pdf_pages_bytes(pages, word_by_word))
    assert _wrong(tmp_path / "in", tmp_path / "out") == []


def _wrapped_lines_of(line: str, width: int) -> list[str]:
    return textwrap.wrap(line, width, break_on_hyphens=False) if len(line) > width else [line]


@needs_shared
@pytest.mark.parametrize("name, folder, gold, checks, wrong", [
    ("seeds", "seeds", "gold/seeds.json", 197, []),
    ("dk-eu", "dev/dk-eu/cases", "dev/dk-eu/gold.json", 628, []),
])
def test_real_reports_set_in_pdf_pages_read_as_their_gold(tmp_path, name, folder, gold, checks, wrong):
    """Set as `scripts/make_office_cases.py` sets the corpus's PDF cases: the title 18 pt wrapped at the
    page's width, the body 10 pt wrapped, white space between paragraphs, every line shown word by word,
    a small-print header and a "Side n af m" footer on every page."""
    office = office_cases()
    layout = office.Layout("pdf", "Projektdatabase", "Side {page} af {pages}")
    (tmp_path / "in").mkdir()
    for path in sorted((SHARED / folder).glob("*.txt")):
        (tmp_path / "in" / f"{path.stem}.pdf").write_bytes(office.build_pdf(_report_blocks(path), layout))
    run([tmp_path / "in"], tmp_path / "out", Config(), progress=False)
    report = evaluate(load_gold(SHARED / gold), load_records(tmp_path / "out" / "cases.jsonl"))
    assert len(report.checks) == checks
    assert [(c.case_id, c.field) for c in report.checks if not c.right] == wrong


def _report_blocks(path: Path) -> list[tuple[str, str]]:
    """A text report as the blocks of scripts/make_office_cases.py: its first line the title, every other
    line a paragraph."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [("title", lines[0])] + [("paragraph", line) for line in lines[1:]]


@needs_shared
@pytest.mark.parametrize("name, folder, gold, checks", [
    ("seeds", "seeds", "gold/seeds.json", 197),
    ("dk-eu", "dev/dk-eu/cases", "dev/dk-eu/gold.json", 628),
])
def test_real_reports_as_word_files_read_as_their_gold(tmp_path, name, folder, gold, checks):
    """A Word file's paragraphs have no blank lines between them: the first line in the Title style,
    every other line a paragraph of its own."""
    office = office_cases()
    (tmp_path / "in").mkdir()
    for path in sorted((SHARED / folder).glob("*.txt")):
        (tmp_path / "in" / f"{path.stem}.docx").write_bytes(office.build_docx(_report_blocks(path)))
    run([tmp_path / "in"], tmp_path / "out", Config(), progress=False)
    report = evaluate(load_gold(SHARED / gold), load_records(tmp_path / "out" / "cases.jsonl"))
    assert len(report.checks) == checks
    assert [(c.case_id, c.field) for c in report.checks if not c.right] == []


@needs_shared
@pytest.mark.parametrize("width", [30, 45, 60])
def test_no_report_wrapped_at_any_width_fails(tmp_path, width):
    """Every phrase of the resources may be broken by a line end somewhere: the corpus and the seeds
    hard-wrapped at 30–60 characters give no error row (seed 003 at 60 once raised KeyError 'pr.\\nmdr')."""
    (tmp_path / "in").mkdir()
    for path in sorted((CORPUS / "cases").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt")):
        (tmp_path / "in" / path.name).write_text("\n".join(_wrapped_lines(path, width)) + "\n", encoding="utf-8")
    summary = run([tmp_path / "in"], tmp_path / "out", Config(), progress=False)
    assert (summary.cases, summary.errors) == (24, 0)
