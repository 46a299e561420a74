"""The sample corpus as a page's width gives it: each .txt case hard-wrapped, and the same text set in
a PDF (paragraphs parted by white space, 45 lines a page) reads as its gold."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from batch_samples import pdf_pages_bytes

from pipeline import run
from pipeline.config import Config
from pipeline.evaluate import evaluate, load_gold, load_records

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
PDF_LINES_PER_PAGE = 45


def _wrapped_lines(path: Path, width: int) -> list[str]:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        lines += textwrap.wrap(line, width, break_on_hyphens=False) if len(line) > width else [line]
    return lines


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
