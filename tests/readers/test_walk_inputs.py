"""Walking inputs: stable order, hidden files, odd names, symlink loops."""
from __future__ import annotations

import os

from batch_samples import CASES
from pipeline.config import Config
from pipeline.readers import Document, InputError, iter_inputs, list_inputs


def test_order_is_by_case_id_then_path_across_folders(tmp_path):
    for rel in ["b/zeta.txt", "a/beta.txt", "alpha.txt", "b/alpha.md", ".hidden.txt", "~$lock.docx"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(CASES["da"], encoding="utf-8")
    listed = [str(p.relative_to(tmp_path)) for p in list_inputs([tmp_path])]
    assert listed == ["alpha.txt", "b/alpha.md", "a/beta.txt", "b/zeta.txt"]


def test_names_with_spaces_and_non_ascii(tmp_path):
    names = ["Ældre i bevægelse.txt", "projekt 2 – Göteborg.txt", "ﬁl med ligatur.txt"]
    for name in names:
        (tmp_path / name).write_text(CASES["sv"], encoding="utf-8")
    docs = list(iter_inputs([tmp_path], Config()))
    assert [d.case_id for d in docs] == ["projekt 2 – Göteborg", "Ældre i bevægelse", "ﬁl med ligatur"]
    assert all(isinstance(d, Document) and d.text == CASES["sv"] for d in docs)


def test_symlink_loop_is_reported_once_and_not_followed(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "case.txt").write_text(CASES["nb"], encoding="utf-8")
    os.symlink(root, root / "sub" / "back")
    os.symlink(root / "self", root / "self")
    out = list(iter_inputs([root], Config()))
    assert [(type(o).__name__, o.case_id) for o in out] == [
        ("InputError", "back"), ("Document", "case"), ("InputError", "self")]
    assert out[0].code == "E_IO"
    assert out[0].message == (f"back is a symbolic link back into a folder already read ({root}); "
                              f"not followed, to avoid a loop")
    assert out[2] == InputError("self", str(root / "self"), "E_IO",
                                "cannot open self: Too many levels of symbolic links (broken symbolic link)")


def test_the_same_file_given_twice_is_read_once(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(CASES["nn"], encoding="utf-8")
    assert list_inputs([path, tmp_path, path]) == [path]
